/** Runnable versions of the framework guide's quick-start examples. */
package org.healthsim.examples;
