package org.healthsim.generation.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.validation.SpecValidationException;
import org.healthsim.generation.internal.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;

/** Written events on business days: by their type's default, or by their own {@code calendar}. */
class EventCalendarTest {

  private static final LocalDate START = LocalDate.of(2025, 1, 1);

  private static JourneySpecification journey(int days, String events) {
    return SpecReader.journeyFromString(
        "{\"journey_id\": \"j\", \"products\": [\"patientsim\", \"membersim\"], \"duration_days\": "
            + days
            + ", \"events\": "
            + events
            + "}");
  }

  private static String event(String id, String type, String extra) {
    return "{\"event_id\": \""
        + id
        + "\", \"event_type\": \""
        + type
        + "\", \"delay\": {\"days_min\": 0, \"days_max\": 364}"
        + extra
        + "}";
  }

  @Test
  void scheduledCareFallsOnBusinessDaysAndEmergenciesOnAnyDay() {
    JourneySpecification j =
        journey(
            366,
            "["
                + String.join(
                    ", ",
                    event("office", "encounter", ""),
                    event(
                        "specialist",
                        "encounter",
                        ", \"parameters\": {\"encounter_type\": \"specialist\"}"),
                    event("lab", "lab_order", ""),
                    event(
                        "elective",
                        "admission",
                        ", \"parameters\": {\"admission_type\": \"elective\"}"),
                    event("outpatient", "procedure", ", \"parameters\": {\"cpt\": \"93306\"}"),
                    event(
                        "claim_on_business_day",
                        "claim_professional",
                        ", \"calendar\": \"business_day\""),
                    event(
                        "ed", "encounter", ", \"parameters\": {\"encounter_type\": \"emergency\"}"),
                    event("stat", "lab_order", ", \"parameters\": {\"priority\": \"stat\"}"),
                    event("urgent", "admission", ""),
                    event(
                        "inpatient",
                        "procedure",
                        ", \"parameters\": {\"place_of_service\": \"21\"}"),
                    event("office_any_day", "encounter", ", \"calendar\": \"any_day\""))
                + "]");
    List<String> businessOnly =
        List.of("office", "specialist", "lab", "elective", "outpatient", "claim_on_business_day");
    Map<String, Integer> weekends = new HashMap<>();
    int entities = 400;
    JourneyEngine engine = new JourneyEngine(11);
    for (int i = 0; i < entities; i++) {
      Timeline t = engine.createTimeline(Map.of("id", "E" + i), "patient", j, START);
      for (TimelineEvent e : t.events()) {
        if (businessOnly.contains(e.eventId())) {
          assertThat(BusinessCalendar.isBusinessDay(e.scheduledDate()))
              .as("%s on %s", e.eventId(), e.scheduledDate())
              .isTrue();
        } else if (e.scheduledDate().getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue()) {
          weekends.merge(e.eventId(), 1, Integer::sum);
        }
      }
    }
    // Uniform days put 2/7 = 0.286 of each on a weekend (sd 0.023 at 400); 0.20-0.37 is 3.7 sd
    // either side, a false failure about once in 5,000 runs per event, and no business-day
    // calendar would put any there.
    for (String id : List.of("ed", "stat", "urgent", "inpatient", "office_any_day")) {
      assertThat(weekends.getOrDefault(id, 0) / (double) entities).as(id).isBetween(0.20, 0.37);
    }
  }

  @Test
  void aRepeatKeepsItsRhythmAndOnlyTheDayMoves() {
    JourneySpecification j =
        journey(
            365,
            "[{\"event_id\": \"a1c\", \"event_type\": \"lab_order\","
                + " \"repeat\": {\"every_days\": 90, \"count\": 4}}]");
    Timeline t = new JourneyEngine(3).createTimeline(Map.of("id", "X"), "patient", j, START);
    assertThat(t.events())
        .extracting(TimelineEvent::scheduledDate)
        .containsExactly(
            LocalDate.of(2025, 1, 2), // New Year's Day moves to Thursday
            LocalDate.of(2025, 4, 1),
            LocalDate.of(2025, 6, 30),
            LocalDate.of(2025, 9, 29)); // day 270 is Sunday 28 September
  }

  @Test
  void dependentsFollowTheMovedDateAndTheWindowStillEnds() {
    JourneySpecification j =
        journey(
            10,
            "[{\"event_id\": \"visit\", \"event_type\": \"encounter\", \"delay\": {\"days\": 2}},"
                + " {\"event_id\": \"result\", \"event_type\": \"lab_result\", \"depends_on\": \"visit\","
                + "  \"delay\": {\"days\": 1}},"
                + " {\"event_id\": \"late\", \"event_type\": \"encounter\", \"delay\": {\"days\": 9}}]");
    // Start Thursday 2 January 2025: the visit drawn for Saturday the 4th is held Monday the 6th,
    // its result a day later; a visit drawn for Saturday the 11th would be held Monday the 13th,
    // outside the 10-day window (which ends on the 12th).
    Timeline t =
        new JourneyEngine(3)
            .createTimeline(Map.of("id", "X"), "patient", j, LocalDate.of(2025, 1, 2));
    assertThat(t.event("X:j:visit:0").orElseThrow().scheduledDate())
        .isEqualTo(LocalDate.of(2025, 1, 6));
    assertThat(t.event("X:j:result:0").orElseThrow().scheduledDate())
        .isEqualTo(LocalDate.of(2025, 1, 7));
    TimelineEvent late = t.event("X:j:late:0").orElseThrow();
    assertThat(late.status()).isEqualTo(EventStatus.SKIPPED);
    assertThat(late.reason()).isEqualTo("falls after the journey's 10 days");
  }

  @Test
  void anUnknownCalendarNamesItsPathAndTheChoices() {
    assertThatThrownBy(
            () ->
                journey(
                    30,
                    "[{\"event_id\": \"v\", \"event_type\": \"encounter\", \"calendar\":"
                        + " \"business_days\"}]"))
        .isInstanceOf(SpecValidationException.class)
        .hasMessageContaining("events[0].calendar")
        .hasMessageContaining("any_day, business_day")
        .hasMessageContaining("did you mean business_day?");
  }
}
