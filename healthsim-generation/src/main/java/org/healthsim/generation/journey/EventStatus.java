package org.healthsim.generation.journey;

import java.util.Locale;

/** Where a timeline event stands. */
public enum EventStatus {
  /** Scheduled, not executed yet. */
  PENDING,
  /** Executed by its handler; its records are in the event's outputs. */
  EXECUTED,
  /**
   * Not happening: its probability, a condition, a skipped dependency, the journey window, or an
   * earlier event that ended the journey; the reason says which.
   */
  SKIPPED,
  /** Its handler failed; the reason holds the error. */
  FAILED;

  private final String wireName = name().toLowerCase(Locale.ROOT);

  /** The name in output, such as {@code executed}. */
  public String wireName() {
    return wireName;
  }
}
