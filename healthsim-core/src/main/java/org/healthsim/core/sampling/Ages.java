package org.healthsim.core.sampling;

import java.util.ArrayList;
import java.util.List;
import org.healthsim.core.spec.AgeBandsSpec;
import org.healthsim.core.spec.ConditionalSpec;
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
    if (spec instanceof NormalSpec) {
      NormalSpec n = (NormalSpec) spec;
      if (!boundsInRange(problems, path, n.min(), n.max())) {
        return spec;
      }
      try {
        return new NormalSpec(n.mean(), n.stdDev(), lower(n.min()), upper(n.max()));
      } catch (SpecValidationException e) {
        problems.add(
            path, "cannot draw ages from " + YOUNGEST + " to " + OLDEST + ": " + reason(e));
        return spec;
      }
    }
    if (spec instanceof LogNormalSpec) {
      LogNormalSpec l = (LogNormalSpec) spec;
      if (!boundsInRange(problems, path, l.min(), l.max())) {
        return spec;
      }
      return new LogNormalSpec(l.mu(), l.sigma(), l.min(), upper(l.max()));
    }
    if (spec instanceof UniformSpec) {
      UniformSpec u = (UniformSpec) spec;
      inRange(problems, path, u.min(), u.max());
      return u;
    }
    if (spec instanceof AgeBandsSpec) {
      AgeBandsSpec a = (AgeBandsSpec) spec;
      a.bands().forEach(b -> inRange(problems, path, b.low(), b.high()));
      return a;
    }
    if (spec instanceof ExplicitSpec) {
      for (ExplicitSpec.WeightedValue v : ((ExplicitSpec) spec).values()) {
        if (!(v.value() instanceof Number)) {
          problems.add(join(path, "values"), v.value(), "an age must be a number");
        } else {
          double age = ((Number) v.value()).doubleValue();
          inRange(problems, path, age, age);
        }
      }
      return spec;
    }
    if (spec instanceof ConditionalSpec) {
      ConditionalSpec c = (ConditionalSpec) spec;
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
      return problems.isEmpty() ? new ConditionalSpec(rules, otherwise) : spec;
    }
    problems.add(join(path, "type"), spec.type(), "an age distribution must draw numbers");
    return spec;
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
