package org.healthsim.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.internal.output.CompleteFile;
import org.healthsim.generation.internal.output.NdjsonEntitySink;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.generation.template.ProfileTemplates;

/**
 * Entities per second, generated and written as NDJSON, for one case per process (as a real run
 * generates one profile): two warm-up runs, then the median of three timed runs. Each run includes
 * the validation report.
 *
 * <pre>
 * mvn -B -q -DskipTests package
 * for c in simple diabetic diabetic-person; do
 *   java -Xmx256m -cp healthsim-examples/target/healthsim.jar \
 *       org.healthsim.examples.bench.ProfileGenerationBenchmark $c 1000000 2 /dev/shm
 * done
 * </pre>
 *
 * Cases: {@code simple} (the framework guide's age + gender spec), {@code diabetic} ({@code
 * medicare-diabetic} without person details), {@code diabetic-person} (with them). Arguments after
 * the case: entities (default 1,000,000), threads (default: processors), output directory (default:
 * a new temporary one). Output is deleted at the end. Give {@code /dev/shm} to measure the
 * generator rather than the disk: a medicare-diabetic line is about 1.1 KB, so a disk that writes
 * 500 MB/s caps a run at about 450,000 entities a second. With {@code -Xmx256m} it also shows that
 * a million entities stream through a small, flat heap.
 */
public final class ProfileGenerationBenchmark {

  private static final String SIMPLE =
      "{\"generation\": {\"count\": 10, \"seed\": 42, \"person_details\": false},"
          + " \"demographics\": {\"age\": {\"type\": \"normal\", \"mean\": 45, \"std_dev\": 15,"
          + " \"min\": 18, \"max\": 90}, \"gender\": {\"type\": \"categorical\", \"weights\":"
          + " {\"M\": 0.49, \"F\": 0.51}}}}";

  private static final int WARM_UP_RUNS = 2;
  private static final int TIMED_RUNS = 3;

  private ProfileGenerationBenchmark() {}

  /** Runs one case. */
  public static void main(String[] args) throws IOException {
    String name = args.length > 0 ? args[0] : "diabetic";
    long count = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
    int threads = BenchmarkArgs.threads(args, 2);
    ProfileSpecification spec = spec(name);
    Path dir = BenchmarkArgs.scratchDirectory(args, 3);
    Path target = dir.resolve("entities.ndjson");
    ProfileExecutor executor = new ProfileExecutor().withThreads(threads);
    try {
      for (int i = 0; i < WARM_UP_RUNS; i++) {
        run(executor, spec, count, target);
      }
      double[] seconds = new double[TIMED_RUNS];
      for (int i = 0; i < TIMED_RUNS; i++) {
        seconds[i] = run(executor, spec, count, target);
      }
      Arrays.sort(seconds);
      double median = seconds[TIMED_RUNS / 2];
      System.out.printf(
          "%-16s %,12.0f entities/s  (%,d in %.2f s, median of %d; %,d bytes/entity; %d threads,"
              + " max heap %d MB, java %s, output in %s)%n",
          name,
          count / median,
          count,
          median,
          TIMED_RUNS,
          Files.size(target) / count,
          threads,
          Runtime.getRuntime().maxMemory() >> 20,
          System.getProperty("java.version"),
          dir.getParent());
    } finally {
      BenchmarkArgs.delete(dir);
    }
  }

  private static ProfileSpecification spec(String name) {
    ProfileSpecification diabetic = ProfileTemplates.get("medicare-diabetic");
    switch (name) {
      case "simple":
        return SpecReader.profileFromString(SIMPLE);
      case "diabetic":
        return diabetic.withGeneration(diabetic.generation().withPersonDetails(false));
      case "diabetic-person":
        return diabetic;
      default:
        throw new IllegalArgumentException(
            "case " + name + ": use simple, diabetic or diabetic-person");
    }
  }

  private static double run(
      ProfileExecutor executor, ProfileSpecification spec, long count, Path target)
      throws IOException {
    long start = System.nanoTime();
    try (CompleteFile file = CompleteFile.create(target, true)) {
      executor.generate(spec, count, new NdjsonEntitySink(file.stream()), done -> {});
      file.commit();
    }
    return (System.nanoTime() - start) / 1e9;
  }
}
