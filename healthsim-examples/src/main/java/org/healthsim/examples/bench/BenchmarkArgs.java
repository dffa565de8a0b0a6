package org.healthsim.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.trigger.CrossProductCoordinator;

/**
 * What the benchmarks share: the thread count, a scratch directory deleted afterwards, and the
 * journeys' calendar year.
 */
final class BenchmarkArgs {

  private BenchmarkArgs() {}

  /** Argument {@code i} as a thread count, else the number of processors. */
  static int threads(String[] args, int i) {
    return args.length > i ? Integer.parseInt(args[i]) : Runtime.getRuntime().availableProcessors();
  }

  /** A new directory inside argument {@code i}, else inside the system's temporary directory. */
  static Path scratchDirectory(String[] args, int i) throws IOException {
    return args.length > i
        ? Files.createTempDirectory(Path.of(args[i]), "healthsim-bench")
        : Files.createTempDirectory("healthsim-bench");
  }

  /** Deletes {@code dir} and everything in it, if it exists. */
  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
      for (Path p : all) {
        Files.delete(p);
      }
    }
  }

  /**
   * {@code journeys} over calendar 2025 with engine seed 42, executed with the default
   * cross-product triggers, or without any.
   */
  static EntityTimelines calendarYear(List<JourneySpecification> journeys, boolean triggers) {
    LocalDate start = LocalDate.of(2025, 1, 1);
    return new EntityTimelines(
        new JourneyEngine(42),
        journeys,
        start,
        start.plusDays(364),
        triggers ? CrossProductCoordinator.createCoordinator() : null);
  }
}
