/**
 * Writing cohorts: the NDJSON encoding of entities (DESIGN §8) and files that appear only when
 * complete.
 */
package org.healthsim.generation.output;
