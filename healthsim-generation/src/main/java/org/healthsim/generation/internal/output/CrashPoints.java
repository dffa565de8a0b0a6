package org.healthsim.generation.internal.output;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test hook for the crash-safety tests: with the system property {@code healthsim.test.crash-at}
 * set to N, the JVM halts (as {@code kill -9} would stop it, exit status 137, no shutdown hooks) at
 * the Nth crash point it reaches. Crash points are where a run changes what is on disk: opening its
 * output, each rename into place, each removal of an earlier run's file, each manifest write.
 * Without the property (always, outside those tests) a crash point costs one comparison.
 */
public final class CrashPoints {

  /** The system property that arms the hook. */
  public static final String PROPERTY = "healthsim.test.crash-at";

  private static final int CRASH_AT = Integer.getInteger(PROPERTY, 0);
  private static final AtomicInteger REACHED = new AtomicInteger();

  private CrashPoints() {}

  /** Halts the JVM when this is the armed crash point. */
  public static void reached() {
    if (CRASH_AT > 0 && REACHED.incrementAndGet() == CRASH_AT) {
      Runtime.getRuntime().halt(137);
    }
  }
}
