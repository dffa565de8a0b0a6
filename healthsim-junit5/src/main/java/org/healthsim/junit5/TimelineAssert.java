package org.healthsim.junit5;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.journey.EventStatus;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.records.Claim;
import org.healthsim.generation.records.Fill;
import org.healthsim.generation.records.LabOrder;
import org.healthsim.generation.records.LabResult;
import org.healthsim.generation.records.MedicationOrder;
import org.healthsim.generation.records.Prescription;

/**
 * AssertJ assertions on a {@link Timeline}: {@code assertThat(timeline).isCoherent()}. Failures
 * name the entity and the event.
 */
public final class TimelineAssert extends AbstractAssert<TimelineAssert, Timeline> {

  TimelineAssert(Timeline actual) {
    super(actual, TimelineAssert.class);
  }

  /**
   * Nothing happens before what it follows: events are in timeline order (date, priority, the order
   * scheduled), none is dated before the timeline's start, and each event a trigger created is
   * dated on or after the event that triggered it.
   */
  public TimelineAssert isChronological() {
    isNotNull();
    Map<String, LocalDate> dates = new HashMap<>();
    TimelineEvent previous = null;
    for (TimelineEvent e : actual.events()) {
      if (previous != null && Timeline.ORDER.compare(previous, e) > 0) {
        failWithMessage(
            "%s: %s (%s) comes after %s (%s)",
            actual.entityId(),
            e.timelineEventId(),
            e.scheduledDate(),
            previous.timelineEventId(),
            previous.scheduledDate());
      }
      if (e.scheduledDate().isBefore(actual.startDate())) {
        failWithMessage(
            "%s: %s is dated %s, before the timeline starts on %s",
            actual.entityId(), e.timelineEventId(), e.scheduledDate(), actual.startDate());
      }
      dates.put(e.timelineEventId(), e.scheduledDate());
      previous = e;
    }
    for (TimelineEvent e : actual.events()) {
      LocalDate source = e.triggeredBy() == null ? null : dates.get(e.triggeredBy());
      if (source != null && e.scheduledDate().isBefore(source)) {
        failWithMessage(
            "%s: %s on %s precedes %s on %s, which triggered it",
            actual.entityId(), e.timelineEventId(), e.scheduledDate(), e.triggeredBy(), source);
      }
    }
    return this;
  }

  /** No event failed (a skipped event, with its reason, is fine). */
  public TimelineAssert hasNoFailedEvents() {
    isNotNull();
    for (TimelineEvent e : actual.events()) {
      if (e.status() == EventStatus.FAILED) {
        failWithMessage("%s: %s failed: %s", actual.entityId(), e.timelineEventId(), e.reason());
      }
    }
    return this;
  }

  /**
   * Every claim is dated on or after the end of the service it bills, which ends after it starts.
   */
  public TimelineAssert everyClaimFollowsItsService() {
    isNotNull();
    for (TimelineEvent e : actual.events()) {
      for (EventRecord r : executedOutputs(e)) {
        if (r instanceof Claim) {
          Claim c = (Claim) r;
          if (e.scheduledDate().isBefore(c.serviceEndDate())
              || c.serviceEndDate().isBefore(c.serviceDate())) {
            failWithMessage(
                "%s: %s on %s bills a service from %s to %s",
                actual.entityId(),
                e.timelineEventId(),
                e.scheduledDate(),
                c.serviceDate(),
                c.serviceEndDate());
          }
        }
      }
    }
    return this;
  }

  /** Every lab result answers an order made on or before its date. */
  public TimelineAssert everyResultFollowsItsOrder() {
    return followsItsRequest(
        r -> r instanceof LabOrder ? ((LabOrder) r).orderId() : null,
        r -> r instanceof LabResult ? ((LabResult) r).orderId() : null,
        "answers order",
        "made");
  }

  /**
   * Every fill follows the prescription (pharmacy) or medication order (patient record, whose
   * trigger creates the fill) it dispenses, written on or before its date.
   */
  public TimelineAssert everyFillFollowsItsPrescription() {
    return followsItsRequest(
        r ->
            r instanceof Prescription
                ? ((Prescription) r).rxNumber()
                : r instanceof MedicationOrder ? ((MedicationOrder) r).orderId() : null,
        r -> r instanceof Fill ? ((Fill) r).rxNumber() : null,
        "fills",
        "written");
  }

  /**
   * Fails at the first record that answers a request ({@code answerOf} gives the request's id) not
   * made on or before its date ({@code requestOf} gives a request's id).
   */
  private TimelineAssert followsItsRequest(
      Function<EventRecord, String> requestOf,
      Function<EventRecord, String> answerOf,
      String verb,
      String made) {
    isNotNull();
    Map<String, LocalDate> requests = new HashMap<>();
    for (TimelineEvent e : actual.events()) {
      for (EventRecord r : executedOutputs(e)) {
        String request = requestOf.apply(r);
        String answered = answerOf.apply(r);
        if (request != null) {
          requests.put(request, e.scheduledDate());
        } else if (answered != null) {
          LocalDate date = requests.get(answered);
          if (date == null || e.scheduledDate().isBefore(date)) {
            failWithMessage(
                "%s: %s on %s %s %s, %s",
                actual.entityId(),
                e.timelineEventId(),
                e.scheduledDate(),
                verb,
                answered,
                date == null ? "not " + made + " before it" : made + " on " + date);
          }
        }
      }
    }
    return this;
  }

  /**
   * At least one executed event of {@code eventType} ({@code "diagnosis"}, {@code "lab_result"}).
   */
  public TimelineAssert hasExecutedEvent(String eventType) {
    isNotNull();
    boolean found =
        actual.events().stream()
            .anyMatch(
                e ->
                    e.status() == EventStatus.EXECUTED
                        && e.eventType().wireName().equals(eventType));
    if (!found) {
      failWithMessage("%s: no executed %s event", actual.entityId(), eventType);
    }
    return this;
  }

  /** All of the above but {@link #hasExecutedEvent}: what a generated timeline should be. */
  public TimelineAssert isCoherent() {
    return isChronological()
        .hasNoFailedEvents()
        .everyClaimFollowsItsService()
        .everyResultFollowsItsOrder()
        .everyFillFollowsItsPrescription();
  }

  private static Iterable<EventRecord> executedOutputs(TimelineEvent e) {
    return e.status() == EventStatus.EXECUTED ? e.outputs() : java.util.List.of();
  }
}
