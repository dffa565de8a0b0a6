package org.healthsim.examples.builder;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A condition a description may name ({@code builder/vocabulary.json}).
 *
 * @param key the condition's name in the vocabulary ({@code type 2 diabetes})
 * @param code its ICD-10-CM code
 * @param description the code's description
 * @param severityCodes the code for each severity level, for a condition coded by severity (type 2
 *     diabetes: E11.9, E11.8, E11.65), else empty
 */
public record Condition(
    String key, String code, String description, Map<String, Condition.Coded> severityCodes) {

  /** An ICD-10-CM code with its description. */
  public record Coded(String code, String description) {}

  public Condition {
    severityCodes = Collections.unmodifiableMap(new LinkedHashMap<>(severityCodes));
  }

  /** Whether the condition is coded by severity. */
  public boolean severity() {
    return !severityCodes.isEmpty();
  }
}
