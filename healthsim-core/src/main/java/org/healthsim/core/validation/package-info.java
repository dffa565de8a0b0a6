/**
 * Problems found in specifications: each names a JSON path, the offending value and the rule it
 * breaks. {@link org.healthsim.core.validation.SpecValidationException} carries every problem
 * found, not just the first.
 */
package org.healthsim.core.validation;
