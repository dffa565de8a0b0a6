package org.healthsim.core.sampling;

import java.util.ArrayList;
import java.util.List;
import org.healthsim.core.spec.AgeBandsSpec;
import org.healthsim.core.spec.CategoricalSpec;
import org.healthsim.core.spec.ConditionalSpec;
import org.healthsim.core.spec.CustomSpec;
import org.healthsim.core.spec.DistributionSpec;
import org.healthsim.core.spec.ExplicitSpec;
import org.healthsim.core.spec.LogNormalSpec;
import org.healthsim.core.spec.NormalSpec;
import org.healthsim.core.spec.UniformSpec;
import org.healthsim.core.validation.Problem;
import org.healthsim.core.validation.Problems;
import org.healthsim.core.validation.SpecValidationException;

/**
 * Ages are whole years from {@value #YOUNGEST} to {@value #OLDEST}. An age distribution that could
 * draw outside that range (an unbounded normal) is truncated to it, like any other bound; one whose
 * written range leaves it (uniform from -5, a band "0-130") is an error.
 */
public final class Ages {

  /** The youngest age. */
  public static final int YOUNGEST = 0;

  /** The oldest age. */
  public static final int OLDEST = 120;

  private Ages() {}

  /**
   * {@code spec} with the age range applied.
   *
   * @throws org.healthsim.core.validation.SpecValidationException with paths relative to the spec
   *     when it cannot yield ages in range, or yields something other than numbers
   */
  public static DistributionSpec withNaturalBounds(DistributionSpec spec) {
    Problems problems = new Problems();
    DistributionSpec bounded = bound(spec, "", problems);
    problems.throwIfAny();
    return bounded;
  }

  private static DistributionSpec bound(DistributionSpec spec, String path, Problems problems) {
    return spec.accept(new Bounding(path, problems));
  }

  /** Each kind of spec with the age range applied, or as it was with a problem. */
  private static final class Bounding implements DistributionSpec.Visitor<DistributionSpec> {
    private final String path;
    private final Problems problems;

    Bounding(String path, Problems problems) {
      this.path = path;
      this.problems = problems;
    }

    @Override
    public DistributionSpec normal(NormalSpec n) {
      if (!boundsInRange(problems, path, n.min(), n.max())) {
        return n;
      }
      try {
        return new NormalSpec(n.mean(), n.stdDev(), lower(n.min()), upper(n.max()));
      } catch (SpecValidationException e) {
        problems.add(
            path, "cannot draw ages from " + YOUNGEST + " to " + OLDEST + ": " + reason(e));
        return n;
      }
    }

    @Override
    public DistributionSpec logNormal(LogNormalSpec l) {
      if (!boundsInRange(problems, path, l.min(), l.max())) {
        return l;
      }
      return new LogNormalSpec(l.mu(), l.sigma(), l.min(), upper(l.max()));
    }

    @Override
    public DistributionSpec uniform(UniformSpec u) {
      inRange(problems, path, u.min(), u.max());
      return u;
    }

    @Override
    public DistributionSpec categorical(CategoricalSpec c) {
      problems.add(join(path, "type"), c.type(), "an age distribution must draw numbers");
      return c;
    }

    @Override
    public DistributionSpec ageBands(AgeBandsSpec a) {
      a.bands().forEach(b -> inRange(problems, path, b.low(), b.high()));
      return a;
    }

    @Override
    public DistributionSpec explicit(ExplicitSpec spec) {
      for (ExplicitSpec.WeightedValue v : spec.values()) {
        if (!(v.value() instanceof Number)) {
          problems.add(join(path, "values"), v.value(), "an age must be a number");
        } else {
          double age = ((Number) v.value()).doubleValue();
          inRange(problems, path, age, age);
        }
      }
      return spec;
    }

    @Override
    public DistributionSpec conditional(ConditionalSpec c) {
      List<ConditionalSpec.Rule> rules = new ArrayList<>();
      for (int i = 0; i < c.rules().size(); i++) {
        ConditionalSpec.Rule rule = c.rules().get(i);
        rules.add(
            new ConditionalSpec.Rule(
                rule.condition(),
                bound(rule.distribution(), join(path, "rules[" + i + "].distribution"), problems)));
      }
      DistributionSpec otherwise =
          c.otherwise() == null ? null : bound(c.otherwise(), join(path, "else"), problems);
      return problems.isEmpty() ? new ConditionalSpec(rules, otherwise) : c;
    }

    @Override
    public DistributionSpec custom(CustomSpec c) {
      problems.add(
          join(path, "type"),
          c.type(),
          "ages come from a built-in kind (normal, log_normal, uniform, age_bands, explicit or"
              + " conditional), whose range can be held to "
              + YOUNGEST
              + "-"
              + OLDEST);
      return c;
    }
  }

  /** False, with a problem, when a written bound leaves no age to draw. */
  private static boolean boundsInRange(Problems problems, String path, Double min, Double max) {
    boolean ok = true;
    if (min != null && min > OLDEST) {
      problems.add(join(path, "min"), min, "ages must lie between " + YOUNGEST + " and " + OLDEST);
      ok = false;
    }
    if (max != null && max < YOUNGEST) {
      problems.add(join(path, "max"), max, "ages must lie between " + YOUNGEST + " and " + OLDEST);
      ok = false;
    }
    return ok;
  }

  private static String reason(SpecValidationException e) {
    return e.problems().stream().map(Problem::rule).findFirst().orElse(e.getMessage());
  }

  private static void inRange(Problems problems, String path, double low, double high) {
    if (low < YOUNGEST || high > OLDEST) {
      problems.add(path, low + ".." + high, "ages must lie between " + YOUNGEST + " and " + OLDEST);
    }
  }

  private static Double lower(Double min) {
    return min == null ? (double) YOUNGEST : Math.max(min, YOUNGEST);
  }

  private static Double upper(Double max) {
    return max == null ? (double) OLDEST : Math.min(max, OLDEST);
  }

  private static String join(String path, String child) {
    return path.isEmpty() ? child : path + "." + child;
  }
}
