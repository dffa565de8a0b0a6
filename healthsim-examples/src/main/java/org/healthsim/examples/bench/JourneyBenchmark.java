package org.healthsim.examples.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.internal.output.CompleteFile;
import org.healthsim.generation.internal.output.NdjsonCohortSink;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.generation.template.JourneyTemplates;
import org.healthsim.generation.template.ProfileTemplates;

/**
 * Events per second: {@code medicare-diabetic} patients (no person details) through {@code
 * diabetic-first-year}, timelines created and executed, entities and events written as NDJSON. Two
 * warm-up runs, then the median of three.
 *
 * <pre>
 * mvn -B -q -DskipTests package
 * java -Xmx512m -cp healthsim-examples/target/healthsim.jar \
 *     org.healthsim.examples.bench.JourneyBenchmark [PATIENTS] [THREADS] [DIR] [triggers|no-triggers] [JOURNEY] [billing|no-billing] [digest|no-digest]
 * </pre>
 *
 * Defaults: 100,000 patients, all processors, default triggers on, a new temporary directory
 * (deleted at the end), {@code diabetic-first-year}; give {@code /dev/shm} as DIR to measure the
 * engine rather than the disk, {@code year-of-care} as JOURNEY for a realistic year; {@code
 * no-billing} leaves out billing and adjudication (on by default), to measure what they cost.
 *
 * <p>The files are digested as they are written (SHA-256 and rows, for the run manifest), as {@code
 * healthsim generate} does. {@code no-digest} writes them through a plain buffered stream instead,
 * the work 078b7d6's benchmark measured (before the manifest): the engine's cost without the
 * writing thread's SHA-256, about a core's third at a year of care's 500 MB/s.
 */
public final class JourneyBenchmark {

  private JourneyBenchmark() {}

  /** Runs the benchmark. */
  public static void main(String[] args) throws IOException {
    long patients = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
    int threads = BenchmarkArgs.threads(args, 1);
    Path dir = BenchmarkArgs.scratchDirectory(args, 2);
    boolean triggers = args.length <= 3 || !args[3].equals("no-triggers");
    ProfileSpecification diabetic = ProfileTemplates.get("medicare-diabetic");
    ProfileSpecification profile =
        diabetic.withGeneration(diabetic.generation().withPersonDetails(false));
    String journey = args.length > 4 ? args[4] : "diabetic-first-year";
    boolean billing = args.length <= 5 || !args[5].equals("no-billing");
    boolean digest = args.length <= 6 || !args[6].equals("no-digest");
    List<JourneySpecification> journeys = List.of(JourneyTemplates.getJourneyTemplate(journey));
    try {
      long[] events = new long[1];
      for (int i = 0; i < 2; i++) {
        run(profile, journeys, patients, threads, dir, events, triggers, billing, digest);
      }
      double[] seconds = new double[3];
      for (int i = 0; i < seconds.length; i++) {
        seconds[i] =
            run(profile, journeys, patients, threads, dir, events, triggers, billing, digest);
      }
      Arrays.sort(seconds);
      double median = seconds[1];
      System.out.printf(
          "%s%s%s%s: %,.0f events/s (%,d events of %,d patients in %.2f s, median of 3;"
              + " %d threads, max heap %d MB, java %s, output in %s)%n",
          journey,
          triggers ? " with triggers" : " without triggers",
          billing ? ", billed" : ", not billed",
          digest ? "" : ", files not digested",
          events[0] / median,
          events[0],
          patients,
          median,
          threads,
          Runtime.getRuntime().maxMemory() >> 20,
          System.getProperty("java.version"),
          dir.getParent());
    } finally {
      BenchmarkArgs.delete(dir);
    }
  }

  private static double run(
      ProfileSpecification profile,
      List<JourneySpecification> journeys,
      long patients,
      int threads,
      Path dir,
      long[] events,
      boolean triggers,
      boolean billing,
      boolean digest)
      throws IOException {
    long begin = System.nanoTime();
    EntityTimelines timelines = BenchmarkArgs.calendarYear(journeys, triggers);
    EntityTimelines written = billing ? timelines : timelines.withoutBilling();
    if (digest) {
      try (CompleteFile entities = CompleteFile.create(dir.resolve("entities.ndjson"), true);
          CompleteFile eventFile = CompleteFile.create(dir.resolve("events.ndjson"), true)) {
        events[0] =
            generate(profile, patients, threads, entities.stream(), eventFile.stream(), written);
        entities.commit();
        eventFile.commit();
      }
    } else {
      try (OutputStream entities = plain(dir.resolve("entities.ndjson"));
          OutputStream eventFile = plain(dir.resolve("events.ndjson"))) {
        events[0] = generate(profile, patients, threads, entities, eventFile, written);
      }
    }
    return (System.nanoTime() - begin) / 1e9;
  }

  private static OutputStream plain(Path file) throws IOException {
    return new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
  }

  private static long generate(
      ProfileSpecification profile,
      long patients,
      int threads,
      OutputStream entities,
      OutputStream events,
      EntityTimelines timelines)
      throws IOException {
    NdjsonCohortSink sink = new NdjsonCohortSink(entities, events, timelines);
    new ProfileExecutor(42).withThreads(threads).generate(profile, patients, sink, done -> {});
    return sink.eventsWritten();
  }
}
