package org.healthsim.generation.journey;

import java.util.Locale;
import java.util.Optional;
import org.healthsim.core.spec.Product;

/** Events any product can carry: lifecycle markers and milestones. */
public enum BaseEventType implements EventType {
  ENTITY_CREATED,
  ENTITY_UPDATED,
  ENTITY_TERMINATED,
  JOURNEY_START,
  JOURNEY_END,
  MILESTONE,
  TRIGGER_OUTBOUND,
  TRIGGER_RECEIVED;

  private final String wireName = name().toLowerCase(Locale.ROOT);

  @Override
  public String wireName() {
    return wireName;
  }

  @Override
  public Optional<Product> product() {
    return Optional.empty();
  }
}
