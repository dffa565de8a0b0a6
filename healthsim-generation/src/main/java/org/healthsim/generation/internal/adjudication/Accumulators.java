package org.healthsim.generation.internal.adjudication;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * One member's running totals per plan year (the calendar year of the service), in the order the
 * payer adjudicates claims: what went to the deductibles and to the out-of-pocket maxima.
 */
final class Accumulators {

  /** One plan year's totals, in cents. */
  static final class Year {
    long medicalDeductible;
    long outOfPocket;
    long drugDeductible;
    long drugOutOfPocket;
  }

  private final Map<Integer, Year> years = new HashMap<>();

  Year year(LocalDate service) {
    return years.computeIfAbsent(service.getYear(), y -> new Year());
  }
}
