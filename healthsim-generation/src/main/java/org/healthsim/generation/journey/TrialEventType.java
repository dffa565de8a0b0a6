package org.healthsim.generation.journey;

import java.util.Locale;
import java.util.Optional;
import org.healthsim.core.spec.Product;

/** Clinical-trial (trialsim) events: enrollment, visits, safety. */
public enum TrialEventType implements EventType {
  SCREENING,
  RANDOMIZATION,
  WITHDRAWAL,
  SCHEDULED_VISIT,
  UNSCHEDULED_VISIT,
  ADVERSE_EVENT,
  SERIOUS_ADVERSE_EVENT,
  PROTOCOL_DEVIATION,
  DOSE_MODIFICATION;

  private final String wireName = name().toLowerCase(Locale.ROOT);

  @Override
  public String wireName() {
    return wireName;
  }

  @Override
  public Optional<Product> product() {
    return Optional.of(Product.TRIALSIM);
  }
}
