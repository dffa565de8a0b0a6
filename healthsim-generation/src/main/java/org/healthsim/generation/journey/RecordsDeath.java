package org.healthsim.generation.journey;

/**
 * A record that may say the entity died (a death, a discharge with disposition "expired"). Once an
 * event with such a record executes, nothing later on the entity's timelines executes.
 */
public interface RecordsDeath {

  /** True when this record says the entity died. */
  boolean isDeath();
}
