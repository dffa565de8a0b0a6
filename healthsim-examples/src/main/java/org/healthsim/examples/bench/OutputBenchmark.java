package org.healthsim.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.output.CohortOutput;
import org.healthsim.generation.output.OutputFormat;
import org.healthsim.generation.output.OutputFormats;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.generation.template.JourneyTemplates;
import org.healthsim.generation.template.ProfileTemplates;

/**
 * The writers: entities and events per second for each output format, {@code medicare-diabetic}
 * through {@code diabetic-first-year} with the default triggers and person details, as {@code
 * healthsim generate --format F} writes them (timing includes the final commit: renames, DuckDB's
 * checkpoint, the Parquet export). One warm-up run of 20,000 entities, then one run a format.
 *
 * <pre>
 * mvn -B -q -DskipTests package
 * java -Xmx2g -cp healthsim-examples/target/healthsim.jar \
 *     org.healthsim.examples.bench.OutputBenchmark [ENTITIES] [THREADS] [DIR] [FORMAT...]
 * </pre>
 *
 * Defaults: 1,000,000 entities, all processors, a new temporary directory (deleted at the end),
 * every format.
 */
public final class OutputBenchmark {

  private OutputBenchmark() {}

  /** Runs the benchmark. */
  public static void main(String[] args) throws IOException {
    long entities = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    int threads = BenchmarkArgs.threads(args, 1);
    Path dir = BenchmarkArgs.scratchDirectory(args, 2);
    List<OutputFormat> formats = new ArrayList<>();
    for (String name :
        java.util.Arrays.asList(args).subList(Math.min(3, args.length), args.length)) {
      formats.add(
          OutputFormats.byName(name)
              .orElseThrow(() -> new IllegalArgumentException("no format " + name)));
    }
    if (formats.isEmpty()) {
      formats.addAll(OutputFormats.BUILT_IN);
    }
    ProfileSpecification profile = ProfileTemplates.get("medicare-diabetic");
    List<JourneySpecification> journeys =
        List.of(JourneyTemplates.getJourneyTemplate("diabetic-first-year"));
    try {
      run(OutputFormat.NDJSON, profile, journeys, 20_000, threads, dir.resolve("warm-up"));
      for (OutputFormat format : formats) {
        Path out = dir.resolve(format.wireName());
        Result r = run(format, profile, journeys, entities, threads, out);
        System.out.printf(
            "%-8s %,10.0f entities/s %,12.0f events/s  (%,d entities, %,d events in %.1f s;"
                + " %,d MB written; %d threads, max heap %d MB)%n",
            format.wireName(),
            entities / r.seconds(),
            r.events() / r.seconds(),
            entities,
            r.events(),
            r.seconds(),
            size(out) >> 20,
            threads,
            Runtime.getRuntime().maxMemory() >> 20);
        BenchmarkArgs.delete(out);
      }
    } finally {
      BenchmarkArgs.delete(dir);
    }
  }

  private record Result(double seconds, long events) {}

  private static Result run(
      OutputFormat format,
      ProfileSpecification profile,
      List<JourneySpecification> journeys,
      long entities,
      int threads,
      Path out)
      throws IOException {
    EntityTimelines timelines = BenchmarkArgs.calendarYear(journeys, true);
    long begin = System.nanoTime();
    long events;
    try (CohortOutput output = format.open(out, true, timelines)) {
      new ProfileExecutor(42)
          .withThreads(threads)
          .generate(profile, entities, output.sink(), done -> {});
      events = output.eventsWritten();
      output.commit();
    }
    return new Result((System.nanoTime() - begin) / 1e9, events);
  }

  private static long size(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
