package org.healthsim.generation.profile;

/**
 * A medication an entity takes.
 *
 * @param rxnorm RxNorm concept id
 * @param name its name from the spec, or {@code null}
 */
public record EntityMedication(String rxnorm, String name) {}
