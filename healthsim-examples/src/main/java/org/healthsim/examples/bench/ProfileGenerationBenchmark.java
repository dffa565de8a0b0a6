package org.healthsim.examples.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.output.CompleteFile;
import org.healthsim.generation.output.NdjsonEntitySink;
import org.healthsim.generation.profile.ExecutionResult;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.generation.template.ProfileTemplates;

/**
 * Entities per second, generated and written as NDJSON, in one process after a warm-up. Cases: the
 * framework guide's simple age + gender spec, {@code medicare-diabetic} without person details, and
 * {@code medicare-diabetic} with them.
 *
 * <pre>
 * mvn -B -q -DskipTests package
 * java -Xmx256m -cp healthsim-examples/target/healthsim.jar \
 *     org.healthsim.examples.bench.ProfileGenerationBenchmark [COUNT] [THREADS]
 * </pre>
 *
 * Defaults: 1,000,000 entities, all processors. Output goes to a temporary directory, deleted at
 * the end. The heap stays flat: run it with {@code -Xmx256m} to see that a million entities fit.
 */
public final class ProfileGenerationBenchmark {

  private static final String SIMPLE =
      "{\"generation\": {\"count\": 10, \"seed\": 42, \"person_details\": false},"
          + " \"demographics\": {\"age\": {\"type\": \"normal\", \"mean\": 45, \"std_dev\": 15,"
          + " \"min\": 18, \"max\": 90}, \"gender\": {\"type\": \"categorical\", \"weights\":"
          + " {\"M\": 0.49, \"F\": 0.51}}}}";

  private ProfileGenerationBenchmark() {}

  /** Runs the three cases. */
  public static void main(String[] args) throws IOException {
    long count = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    int threads =
        args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    ProfileSpecification simple = SpecReader.profileFromString(SIMPLE);
    ProfileSpecification diabetic = ProfileTemplates.get("medicare-diabetic");
    ProfileSpecification noPerson =
        diabetic.withGeneration(diabetic.generation().withPersonDetails(false));
    Path dir = Files.createTempDirectory("healthsim-bench");
    try {
      System.out.printf(
          "java %s, %d processors, %d threads, max heap %d MB, %,d entities per case%n",
          System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors(),
          threads,
          Runtime.getRuntime().maxMemory() >> 20,
          count);
      ProfileExecutor executor = new ProfileExecutor().withThreads(threads);
      for (ProfileSpecification warm : new ProfileSpecification[] {simple, noPerson, diabetic}) {
        run(executor, warm, Math.min(count, 300_000), dir);
      }
      report("age + gender (framework guide example 1)", run(executor, simple, count, dir));
      report("medicare-diabetic, no person details", run(executor, noPerson, count, dir));
      report("medicare-diabetic, person details", run(executor, diabetic, count, dir));
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    }
  }

  private static final class Timed {
    long count;
    long nanos;
    long bytes;
  }

  private static Timed run(
      ProfileExecutor executor, ProfileSpecification spec, long count, Path dir)
      throws IOException {
    Path target = dir.resolve("entities.ndjson");
    Timed timed = new Timed();
    long start = System.nanoTime();
    ExecutionResult result;
    try (CompleteFile file = CompleteFile.create(target, true)) {
      OutputStream out = file.stream();
      result = executor.generate(spec, count, new NdjsonEntitySink(out), done -> {});
      file.commit();
    }
    timed.nanos = System.nanoTime() - start;
    timed.count = result.count();
    timed.bytes = Files.size(target);
    return timed;
  }

  private static void report(String name, Timed t) {
    double seconds = t.nanos / 1e9;
    System.out.printf(
        "%-45s %,12.0f entities/s  (%,d in %.2f s, %,d bytes/entity)%n",
        name, t.count / seconds, t.count, seconds, t.bytes / t.count);
  }
}
