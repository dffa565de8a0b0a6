package org.healthsim.generation.internal.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.healthsim.generation.calibration.CalibrationReport;
import org.healthsim.generation.internal.billing.Biller;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.journey.EventStatus;
import org.healthsim.generation.journey.MemberEventType;
import org.healthsim.generation.journey.PatientEventType;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.profile.EntityMedication;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.records.Claim;
import org.healthsim.generation.records.Fill;
import org.healthsim.generation.records.LabResult;
import org.junit.jupiter.api.Test;

/**
 * What an analyst would check first in a year of care for 20,000 Medicare diabetics (seed 42,
 * calendar 2025, default triggers). Every range is the acceptance range; at 20,000
 * member-years the sampling error of each rate is under 2% of its value (a Poisson rate of 11
 * visits has a standard error of 0.02), far inside the ranges, so a failure means the model moved,
 * not chance.
 */
class YearOfCareRealismTest {

  private static final String A1C = "4548-4";

  private final YearOfCareRun run = YearOfCareRun.of("medicare-diabetic", 20_000);
  private final CalibrationReport.Line medicare = run.report.line("Medicare");

  private double measure(String name) {
    return medicare.measure(name).value();
  }

  @Test
  void utilisationIsThatOfMedicareDiabetics() {
    assertThat(measure("office_visits_per_member_year")).isBetween(8.0, 16.0);
    assertThat(measure("fills_30_day_per_member_year")).isBetween(40.0, 90.0);
    assertThat(measure("admissions_per_1000")).isBetween(200.0, 400.0);
    assertThat(measure("ed_visits_per_1000")).isBetween(400.0, 900.0);
    assertThat(measure("mean_length_of_stay")).isBetween(3.5, 6.0);
  }

  @Test
  void servicesSpreadOverTheCalendar() {
    assertThat(measure("largest_month_share")).isLessThanOrEqualTo(0.12);
    assertThat(medicare.servicesByMonth()).hasSize(12);
    assertThat(measure("office_visits_on_weekends_or_holidays")).isLessThan(0.02);
  }

  @Test
  void spendConcentratesInFewMembers() {
    assertThat(measure("top_5_percent_share")).isGreaterThanOrEqualTo(0.30);
  }

