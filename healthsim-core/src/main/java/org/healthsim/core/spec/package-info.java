/**
 * The specification model as immutable records: profiles (generation, demographics, clinical,
 * coverage), distributions, journeys, event definitions, event conditions and delays. Every record
 * checks its own rules when it is built and reports every problem at once, as a {@link
 * org.healthsim.core.validation.SpecValidationException} whose paths are relative to the record;
 * {@link org.healthsim.core.reader.SpecReader} places them under the record's JSON path.
 */
package org.healthsim.core.spec;
