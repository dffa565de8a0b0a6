/**
 * The healthcare records handlers produce: encounters, diagnoses, lab orders and results,
 * medication orders, procedures, enrollment, claims, prescriptions and fills, trial visits and
 * adverse events. Each is a record that writes itself as one JSON object whose first field is
 * {@code record_type}; fields are documented in docs/output-schema.md.
 */
package org.healthsim.generation.records;
