package org.healthsim.generation.trigger;

/** Orders events of the same day: a triggered event carries its trigger's priority. */
public enum TriggerPriority {
  /** Before anything else that day. */
  IMMEDIATE(0),
  /** Before journey events of the day. */
  HIGH(1),
  /** With journey events of the day (journey events have this priority). */
  NORMAL(2),
  /** After everything else that day. */
  LOW(3);

  private final int rank;

  TriggerPriority(int rank) {
    this.rank = rank;
  }

  /** The timeline priority: lower runs first. */
  public int rank() {
    return rank;
  }
}
