package org.healthsim.core.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.LongFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.healthsim.core.random.Randoms;
import org.healthsim.core.seed.SeedHierarchy;

/**
 * Goodness-of-fit checks for samplers. Each check draws {@link #N} values, one per entity of a
 * fixed master seed, each from that entity's own attribute stream (as generation does), and fails
 * when a chi-square test rejects the exact distribution at {@link #ALPHA}: a correct sampler fails
 * one such check in a thousand, and with the seeds fixed the outcome never changes between runs.
 */
final class GoodnessOfFit {

  /** The false-failure rate of every check. */
  static final double ALPHA = 0.001;

  /** Two-sided standard-normal quantile for {@link #ALPHA}. */
  static final double Z = 3.2905;

  /** Draws per check. */
  static final int N = 100_000;

  /** Equal-probability bins for continuous checks (expected 2,000 draws each). */
  static final int BINS = 50;

  private static final SeedHierarchy SEEDS = new SeedHierarchy(20_260_101L);

  private GoodnessOfFit() {}

  /** The generator entity {@code index} would use for attribute {@code name}. */
  static UniformRandomProvider stream(String name, long index) {
    return Randoms.forSeed(SeedHierarchy.attributeSeed(SEEDS.entitySeed(index), name));
  }

  static double[] draws(String name, LongFunction<Double> draw) {
    double[] values = new double[N];
    for (int i = 0; i < N; i++) {
      values[i] = draw.apply(i);
    }
    return values;
  }

  /** Chi-square over {@link #BINS} bins of equal probability under the exact CDF. */
  static void assertFits(ContinuousDistribution d, double[] values) {
    double[] edges = new double[BINS - 1];
    for (int k = 1; k < BINS; k++) {
      edges[k - 1] = d.inverseCumulativeProbability((double) k / BINS);
    }
    long[] observed = new long[BINS];
    for (double v : values) {
      int bin = java.util.Arrays.binarySearch(edges, v);
      observed[bin >= 0 ? bin + 1 : -bin - 1]++;
    }
    double p = ChiSquareTest.withDefaults().test(observed).getPValue();
    assertThat(p)
        .as("chi-square p-value for %s (false-failure rate %s)", d.spec(), ALPHA)
        .isGreaterThan(ALPHA);
  }

  /** Chi-square of whole-number draws against the exact mass of each value. */
  static void assertFits(DiscreteDistribution d, int[] values) {
    int size = d.highest() - d.lowest() + 1;
    long[] observed = new long[size];
    double[] expected = new double[size];
    for (int v : values) {
      assertThat(v).isBetween(d.lowest(), d.highest());
      observed[v - d.lowest()]++;
    }
    for (int k = 0; k < size; k++) {
      expected[k] = d.probability(k + d.lowest());
    }
    double p = ChiSquareTest.withDefaults().test(expected, observed).getPValue();
    assertThat(p)
        .as("chi-square p-value for %s (false-failure rate %s)", d.spec(), ALPHA)
        .isGreaterThan(ALPHA);
  }

  /** Chi-square of draws from a finite set against the probability of each value. */
  static void assertFits(FiniteDistribution d, List<Object> values) {
    long[] observed = new long[d.values().size()];
    double[] expected = new double[observed.length];
    for (Object v : values) {
      int index = d.values().indexOf(v);
      assertThat(index).as("drawn value %s is one of the spec's", v).isNotNegative();
      observed[index]++;
    }
    for (int k = 0; k < observed.length; k++) {
      expected[k] = d.probability(k);
    }
    double p = ChiSquareTest.withDefaults().test(expected, observed).getPValue();
    assertThat(p)
        .as("chi-square p-value for %s (false-failure rate %s)", d.spec(), ALPHA)
        .isGreaterThan(ALPHA);
  }

  /**
   * The count of {@code hits} in {@code n} trials is within the two-sided interval of {@code p}.
   */
  static void assertShare(long hits, long n, double p, String what) {
    double sd = Math.sqrt(n * p * (1 - p));
    assertThat((double) hits)
        .as(
            "%s: %d of %d, expected %.1f +/- %.1f (false-failure rate %s)",
            what, hits, n, n * p, Z * sd, ALPHA)
        .isBetween(n * p - Z * sd, n * p + Z * sd);
  }
}
