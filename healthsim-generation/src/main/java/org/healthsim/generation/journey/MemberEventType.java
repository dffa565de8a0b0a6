package org.healthsim.generation.journey;

import java.util.Locale;
import java.util.Optional;
import org.healthsim.core.spec.Product;

/** Health-plan (membersim) events: enrollment, claims, quality gaps. */
public enum MemberEventType implements EventType {
  NEW_ENROLLMENT,
  TERMINATION,
  PLAN_CHANGE,
  CLAIM_PROFESSIONAL,
  CLAIM_INSTITUTIONAL,
  CLAIM_PHARMACY,
  GAP_IDENTIFIED,
  GAP_CLOSED;

  private final String wireName = name().toLowerCase(Locale.ROOT);

  @Override
  public String wireName() {
    return wireName;
  }

  @Override
  public Optional<Product> product() {
    return Optional.of(Product.MEMBERSIM);
  }
}
