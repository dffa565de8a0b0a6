/**
 * Journey helpers: delay sampling.
 *
 * <p>Internal: not part of the API; it may change in any release.
 */
package org.healthsim.generation.internal.journey;
