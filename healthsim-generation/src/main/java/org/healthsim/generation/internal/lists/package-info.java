/**
 * Lists the records keep: read-only copies of one class whatever their size, so that the code
 * reading them sees one type and the JIT compiles it once.
 */
package org.healthsim.generation.internal.lists;
