package org.healthsim.generation.journey;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * What cannot happen, whatever a journey or a trigger scheduled: nothing after the entity's death;
 * nothing billable (claims, fills, refills) after coverage ends until a new enrolment; no office
 * visit or retail fill while the entity is in hospital. Checked when an event is about to execute;
 * a forbidden event is skipped with the rule as its reason.
 */
final class LifeRules {

  /** Event types a payer or a pharmacy benefit bills. */
  private static final Set<EventType> BILLABLE =
      Set.of(
          MemberEventType.CLAIM_PROFESSIONAL,
          MemberEventType.CLAIM_INSTITUTIONAL,
          MemberEventType.CLAIM_PHARMACY,
          RxEventType.FILL,
          RxEventType.REFILL);

  /** Encounter types that need the patient out of hospital. */
  private static final Set<String> OUTPATIENT_ENCOUNTERS =
      Set.of("office", "specialist", "follow_up", "wellness", "telehealth");

  private LifeRules() {}

  /** Why {@code event} cannot execute now, or {@code null} when it can. */
  static String forbids(Timeline timeline, TimelineEvent event) {
    TimelineEvent death = timeline.death();
    // A death event on the day of a death already recorded (a discharge "expired") records its
    // cause.
    boolean causeOfThatDeath =
        death != null
            && event.eventType() == PatientEventType.DEATH
            && event.scheduledDate().equals(death.scheduledDate())
            && death.eventType() != PatientEventType.DEATH;
    if (death != null && !causeOfThatDeath && Timeline.ORDER.compare(event, death) > 0) {
      return "the entity died on " + death.scheduledDate();
    }
    LocalDate coverageEnded = timeline.coverageEnded();
    if (coverageEnded != null && BILLABLE.contains(event.eventType())) {
      return "coverage ended on " + coverageEnded;
    }
    LocalDate admitted = timeline.admittedOn();
    if (admitted != null && event.scheduledDate().isAfter(admitted) && outpatient(event)) {
      return "the entity is in hospital (admitted " + admitted + ")";
    }
    return null;
  }

  private static boolean outpatient(TimelineEvent event) {
    if (event.eventType() == RxEventType.FILL || event.eventType() == RxEventType.REFILL) {
      return true;
    }
    if (event.eventType() != PatientEventType.ENCOUNTER) {
      return false;
    }
    Object type = event.parameters().get("encounter_type");
    return OUTPATIENT_ENCOUNTERS.contains(
        type == null ? "office" : type.toString().toLowerCase(Locale.ROOT));
  }

  /** Updates the timeline's state after {@code done} executed. */
  static void record(Timeline timeline, TimelineEvent done) {
    for (EventRecord r : done.outputs()) {
      if (r instanceof RecordsDeath && ((RecordsDeath) r).isDeath()) {
        timeline.recordDeath(done);
      }
    }
    EventType type = done.eventType();
    if (type == MemberEventType.TERMINATION) {
      timeline.coverageEnded(done.scheduledDate());
    } else if (type == MemberEventType.NEW_ENROLLMENT) {
      timeline.coverageEnded(null);
    } else if (type == PatientEventType.ADMISSION) {
      timeline.admittedOn(done.scheduledDate());
    } else if (type == PatientEventType.DISCHARGE) {
      timeline.admittedOn(null);
    }
  }
}
