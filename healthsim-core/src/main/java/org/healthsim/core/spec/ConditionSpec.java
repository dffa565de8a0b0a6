package org.healthsim.core.spec;

import java.util.regex.Pattern;
import org.healthsim.core.expression.Expression;
import org.healthsim.core.validation.Problems;

/**
 * {@code {"code": "E11.9", "description": "Type 2 diabetes", "prevalence": 1.0}}, optionally with
 * {@code "when": "age >= 12"}: then {@code prevalence} is the share among entities for which the
 * condition holds, and others never have it.
 *
 * @param code an ICD-10-CM code: a letter, two characters, then optionally a dot and up to four
 *     more ({@code I10}, {@code E11.9}, {@code S52.509A})
 * @param description human-readable name, or {@code null}
 * @param prevalence the share of entities (among those {@code when} admits) that have it, in {@code
 *     [0, 1]}; default 1
 * @param when who may have it, or {@code null} for everyone
 */
public record ConditionSpec(String code, String description, double prevalence, Expression when)
    implements java.io.Serializable {

  /** The shape of an ICD-10-CM code. */
  public static final Pattern ICD10_CM =
      Pattern.compile("[A-TV-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");

  public ConditionSpec {
    Problems problems = new Problems();
    if (code == null || !ICD10_CM.matcher(code).matches()) {
      problems.add(
          "code",
          code,
          "must be an ICD-10-CM code such as E11.9 (letter, 2 characters, optional dot and up to 4 more)");
    }
    Checks.probability(problems, "prevalence", prevalence);
    problems.throwIfAny();
  }

  /** A condition everyone may have. */
  public static ConditionSpec of(String code, String description, double prevalence) {
    return new ConditionSpec(code, description, prevalence, null);
  }
}
