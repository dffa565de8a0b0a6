package org.healthsim.core.distribution;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.rng.UniformRandomProvider;
import org.healthsim.core.expression.EvaluationContext;
import org.healthsim.core.expression.Expression;
import org.healthsim.core.spec.ConditionalSpec;

/** Draws from the distribution of the first rule whose condition holds, else from {@code else}. */
public final class ConditionalDistribution implements Distribution {

  private final ConditionalSpec spec;
  private final List<Expression> conditions;
  private final List<Distribution> branches;
  private final Distribution otherwise;

  private ConditionalDistribution(ConditionalSpec spec) {
    this.spec = spec;
    this.conditions =
        spec.rules().stream().map(ConditionalSpec.Rule::condition).collect(Collectors.toList());
    this.branches =
        spec.rules().stream()
            .map(rule -> Distributions.create(rule.distribution()))
            .collect(Collectors.toList());
    this.otherwise = spec.otherwise() == null ? null : Distributions.create(spec.otherwise());
  }

  /** The sampler for {@code spec}. */
  public static ConditionalDistribution of(ConditionalSpec spec) {
    return new ConditionalDistribution(spec);
  }

  /**
   * The distribution that applies in {@code context}.
   *
   * @throws NoMatchingRuleException when no rule holds and there is no {@code else}
   */
  public Distribution select(EvaluationContext context) {
    return branch(selectIndex(context));
  }

  /**
   * The index of the rule that applies in {@code context}, or {@link #ruleCount()} for {@code
   * else}.
   *
   * @throws NoMatchingRuleException when no rule holds and there is no {@code else}
   */
  public int selectIndex(EvaluationContext context) {
    for (int i = 0; i < conditions.size(); i++) {
      if (conditions.get(i).test(context)) {
        return i;
      }
    }
    if (otherwise == null) {
      throw new NoMatchingRuleException(
          "no rule matched and there is no else: rules "
              + conditions.stream()
                  .map(c -> "if " + c)
                  .collect(Collectors.joining("; ", "[", "]")));
    }
    return conditions.size();
  }

  /** How many rules there are ({@code else} not counted). */
  public int ruleCount() {
    return conditions.size();
  }

  /**
   * The distribution of rule {@code index}, or of {@code else} (possibly null) for {@link
   * #ruleCount()}.
   */
  public Distribution branch(int index) {
    return index < branches.size() ? branches.get(index) : otherwise;
  }

  @Override
  public Object sample(UniformRandomProvider rng, EvaluationContext context) {
    return select(context).sample(rng, context);
  }

  @Override
  public ConditionalSpec spec() {
    return spec;
  }
}
