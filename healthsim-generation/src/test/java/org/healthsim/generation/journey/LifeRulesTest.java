package org.healthsim.generation.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.JourneySpecification;
import org.junit.jupiter.api.Test;

/** The engine's life rules, on journeys written to break them (REALISM-AUDIT.md 2g). */
class LifeRulesTest {

  private static final LocalDate START = LocalDate.of(2025, 3, 3);
  private static final Map<String, Object> PATIENT =
      Map.of(
          "patient_id", "P1", "member_id", "M1", "rx_member_id", "R1", "coverage_type", "Medicare");

  private static List<TimelineEvent> run(String events) {
    JourneySpecification journey =
        SpecReader.journeyFromString(
            "{\"journey_id\": \"rules\", \"products\": [\"patientsim\"], \"events\": ["
                + events
                + "]}");
    JourneyEngine engine = new JourneyEngine(7);
    Timeline t = engine.createTimeline(PATIENT, "patient", journey, START);
    engine.executeTimeline(t, PATIENT, START.plusDays(400));
    return t.events();
  }

  private static TimelineEvent event(List<TimelineEvent> events, String id) {
    return events.stream().filter(e -> e.eventId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void nothingExecutesAfterAnExpiredDischarge() {
    List<TimelineEvent> events =
        run(
            "{\"event_id\": \"admit\", \"event_type\": \"admission\"},"
                + "{\"event_id\": \"out\", \"event_type\": \"discharge\", \"depends_on\": \"admit\","
                + " \"delay\": {\"days\": 4}, \"parameters\": {\"disposition\": \"expired\"}},"
                + "{\"event_id\": \"visit\", \"event_type\": \"encounter\", \"depends_on\": \"out\", \"delay\": {\"days\": 10}},"
                + "{\"event_id\": \"a1c\", \"event_type\": \"lab_order\", \"depends_on\": \"out\","
                + " \"delay\": {\"days\": 11}, \"parameters\": {\"lab\": \"a1c\"}}");
    assertThat(event(events, "out").status()).isEqualTo(EventStatus.EXECUTED);
    assertThat(event(events, "visit").status()).isEqualTo(EventStatus.SKIPPED);
    assertThat(event(events, "visit").reason()).isEqualTo("the entity died on 2025-03-07");
    assertThat(event(events, "a1c").status()).isEqualTo(EventStatus.SKIPPED);
  }

  @Test
  void refillsStopAtTheAuthorisedCountAndAtTermination() {
    List<TimelineEvent> events =
        run(
            "{\"event_id\": \"rx\", \"event_type\": \"medication_order\", \"parameters\": {\"rxnorm\": \"314076\", \"refills\": 5}},"
                + "{\"event_id\": \"first\", \"event_type\": \"fill\", \"depends_on\": \"rx\", \"parameters\": {\"rxnorm\": \"314076\"}},"
                + "{\"event_id\": \"refill\", \"event_type\": \"refill\", \"depends_on\": \"first\","
                + " \"delay\": {\"days\": 30}, \"repeat\": {\"count\": 8, \"every_days\": 30}, \"parameters\": {\"rxnorm\": \"314076\"}}");
    List<TimelineEvent> refills =
        events.stream().filter(e -> e.eventId().equals("refill")).toList();
    assertThat(refills).hasSize(8);
    assertThat(refills.subList(0, 5)).allMatch(e -> e.status() == EventStatus.EXECUTED);
    assertThat(refills.subList(5, 8)).allMatch(e -> e.status() == EventStatus.SKIPPED);
    assertThat(refills.get(5).reason()).contains("past the 5 refills authorised");

    List<TimelineEvent> terminated =
        run(
            "{\"event_id\": \"rx\", \"event_type\": \"medication_order\", \"parameters\": {\"rxnorm\": \"314076\", \"refills\": 11}},"
                + "{\"event_id\": \"first\", \"event_type\": \"fill\", \"depends_on\": \"rx\", \"parameters\": {\"rxnorm\": \"314076\"}},"
                + "{\"event_id\": \"term\", \"event_type\": \"termination\", \"depends_on\": \"rx\", \"delay\": {\"days\": 45}},"
                + "{\"event_id\": \"refill\", \"event_type\": \"refill\", \"depends_on\": \"first\","
                + " \"delay\": {\"days\": 30}, \"repeat\": {\"count\": 3, \"every_days\": 30}, \"parameters\": {\"rxnorm\": \"314076\"}},"
                + "{\"event_id\": \"claim\", \"event_type\": \"claim_professional\", \"depends_on\": \"rx\", \"delay\": {\"days\": 60}, \"parameters\": {\"icd10\": \"I10\"}}");
    List<TimelineEvent> after =
        terminated.stream().filter(e -> e.eventId().equals("refill")).toList();
    assertThat(after.get(0).status()).isEqualTo(EventStatus.EXECUTED);
    assertThat(after.subList(1, 3)).allMatch(e -> e.reason().startsWith("coverage ended on"));
    assertThat(event(terminated, "claim").status()).isEqualTo(EventStatus.SKIPPED);
  }

  @Test
  void noOfficeVisitOrRetailFillDuringAStay() {
    List<TimelineEvent> events =
        run(
            "{\"event_id\": \"rx\", \"event_type\": \"medication_order\", \"parameters\": {\"rxnorm\": \"314076\"}},"
                + "{\"event_id\": \"admit\", \"event_type\": \"admission\", \"depends_on\": \"rx\", \"delay\": {\"days\": 1}},"
                + "{\"event_id\": \"visit\", \"event_type\": \"encounter\", \"depends_on\": \"admit\", \"delay\": {\"days\": 2}},"
                + "{\"event_id\": \"fill\", \"event_type\": \"fill\", \"depends_on\": \"admit\", \"delay\": {\"days\": 2}, \"parameters\": {\"rxnorm\": \"314076\"}},"
                + "{\"event_id\": \"out\", \"event_type\": \"discharge\", \"depends_on\": \"admit\", \"delay\": {\"days\": 5}},"
                + "{\"event_id\": \"after\", \"event_type\": \"encounter\", \"depends_on\": \"out\", \"delay\": {\"days\": 7}}");
    assertThat(event(events, "visit").reason())
        .isEqualTo("the entity is in hospital (admitted 2025-03-04)");
    assertThat(event(events, "fill").status()).isEqualTo(EventStatus.SKIPPED);
    assertThat(event(events, "after").status()).isEqualTo(EventStatus.EXECUTED);
  }
}
