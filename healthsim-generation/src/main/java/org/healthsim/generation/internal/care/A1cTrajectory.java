package org.healthsim.generation.internal.care;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A diabetic entity's A1C over the year. Treated and controlled (severity other than {@code
 * uncontrolled}, a diabetes medication in the profile, A1C at or above the program's {@code
 * treat_threshold}): falls by 0.5-1.5 points over 90-180 days from the first diabetes visit, the
 * treatment's intensification. Uncontrolled: stays where it is, with more spread. Others: stable.
 */
final class A1cTrajectory {

  private final double start;
  private final boolean treated;
  private final boolean uncontrolled;
  private final double drop;
  private final long rampDays;
  private final LocalDate from;
  private final double gapThreshold;
  private Double last;

  private A1cTrajectory(
      double start,
      boolean treated,
      boolean uncontrolled,
      double drop,
      long rampDays,
      LocalDate from,
      double gapThreshold) {
    this.start = start;
    this.treated = treated;
    this.uncontrolled = uncontrolled;
    this.drop = drop;
    this.rampDays = rampDays;
    this.from = from;
    this.gapThreshold = gapThreshold;
  }

  static A1cTrajectory start(
      UniformRandomProvider rng, CareProgram diabetes, CareSubject subject, LocalDate firstVisit) {
    JsonNode t = diabetes.options().get("a1c_trajectory");
    Double own = subject.labs().get("a1c");
    double a0 = own == null ? 7.6 : own;
    boolean uncontrolled = "uncontrolled".equals(subject.severity());
    boolean treated =
        !uncontrolled
            && !subject.medications().isEmpty()
            && a0 >= t.get("treat_threshold").asDouble();
    double min = t.get("treated_drop_min").asDouble();
    double drop = min + rng.nextDouble() * (t.get("treated_drop_max").asDouble() - min);
    long rampMin = t.get("ramp_days_min").asLong();
    long ramp = rampMin + rng.nextLong(t.get("ramp_days_max").asLong() - rampMin + 1);
    return new A1cTrajectory(
        a0, treated, uncontrolled, drop, ramp, firstVisit, t.get("gap_threshold").asDouble());
  }

  boolean treated() {
    return treated;
  }

  double gapThreshold() {
    return gapThreshold;
  }

  /** The last value drawn, or {@code null} before any. */
  Double last() {
    return last;
  }

  /** The A1C measured on {@code date}, rounded to 0.1. */
  double valueAt(UniformRandomProvider rng, LocalDate date) {
    double mean = start;
    if (treated && !date.isBefore(from)) {
      double progress = Math.min(1.0, ChronoUnit.DAYS.between(from, date) / (double) rampDays);
      mean = start - drop * progress;
    }
    double value = mean + (uncontrolled ? 0.3 : 0.15) * Draws.normal(rng);
    value = Math.round(Math.max(4.0, Math.min(15.0, value)) * 10) / 10.0;
    last = value;
    return value;
  }
}
