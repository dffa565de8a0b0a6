package org.healthsim.examples.cli;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import org.healthsim.generation.profile.ExecutionResult;
import org.healthsim.generation.profile.ProfileExecutor;

/**
 * Gets the classes every generation run needs loaded and initialised (Jackson with its date format
 * and locale data, the spec reader and its checks, the entity factory and its samplers, the JDK's
 * security providers for the SHA-256 of the manifest, its formatter for the summary's numbers) on a
 * thread of its own, while the main thread starts picocli and parses the arguments: on two cores
 * the first entity comes about a tenth of a second sooner. The warm-up generates one entity of a
 * fixed spec, digests and formats a number, and keeps nothing; the run's own output does not depend
 * on it.
 */
final class WarmUp {

  private static final Map<String, Object> SPEC =
      Map.of(
          "generation",
          Map.of("count", 1, "seed", 1, "person_details", false),
          "demographics",
          Map.of(
              "age",
              Map.of("type", "normal", "mean", 45, "std_dev", 15, "min", 18, "max", 90),
              "gender",
              Map.of("type", "categorical", "weights", Map.of("M", 0.5, "F", 0.5))));

  /** The warm-up under way, if one was started. */
  private static volatile Thread running;

  private WarmUp() {}

  /** Starts the warm-up on a daemon thread and returns at once. */
  static void start() {
    Thread thread =
        new Thread(
            () -> {
              try {
                run();
              } catch (RuntimeException e) {
                // Nothing is lost: the run does the same work itself and reports what fails there.
              }
            },
            "healthsim-warm-up");
    thread.setDaemon(true);
    running = thread;
    thread.start();
  }

  /**
   * Waits for the warm-up to end, at most {@code 2 s}; returns at once when none was started. A
   * command calls it before its own work, so the two threads never initialise the same classes at
   * the same time (class initialisers that need each other, started on two threads, would wait for
   * each other for ever); the warm-up is usually over by the time the arguments are parsed.
   */
  static void finish() {
    Thread thread = running;
    if (thread == null) {
      return;
    }
    try {
      thread.join(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The warm-up itself: generates the one entity. */
  static ExecutionResult run() {
    ExecutionResult result = new ProfileExecutor(1).execute(SPEC);
    try {
      MessageDigest.getInstance("SHA-256").digest(String.format("%,d", result.seed()).getBytes());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return result;
  }
}
