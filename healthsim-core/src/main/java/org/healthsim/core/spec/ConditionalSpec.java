package org.healthsim.core.spec;

import java.util.List;
import java.util.Objects;
import org.healthsim.core.expression.Expression;
import org.healthsim.core.validation.Problems;

/**
 * {@code {"type": "conditional", "rules": [{"if": "severity == 'uncontrolled'", "distribution":
 * {...}}], "else": {...}}}: the distribution of the first rule whose condition holds, else the
 * {@code else} distribution. With no match and no {@code else}, drawing is an error that names the
 * rule set.
 *
 * @param rules at least one rule, tried in order
 * @param otherwise the {@code else} distribution, or {@code null}
 */
public record ConditionalSpec(List<Rule> rules, DistributionSpec otherwise)
    implements DistributionSpec {

  /**
   * One rule.
   *
   * @param condition when it applies
   * @param distribution what to draw from when it does
   */
  public record Rule(Expression condition, DistributionSpec distribution)
      implements java.io.Serializable {
    public Rule {
      Objects.requireNonNull(condition, "condition");
      Objects.requireNonNull(distribution, "distribution");
    }
  }

  public ConditionalSpec {
    Problems problems = new Problems();
    if (rules.isEmpty()) {
      problems.add("rules", "must have at least one rule");
    }
    problems.throwIfAny();
    rules = List.copyOf(rules);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.conditional(this);
  }

  @Override
  public String type() {
    return "conditional";
  }
}
