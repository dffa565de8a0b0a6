package org.healthsim.generation.journey;

import java.util.Locale;
import java.util.Optional;
import org.healthsim.core.spec.Product;

/** Pharmacy-benefit (rxmembersim) events: prescriptions, therapy, adherence. */
public enum RxEventType implements EventType {
  NEW_RX,
  REFILL,
  FILL,
  REVERSAL,
  THERAPY_START,
  THERAPY_CHANGE,
  THERAPY_DISCONTINUE,
  ADHERENCE_GAP,
  MPR_THRESHOLD;

  private final String wireName = name().toLowerCase(Locale.ROOT);

  @Override
  public String wireName() {
    return wireName;
  }

  @Override
  public Optional<Product> product() {
    return Optional.of(Product.RXMEMBERSIM);
  }
}
