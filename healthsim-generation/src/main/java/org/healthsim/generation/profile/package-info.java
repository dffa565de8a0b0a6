/**
 * Phase 1 of the framework: a profile specification in, a cohort of reproducible entities out.
 * {@link org.healthsim.generation.profile.ProfileExecutor} is the entry point.
 */
package org.healthsim.generation.profile;
