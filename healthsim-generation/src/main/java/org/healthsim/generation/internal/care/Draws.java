package org.healthsim.generation.internal.care;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/** The draws the planner makes, over Commons RNG samplers. */
final class Draws {

  private Draws() {}

  /** Gamma with mean 1 and shape {@code shape}. */
  static double gamma(UniformRandomProvider rng, double shape) {
    return AhrensDieterMarsagliaTsangGammaSampler.of(rng, shape, 1.0 / shape).sample();
  }

  /** Beta(a, b), as a ratio of gammas. */
  static double beta(UniformRandomProvider rng, double a, double b) {
    double x = AhrensDieterMarsagliaTsangGammaSampler.of(rng, a, 1).sample();
    double y = AhrensDieterMarsagliaTsangGammaSampler.of(rng, b, 1).sample();
    return x / (x + y);
  }

  /** Poisson with {@code mean} (0 for a mean of 0 or less). */
  static int poisson(UniformRandomProvider rng, double mean) {
    return mean <= 0 ? 0 : PoissonSampler.of(rng, mean).sample();
  }

  /** Exponential with {@code mean}. */
  static double exponential(UniformRandomProvider rng, double mean) {
    return mean <= 0 ? 0 : ZigguratSampler.Exponential.of(rng, mean).sample();
  }

  /** Standard normal. */
  static double normal(UniformRandomProvider rng) {
    return ZigguratSampler.NormalizedGaussian.of(rng).sample();
  }

  /** An item by weight, or {@code null} from an empty list or zero weights. */
  static <T> T pick(UniformRandomProvider rng, List<T> items, ToDoubleFunction<T> weight) {
    double total = 0;
    for (T t : items) {
      total += weight.applyAsDouble(t);
    }
    if (total <= 0) {
      return null;
    }
    double u = rng.nextDouble() * total;
    for (T t : items) {
      u -= weight.applyAsDouble(t);
      if (u < 0) {
        return t;
      }
    }
    return items.get(items.size() - 1);
  }

  /** Length of stay: 1 plus a Poisson with {@code mean - 1}. */
  static int lengthOfStay(UniformRandomProvider rng, double mean) {
    return 1 + poisson(rng, Math.max(0, mean - 1));
  }
}
