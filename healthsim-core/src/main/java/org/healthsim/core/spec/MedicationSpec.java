package org.healthsim.core.spec;

import java.util.regex.Pattern;
import org.healthsim.core.expression.Expression;
import org.healthsim.core.validation.Problems;

/**
 * {@code {"rxnorm": "860975", "name": "Metformin 500 MG", "probability": 0.75, "when":
 * "has_condition('E11')"}}.
 *
 * @param rxnorm the RxNorm concept id (digits)
 * @param name human-readable name, or {@code null}
 * @param probability the share of entities (among those for which {@code when} holds) that take it
 * @param when a condition the entity must meet, or {@code null}
 */
public record MedicationSpec(String rxnorm, String name, double probability, Expression when)
    implements java.io.Serializable {

  private static final Pattern RXCUI = Pattern.compile("\\d{1,8}");

  public MedicationSpec {
    Problems problems = new Problems();
    if (rxnorm == null || !RXCUI.matcher(rxnorm).matches()) {
      problems.add("rxnorm", rxnorm, "must be an RxNorm concept id (1 to 8 digits) such as 860975");
    }
    Checks.probability(problems, "probability", probability);
    problems.throwIfAny();
  }
}
