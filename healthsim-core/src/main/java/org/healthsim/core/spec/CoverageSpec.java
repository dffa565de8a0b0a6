package org.healthsim.core.spec;

import java.util.Map;
import org.healthsim.core.validation.Problems;

/**
 * {@code "coverage": {"type": "Medicare", "plan_distribution": {"Medicare Advantage": 0.55,
 * "Original Medicare": 0.45}}}.
 *
 * @param type the line of business, such as {@code Medicare}, {@code Commercial}, {@code Medicaid},
 *     or {@code null}
 * @param planDistribution plan name to weight (categorical rules, normalised), or {@code null}
 */
public record CoverageSpec(String type, Map<String, Double> planDistribution) {

  public CoverageSpec {
    if (planDistribution != null) {
      Problems problems = new Problems();
      planDistribution = Checks.weights(problems, "plan_distribution", planDistribution);
      problems.throwIfAny();
    }
  }

  /** The plan distribution as a categorical distribution, or {@code null} when there is none. */
  public CategoricalSpec plans() {
    return planDistribution == null ? null : new CategoricalSpec(planDistribution);
  }
}
