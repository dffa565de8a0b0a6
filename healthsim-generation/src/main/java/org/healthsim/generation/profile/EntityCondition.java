package org.healthsim.generation.profile;

import java.util.Locale;

/**
 * A condition an entity has.
 *
 * @param code ICD-10-CM code
 * @param description its description from the spec, or {@code null}
 * @param role whether it is the profile's primary condition or a comorbidity
 */
public record EntityCondition(String code, String description, Role role) {

  /** Why the entity has the condition. */
  public enum Role {
    PRIMARY,
    COMORBIDITY;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    /** The name in output: {@code primary} or {@code comorbidity}. */
    public String wireName() {
      return wireName;
    }
  }
}
