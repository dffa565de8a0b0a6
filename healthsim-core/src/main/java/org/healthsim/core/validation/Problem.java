package org.healthsim.core.validation;

import java.util.Objects;
import org.healthsim.core.internal.validation.JsonPath;

/**
 * One thing wrong with a specification.
 *
 * @param path where the problem is, as a JSON path relative to the document root ({@code
 *     demographics.age.std_dev}, {@code clinical.comorbidities[0].prevalence}); empty for the root
 * @param value the offending value as written, or {@code null} when there is none to show (a
 *     missing key, for example)
 * @param rule what is wrong and, where there is one, how to fix it
 */
public record Problem(String path, String value, String rule) {

  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rule, "rule");
  }

  /** A problem about a value. */
  public static Problem of(String path, Object value, String rule) {
    return new Problem(path, value == null ? null : String.valueOf(value), rule);
  }

  /** A problem without a value to show, such as a missing key. */
  public static Problem at(String path, String rule) {
    return new Problem(path, null, rule);
  }

  /** The same problem placed under {@code parent}. */
  public Problem under(String parent) {
    return new Problem(JsonPath.join(parent, path), value, rule);
  }

  /**
   * Reads as {@code demographics.age.std_dev = -15: must be > 0 and finite}; a value longer than
   * 120 characters is shown by its first 100 and an ellipsis.
   */
  @Override
  public String toString() {
    String where = path.isEmpty() ? "(root)" : path;
    if (value == null) {
      return where + ": " + rule;
    }
    String shown = value.length() <= 120 ? value : value.substring(0, 100) + "...";
    return where + " = " + shown + ": " + rule;
  }
}
