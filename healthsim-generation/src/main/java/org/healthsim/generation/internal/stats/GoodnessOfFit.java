package org.healthsim.generation.internal.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.inference.BinomialTest;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.healthsim.core.distribution.ContinuousDistribution;

/** Goodness-of-fit tests whose power grows with the sample and whose false-alarm rate is alpha. */
public final class GoodnessOfFit {

  /** Chi-square needs an expected count of at least this in every cell. */
  static final double MIN_EXPECTED = 5;

  private GoodnessOfFit() {}

  /**
   * The outcome of a test.
   *
   * @param pValue the p-value, or NaN when there was too little data to test
   * @param cells cells compared (after pooling), or trials for a binomial test
   */
  public record Result(double pValue, int cells) {

    /** True when the data are consistent with the target at {@code alpha} (or untestable). */
    public boolean passes(double alpha) {
      return Double.isNaN(pValue) || pValue >= alpha;
    }

    /** True when there was enough data to test. */
    public boolean tested() {
      return !Double.isNaN(pValue);
    }
  }

  /**
   * Chi-square of {@code observed} counts against cell {@code probabilities} (summing to 1).
   * Neighbouring cells are pooled until each expects at least five draws; with fewer than two cells
   * left there is nothing to test and the p-value is NaN.
   */
  public static Result chiSquare(double[] probabilities, long[] observed) {
    long n = 0;
    for (long o : observed) {
      n += o;
    }
    List<double[]> cells = new ArrayList<>();
    double expected = 0;
    long count = 0;
    for (int i = 0; i < probabilities.length; i++) {
      expected += probabilities[i] * n;
      count += observed[i];
      if (expected >= MIN_EXPECTED) {
        cells.add(new double[] {expected, count});
        expected = 0;
        count = 0;
      }
    }
    if (expected > 0 || count > 0) {
      if (cells.isEmpty()) {
        cells.add(new double[] {expected, count});
      } else {
        double[] last = cells.get(cells.size() - 1);
        last[0] += expected;
        last[1] += count;
      }
    }
    if (cells.size() < 2) {
      return new Result(Double.NaN, cells.size());
    }
    double[] e = new double[cells.size()];
    long[] o = new long[cells.size()];
    for (int i = 0; i < e.length; i++) {
      e[i] = cells.get(i)[0];
      o[i] = (long) cells.get(i)[1];
    }
    return new Result(ChiSquareTest.withDefaults().test(e, o).getPValue(), e.length);
  }

  /**
   * Exact two-sided binomial test of {@code successes} in {@code trials} at probability {@code p}.
   */
  public static Result binomial(long trials, long successes, double p) {
    if (trials == 0) {
      return new Result(Double.NaN, 0);
    }
    if (trials > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("binomial test of more than 2^31-1 trials");
    }
    return new Result(
        BinomialTest.withDefaults().test((int) trials, (int) successes, p).getPValue(),
        (int) trials);
  }

  /** The {@code bins - 1} inner edges that split {@code d} into bins of equal probability. */
  public static double[] equalProbabilityEdges(ContinuousDistribution d, int bins) {
    double[] edges = new double[bins - 1];
    for (int k = 1; k < bins; k++) {
      edges[k - 1] = d.inverseCumulativeProbability((double) k / bins);
    }
    return edges;
  }

  /** The bin of {@code value} among {@code edges}: 0 below the first edge, edges.length above. */
  public static int bin(double[] edges, double value) {
    int i = java.util.Arrays.binarySearch(edges, value);
    return i >= 0 ? i + 1 : -i - 1;
  }
}
