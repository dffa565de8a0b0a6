package org.healthsim.generation.journey;

import java.util.Locale;
import java.util.Optional;
import org.healthsim.core.spec.Product;

/** Clinical (patientsim) events: ADT, clinical care, care coordination. */
public enum PatientEventType implements EventType {
  ADMISSION,
  DISCHARGE,
  TRANSFER,
  ENCOUNTER,
  OBSERVATION,
  PROCEDURE,
  MEDICATION_ORDER,
  LAB_ORDER,
  LAB_RESULT,
  DIAGNOSIS,
  REFERRAL,
  CARE_PLAN_UPDATE,
  POST_ACUTE_CARE,
  DEATH;

  private final String wireName = name().toLowerCase(Locale.ROOT);

  @Override
  public String wireName() {
    return wireName;
  }

  @Override
  public Optional<Product> product() {
    return Optional.of(Product.PATIENTSIM);
  }
}
