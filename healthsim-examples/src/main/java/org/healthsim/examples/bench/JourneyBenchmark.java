package org.healthsim.examples.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.internal.output.CompleteFile;
import org.healthsim.generation.internal.output.NdjsonCohortSink;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.generation.template.JourneyTemplates;
import org.healthsim.generation.template.ProfileTemplates;
import org.healthsim.generation.trigger.CrossProductCoordinator;

/**
 * Events per second: {@code medicare-diabetic} patients (no person details) through {@code
 * diabetic-first-year}, timelines created and executed, entities and events written as NDJSON. Two
 * warm-up runs, then the median of three.
 *
 * <pre>
 * mvn -B -q -DskipTests package
 * java -Xmx512m -cp healthsim-examples/target/healthsim.jar \
 *     org.healthsim.examples.bench.JourneyBenchmark [PATIENTS] [THREADS] [DIR] [triggers|no-triggers] [JOURNEY] [billing|no-billing]
 * </pre>
 *
 * Defaults: 100,000 patients, all processors, default triggers on, a new temporary directory
 * (deleted at the end), {@code diabetic-first-year}; give {@code /dev/shm} as DIR to measure the
 * engine rather than the disk, {@code year-of-care} as JOURNEY for a realistic year; {@code
 * no-billing} leaves out billing and adjudication (on by default), to measure what they cost.
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
    List<JourneySpecification> journeys = List.of(JourneyTemplates.getJourneyTemplate(journey));
    try {
      long[] events = new long[1];
      for (int i = 0; i < 2; i++) {
        run(profile, journeys, patients, threads, dir, events, triggers, billing);
      }
      double[] seconds = new double[3];
      for (int i = 0; i < seconds.length; i++) {
        seconds[i] = run(profile, journeys, patients, threads, dir, events, triggers, billing);
      }
      Arrays.sort(seconds);
      double median = seconds[1];
      System.out.printf(
          "%s%s%s: %,.0f events/s (%,d events of %,d patients in %.2f s, median of 3;"
              + " %d threads, max heap %d MB, java %s, output in %s)%n",
          journey,
          triggers ? " with triggers" : " without triggers",
          billing ? ", billed" : ", not billed",
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
      boolean billing)
      throws IOException {
    LocalDate start = LocalDate.of(2025, 1, 1);
    long begin = System.nanoTime();
    try (CompleteFile entities = CompleteFile.create(dir.resolve("entities.ndjson"), true);
        CompleteFile eventFile = CompleteFile.create(dir.resolve("events.ndjson"), true)) {
      EntityTimelines timelines =
          new EntityTimelines(
              new JourneyEngine(42),
              journeys,
              start,
              start.plusDays(364),
              triggers ? CrossProductCoordinator.createCoordinator() : null);
      NdjsonCohortSink sink =
          new NdjsonCohortSink(
              entities.stream(),
              eventFile.stream(),
              billing ? timelines : timelines.withoutBilling());
      new ProfileExecutor(42).withThreads(threads).generate(profile, patients, sink, done -> {});
      entities.commit();
      eventFile.commit();
      events[0] = sink.eventsWritten();
    }
    return (System.nanoTime() - begin) / 1e9;
  }
}
