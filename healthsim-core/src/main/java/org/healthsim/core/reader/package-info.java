/**
 * Reading specifications from JSON and YAML into the records of {@link org.healthsim.core.spec}.
 * Reading is strict: an unknown key is an error that names its path and the key probably meant, and
 * every problem in a document is reported together.
 */
package org.healthsim.core.reader;