  @Test
  void everyProfileMedicationIsDispensed() {
    int checked = 0;
    for (GeneratedEntity e : run.entities) {
      Timeline t = run.timelines.get(e.entityId());
      if (t.death() != null || hasExecuted(t, MemberEventType.TERMINATION)) {
        continue;
      }
      Set<String> dispensed = new HashSet<>();
      for (TimelineEvent ev : executed(t)) {
        for (EventRecord r : ev.outputs()) {
          if (r instanceof Fill) {
            dispensed.add(((Fill) r).rxnorm());
          }
        }
      }
      for (EntityMedication m : e.medications()) {
        assertThat(dispensed).as("%s's %s", e.entityId(), m.name()).contains(m.rxnorm());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(50_000);
  }

  @Test
  void a1cFallsForTreatedControlledMembersAndNotForUncontrolled() {
    List<Double> treated = new ArrayList<>();
    List<Double> uncontrolled = new ArrayList<>();
    for (GeneratedEntity e : run.entities) {
      List<Double> values = new ArrayList<>();
      for (TimelineEvent ev : executed(run.timelines.get(e.entityId()))) {
        for (EventRecord r : ev.outputs()) {
          if (r instanceof LabResult && ((LabResult) r).loinc().equals(A1C)) {
            values.add(((LabResult) r).value());
          }
        }
      }
      if (values.size() < 2) {
        continue;
      }
      double change = values.get(values.size() - 1) - values.get(0);
      Double a1c = e.labValues().get("a1c");
      if ("uncontrolled".equals(e.severity())) {
        uncontrolled.add(change);
      } else if (a1c != null && a1c >= 7.0 && !e.medications().isEmpty()) {
        treated.add(change);
      }
    }
    assertThat(treated).hasSizeGreaterThan(1000);
    assertThat(mean(treated)).isLessThan(-0.4);
    assertThat(uncontrolled).hasSizeGreaterThan(500);
    assertThat(Math.abs(mean(uncontrolled))).isLessThan(0.15);
  }

  @Test
  void nothingExecutesAfterDeathAndNothingBillableAfterTermination() {
    int deaths = 0;
    int terminations = 0;
    for (Timeline t : run.timelines.values()) {
      TimelineEvent death = t.death();
      TimelineEvent termination = null;
      for (TimelineEvent e : t.events()) {
        assertThat(e.status())
            .as(e.timelineEventId() + " " + e.reason())
            .isNotEqualTo(EventStatus.FAILED);
        if (e.status() != EventStatus.EXECUTED) {
          continue;
        }
        if (death != null && e.journeyId().equals(Biller.JOURNEY_ID)) {
          // A claim may follow a death; the services it bills may not.
          for (Object r : e.outputs()) {
            if (r instanceof Claim) {
              assertThat(((Claim) r).serviceEndDate()).isBeforeOrEqualTo(death.scheduledDate());
            }
          }
        } else if (death != null && e.eventType() != PatientEventType.DEATH) {
          assertThat(Timeline.ORDER.compare(e, death))
              .as(e.timelineEventId())
              .isLessThanOrEqualTo(0);
        }
        if (termination != null && e.journeyId().equals(Biller.JOURNEY_ID)) {
          for (Object r : e.outputs()) {
            if (r instanceof Claim) {
              assertThat(((Claim) r).serviceEndDate())
                  .isBeforeOrEqualTo(termination.scheduledDate());
            }
          }
        } else if (termination != null) {
          assertThat(e.eventType().wireName())
              .as(e.timelineEventId())
              .doesNotStartWith("claim_")
              .isNotEqualTo("fill");
        }
        if (e.eventType() == MemberEventType.TERMINATION) {
          termination = e;
          terminations++;
        }
      }
      if (death != null) {
        deaths++;
        assertThat(t.events())
            .as("a death record with its cause")
            .anyMatch(
                e -> e.eventType() == PatientEventType.DEATH && e.status() == EventStatus.EXECUTED);
      }
    }
    assertThat(deaths).isBetween(400, 1500);
    assertThat(terminations).isGreaterThan(200);
  }

  @Test
  void diabetesCodingPassesACoder() {
    for (GeneratedEntity e : run.entities) {
      List<String> codes = e.conditions().stream().map(c -> c.code()).toList();
      if (codes.contains("E11.9")) {
        assertThat(codes)
            .as(e.entityId())
            .noneMatch(c -> c.startsWith("E11.") && !c.equals("E11.9"));
        assertThat(codes).as(e.entityId()).noneMatch(c -> c.startsWith("N18"));
      }
      Double egfr = e.labValues().get("egfr");
      if (codes.contains("N18.31")) {
        assertThat(egfr).isBetween(45.0, 59.0);
      }
      if (codes.contains("N18.32")) {
        assertThat(egfr).isBetween(30.0, 44.0);
      }
      if (codes.stream().anyMatch(c -> c.startsWith("N18"))) {
        assertThat(codes).contains("E11.22");
      }
    }
  }

  @Test
  void heartFailureAdmissionsHaveAHighBnp() {
    int admissions = 0;
    for (Timeline t : run.timelines.values()) {
      List<TimelineEvent> done = executed(t);
      for (int i = 0; i < done.size(); i++) {
        TimelineEvent e = done.get(i);
        if (e.eventType() == PatientEventType.DIAGNOSIS
            && e.eventId().equals("admission/dx")
            && String.valueOf(e.parameters().get("icd10")).startsWith("I50")) {
          admissions++;
          boolean high = false;
          for (TimelineEvent r : done) {
            for (EventRecord rec : r.outputs()) {
              if (rec instanceof LabResult
                  && ((LabResult) rec).loinc().equals("30934-4")
                  && ((LabResult) rec).date().equals(e.scheduledDate())) {
                high |= ((LabResult) rec).value() >= 400;
              }
            }
          }
          assertThat(high).as(e.timelineEventId()).isTrue();
        }
      }
    }
    assertThat(admissions).isGreaterThan(300);
  }

  private static boolean hasExecuted(Timeline t, MemberEventType type) {
    return executed(t).stream().anyMatch(e -> e.eventType() == type);
  }

  static List<TimelineEvent> executed(Timeline t) {
    return t.events().stream().filter(e -> e.status() == EventStatus.EXECUTED).toList();
  }

  private static double mean(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }
}
