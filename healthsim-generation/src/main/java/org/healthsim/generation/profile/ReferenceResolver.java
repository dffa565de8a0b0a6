package org.healthsim.generation.profile;

import org.healthsim.core.spec.ProfileSpecification;

/**
 * Turns a profile whose {@code demographics.source} is {@code populationsim} or {@code hybrid} into
 * an explicit one, filling from reference data what the profile does not write. healthsim-reference
 * implements it over a DuckDB database of CDC PLACES and SVI; give one to {@link
 * ProfileExecutor#withReference}.
 */
@FunctionalInterface
public interface ReferenceResolver {

  /**
   * {@code profile} with {@code demographics.source} explicit.
   *
   * @throws org.healthsim.core.validation.SpecValidationException when the reference cannot be
   *     resolved (an unknown county, say), naming the field
   */
  ProfileSpecification resolve(ProfileSpecification profile);
}
