package org.healthsim.core.spec;

import java.util.Map;
import org.healthsim.core.expression.Expression;
import org.healthsim.core.validation.Problems;

/**
 * {@code "coverage": {"type": "Medicare", "plan_distribution": {"Medicare Advantage": 0.55,
 * "Original Medicare": 0.45}, "uninsured": 0.0}}.
 *
 * @param type the line of business, such as {@code Medicare}, {@code Commercial}, {@code Medicaid},
 *     or {@code null}
 * @param planDistribution plan name to weight (categorical rules, normalised), or {@code null}
 * @param uninsured the share of entities without coverage, in {@code [0, 1]} (default 0): they get
 *     coverage type {@value #UNINSURED} with no plan, date or group
 * @param uninsuredWhen who may be uninsured ({@code "age < 65"}), or {@code null} for everyone;
 *     {@code uninsured} is then the share among those it admits
 */
public record CoverageSpec(
    String type, Map<String, Double> planDistribution, double uninsured, Expression uninsuredWhen)
    implements java.io.Serializable {

  /** The coverage type of an uninsured entity. */
  public static final String UNINSURED = "Uninsured";

  public CoverageSpec {
    Problems problems = new Problems();
    if (planDistribution != null) {
      planDistribution = Checks.weights(problems, "plan_distribution", planDistribution);
    }
    Checks.probability(problems, "uninsured", uninsured);
    problems.throwIfAny();
  }

  /** Coverage for everyone. */
  public CoverageSpec(String type, Map<String, Double> planDistribution) {
    this(type, planDistribution, 0, null);
  }

  /** The plan distribution as a categorical distribution, or {@code null} when there is none. */
  public CategoricalSpec plans() {
    return planDistribution == null ? null : new CategoricalSpec(planDistribution);
  }

  private Object writeReplace() {
    return new Serialized(type, planDistribution, uninsured, uninsuredWhen);
  }

  /** The serialized form: the plan weights, normalised, kept as they are when read back. */
  private record Serialized(
      String type, Map<String, Double> planDistribution, double uninsured, Expression uninsuredWhen)
      implements java.io.Serializable {
    private Object readResolve() {
      return Checks.normalised(
          () -> new CoverageSpec(type, planDistribution, uninsured, uninsuredWhen));
    }
  }
}
