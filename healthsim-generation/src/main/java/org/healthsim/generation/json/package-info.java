/** Writing JSON bytes directly, for output lines that are encoded millions of times a second. */
package org.healthsim.generation.json;
