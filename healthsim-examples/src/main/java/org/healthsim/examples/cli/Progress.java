package org.healthsim.examples.cli;

import java.io.PrintWriter;
import java.util.function.LongConsumer;

/** Progress on stderr about once a second for runs that take that long; silent when quiet. */
final class Progress implements LongConsumer {

  private static final long INTERVAL_NANOS = 1_000_000_000L;

  private final PrintWriter err;
  private final long total;
  private final boolean quiet;
  private final long start = System.nanoTime();
  private long lastReport = start;

  Progress(PrintWriter err, long total, boolean quiet) {
    this.err = err;
    this.total = total;
    this.quiet = quiet;
  }

  @Override
  public void accept(long done) {
    long now = System.nanoTime();
    if (quiet || now - lastReport < INTERVAL_NANOS || done >= total) {
      return;
    }
    lastReport = now;
    double seconds = (now - start) / 1e9;
    err.printf(
        "healthsim: %,d of %,d entities (%.0f%%, %,.0f/s)%n",
        done, total, 100.0 * done / total, done / seconds);
    err.flush();
  }
}
