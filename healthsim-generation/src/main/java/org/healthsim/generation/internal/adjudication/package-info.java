/**
 * Adjudication: benefit designs, deductibles and out-of-pocket accumulators, denials and their
 * reason codes.
 *
 * <p>Internal: not part of the API; it may change in any release.
 */
package org.healthsim.generation.internal.adjudication;
