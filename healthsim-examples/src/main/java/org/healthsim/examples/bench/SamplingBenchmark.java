package org.healthsim.examples.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.healthsim.core.distribution.CategoricalDistribution;
import org.healthsim.core.distribution.ContinuousDistribution;
import org.healthsim.core.distribution.Distributions;
import org.healthsim.core.random.Randoms;
import org.healthsim.core.seed.SeedHierarchy;

/**
 * Draws per second for normal, truncated normal and categorical sampling, on one thread.
 *
 * <p>Two modes: {@code one generator} draws repeatedly from a single generator (the sampler's own
 * cost); {@code stream per draw} derives an attribute seed and builds a generator for every draw,
 * as profile generation does for each entity and attribute. Each case is warmed up, then timed in
 * {@value #ROUNDS} rounds of {@value #DRAWS} draws; the median round is reported.
 *
 * <pre>
 * mvn -B -q -DskipTests package
 * java -cp healthsim-examples/target/healthsim.jar org.healthsim.examples.bench.SamplingBenchmark
 * </pre>
 */
public final class SamplingBenchmark {

  private static final int DRAWS = 5_000_000;
  private static final int ROUNDS = 7;
  private static final int WARMUP_ROUNDS = 3;

  private SamplingBenchmark() {}

  /** Runs every case and prints draws per second. */
  public static void main(String[] args) {
    Map<String, ContinuousDistribution> continuous = new LinkedHashMap<>();
    continuous.put(
        "normal N(72, 8)",
        (ContinuousDistribution)
            Distributions.fromString("{\"type\": \"normal\", \"mean\": 72, \"std_dev\": 8}"));
    continuous.put(
        "truncated normal N(72, 8) in [65, 95]",
        (ContinuousDistribution)
            Distributions.fromString(
                "{\"type\": \"normal\", \"mean\": 72, \"std_dev\": 8, \"min\": 65, \"max\": 95}"));
    continuous.put(
        "truncated normal N(0, 1) in [3, 4] (inverse CDF)",
        (ContinuousDistribution)
            Distributions.fromString(
                "{\"type\": \"normal\", \"mean\": 0, \"std_dev\": 1, \"min\": 3, \"max\": 4}"));
    Map<String, CategoricalDistribution> categorical = new LinkedHashMap<>();
    categorical.put(
        "categorical, 2 values",
        (CategoricalDistribution)
            Distributions.fromString(
                "{\"type\": \"categorical\", \"weights\": {\"M\": 0.48, \"F\": 0.52}}"));
    categorical.put(
        "categorical, 6 values",
        (CategoricalDistribution)
            Distributions.fromString(
                "{\"type\": \"categorical\", \"weights\": {\"a\": 0.3, \"b\": 0.2, \"c\": 0.2,"
                    + " \"d\": 0.1, \"e\": 0.1, \"f\": 0.1}}"));

    System.out.printf(
        "java %s, %d processors, %d draws a round, median of %d rounds%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        DRAWS,
        ROUNDS);
    System.out.printf("%-50s %18s %18s%n", "case", "one generator/s", "stream per draw/s");
    continuous.forEach((name, d) -> report(name, rng -> d.sampleDouble(rng)));
    categorical.forEach((name, d) -> report(name, rng -> d.sampleIndex(rng)));
  }

  private interface Draw {
    double draw(UniformRandomProvider rng);
  }

  private static void report(String name, Draw draw) {
    double single = median(() -> oneGenerator(draw));
    double streams = median(() -> streamPerDraw(draw));
    System.out.printf("%-50s %,18.0f %,18.0f%n", name, single, streams);
  }

  private static double median(java.util.function.DoubleSupplier round) {
    for (int i = 0; i < WARMUP_ROUNDS; i++) {
      round.getAsDouble();
    }
    double[] rates = new double[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      rates[i] = round.getAsDouble();
    }
    Arrays.sort(rates);
    return rates[ROUNDS / 2];
  }

  private static volatile double sink;

  private static double oneGenerator(Draw draw) {
    UniformRandomProvider rng = Randoms.forSeed(42);
    long start = System.nanoTime();
    double sum = 0;
    for (int i = 0; i < DRAWS; i++) {
      sum += draw.draw(rng);
    }
    long elapsed = System.nanoTime() - start;
    sink = sum;
    return DRAWS / (elapsed / 1e9);
  }

  private static double streamPerDraw(Draw draw) {
    SeedHierarchy seeds = new SeedHierarchy(42);
    long start = System.nanoTime();
    double sum = 0;
    for (int i = 0; i < DRAWS; i++) {
      long seed = SeedHierarchy.attributeSeed(seeds.entitySeed(i), "demographics.age");
      sum += draw.draw(Randoms.forSeed(seed));
    }
    long elapsed = System.nanoTime() - start;
    sink = sum;
    return DRAWS / (elapsed / 1e9);
  }
}
