package org.healthsim.generation.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.seed.Seeds;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.Product;
import org.healthsim.core.validation.SpecValidationException;
import org.junit.jupiter.api.Test;

class JourneyEngineTest {

  private static final LocalDate START = LocalDate.of(2025, 1, 1);

  private static JourneySpecification journey(String events) {
    return SpecReader.journeyFromString(
        "{\"journey_id\": \"j\", \"products\": [\"patientsim\"], \"events\": " + events + "}");
  }

  private static List<TimelineEvent> pending(Timeline t) {
    return t.events().stream().filter(e -> e.status() == EventStatus.PENDING).toList();
  }

  @Test
  void frameworkGuideExampleTwo() {
    JourneySpecification journey =
        Journeys.createSimpleJourney(
            "diabetes-care",
            "Diabetes Care Journey",
            List.of(
                Map.of(
                    "event_id",
                    "dx",
                    "name",
                    "Diagnosis",
                    "event_type",
                    "diagnosis",
                    "delay",
                    Map.of("days", 0)),
                Map.of(
                    "event_id",
                    "lab",
                    "name",
                    "Initial A1C",
                    "event_type",
                    "lab_order",
                    "delay",
                    Map.of("days", 7),
                    "depends_on",
                    "dx"),
                Map.of(
                    "event_id",
                    "med",
                    "name",
                    "Start Metformin",
                    "event_type",
                    "medication_order",
                    "delay",
                    Map.of("days", 3),
                    "depends_on",
                    "dx")));
    JourneyEngine engine = new JourneyEngine(42);
    Map<String, Object> patient = Map.of("patient_id", "P001", "name", "John Doe");
    Timeline timeline = engine.createTimeline(patient, "patient", journey, START);

    assertThat(timeline.entityId()).isEqualTo("P001");
    assertThat(timeline.events())
        .extracting(
            TimelineEvent::scheduledDate, TimelineEvent::eventName, e -> e.eventType().wireName())
        .containsExactly(
            tuple(LocalDate.of(2025, 1, 1), "Diagnosis", "diagnosis"),
            tuple(LocalDate.of(2025, 1, 4), "Start Metformin", "medication_order"),
            tuple(LocalDate.of(2025, 1, 8), "Initial A1C", "lab_order"));
    assertThat(timeline.events())
        .allSatisfy(e -> assertThat(e.product()).isEqualTo(Product.PATIENTSIM));
  }

  @Test
  void forwardReferencesScheduleAfterTheirParent() {
    Timeline t =
        new JourneyEngine(1)
            .createTimeline(
                Map.of("id", "X"),
                "member",
                journey(
                    "[{\"event_id\": \"notice\", \"depends_on\": \"term\", \"delay\": {\"days\": 5}},"
                        + " {\"event_id\": \"term\", \"delay\": {\"days\": 20}}]"),
                START);
    assertThat(t.events())
        .extracting(TimelineEvent::eventId, TimelineEvent::scheduledDate)
        .containsExactly(tuple("term", START.plusDays(20)), tuple("notice", START.plusDays(25)));
  }

  @Test
  void aSkippedEventSkipsItsDependentsWithTheReason() {
    Timeline t =
        new JourneyEngine(1)
            .createTimeline(
                Map.of("patient_id", "P1", "age", 50),
                "patient",
                journey(
                    "[{\"event_id\": \"awv\", \"event_type\": \"encounter\", \"conditions\":"
                        + " [{\"field\": \"entity.age\", \"operator\": \"gte\", \"value\": 65}]},"
                        + " {\"event_id\": \"lab\", \"event_type\": \"lab_order\", \"depends_on\": \"awv\"},"
                        + " {\"event_id\": \"result\", \"event_type\": \"lab_result\", \"depends_on\": \"lab\"}]"),
                START);
    assertThat(t.events())
        .extracting(TimelineEvent::eventId, TimelineEvent::status, TimelineEvent::reason)
        .containsExactlyInAnyOrder(
            tuple("awv", EventStatus.SKIPPED, "condition entity.age gte 65 does not hold"),
            tuple("lab", EventStatus.SKIPPED, "depends on awv, which was skipped"),
            tuple("result", EventStatus.SKIPPED, "depends on lab, which was skipped"));
  }

  @Test
  void eventsPastTheDurationAreNotScheduled() {
    JourneySpecification j =
        SpecReader.journeyFromString(
            "{\"journey_id\": \"j\", \"duration_days\": 30, \"events\": [{\"event_id\": \"a\","
                + " \"delay\": {\"days\": 29}}, {\"event_id\": \"b\", \"delay\": {\"days\": 30}}]}");
    Timeline t = new JourneyEngine(1).createTimeline(Map.of("id", "X"), "member", j, START);
    assertThat(pending(t)).extracting(TimelineEvent::eventId).containsExactly("a");
    assertThat(t.event("X:j:b:0").orElseThrow().reason())
        .isEqualTo("falls after the journey's 30 days");
  }

  @Test
  void repeatsAreSpacedWithJitterAndCountTheFirst() {
    JourneySpecification j =
        journey(
            "[{\"event_id\": \"a1c\", \"event_type\": \"lab_order\", \"calendar\": \"any_day\","
                + " \"repeat\": {\"every_days\": 90, \"count\": 4, \"jitter_days\": 7}}]");
    for (int n = 0; n < 200; n++) {
      Timeline t = new JourneyEngine(n).createTimeline(Map.of("id", "X"), "patient", j, START);
      List<TimelineEvent> events = t.events();
      assertThat(events).extracting(TimelineEvent::occurrence).containsExactly(0, 1, 2, 3);
      assertThat(events.get(0).scheduledDate()).isEqualTo(START);
      for (int k = 1; k < 4; k++) {
        long gap =
            ChronoUnit.DAYS.between(
                events.get(k - 1).scheduledDate(), events.get(k).scheduledDate());
        assertThat(gap).isBetween(83L, 97L);
      }
    }
  }

  @Test
  void aTimelineDependsOnlyOnItsEntityNotOnOthersOrOrder() {
    JourneySpecification j =
        journey(
            "[{\"event_id\": \"a\", \"probability\": 0.5, \"delay\": {\"days_min\": 0, \"days_max\": 30}},"
                + " {\"event_id\": \"b\", \"depends_on\": \"a\", \"delay\": {\"days_min\": 1, \"days_max\": 9}}]");
    JourneyEngine engine = new JourneyEngine(7);
    List<Timeline> forward = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      forward.add(engine.createTimeline(Map.of("id", "E" + i), "patient", j, START));
    }
    JourneyEngine other = new JourneyEngine(7);
    for (int i = 49; i >= 0; i--) {
      Timeline alone = other.createTimeline(Map.of("id", "E" + i), "patient", j, START);
      assertThat(alone.events()).isEqualTo(forward.get(i).events());
    }
  }

  @Test
  void executionRunsHandlersInOrderAndIsIdempotent() {
    JourneyEngine engine = JourneyEngine.withoutHandlers(3);
    List<String> seen = new ArrayList<>();
    engine.registerHandler(
        Product.PATIENTSIM,
        BaseEventType.MILESTONE,
        c -> {
          seen.add(c.event().eventId() + "@" + c.date() + " " + c.parameters());
          return HandlerResult.of();
        });
    Map<String, Object> entity = Map.of("patient_id", "P9", "age", 70);
    Timeline t =
        engine.createTimeline(
            entity,
            "patient",
            journey(
                "[{\"event_id\": \"b\", \"delay\": {\"days\": 10}, \"parameters\": {\"note\": \"age ${entity.age}\", \"age\": \"${entity.age}\"}},"
                    + " {\"event_id\": \"a\", \"delay\": {\"days\": 2}}]"),
            START);

    assertThat(engine.executeTimeline(t, entity, START.plusDays(5)))
        .extracting(TimelineEvent::eventId)
        .containsExactly("a");
    assertThat(engine.executeTimeline(t, entity, START.plusDays(5))).isEmpty();
    assertThat(engine.executeTimeline(t, entity, START.plusDays(30)))
        .extracting(TimelineEvent::eventId)
        .containsExactly("b");
    assertThat(seen).containsExactly("a@2025-01-03 {}", "b@2025-01-11 {note=age 70, age=70}");
    assertThat(t.events()).allSatisfy(e -> assertThat(e.status()).isEqualTo(EventStatus.EXECUTED));
  }

  @Test
  void plannedEventsHaveTheDocumentedIdsAndSeedsForEveryEntityAndHoweverManyIds() {
    // 5,000 ids: past the 4,096 whose hash and id middle the engine keeps for all entities.
    JourneyEngine engine = JourneyEngine.withoutHandlers(11);
    engine.registerPlanner(
        new JourneyPlanner() {
          @Override
          public String name() {
            return "many-ids";
          }

          @Override
          public void plan(PlanRequest request) {
            for (int i = 0; i < 5_000; i++) {
              for (int k = 0; k < (i % 1_000 == 0 ? 3 : 1); k++) {
                request.add(
                    "e" + i,
                    k,
                    "E",
                    Product.PATIENTSIM,
                    BaseEventType.MILESTONE,
                    request.start(),
                    TimelineEvent.NORMAL_PRIORITY,
                    Map.of());
              }
            }
          }

          @Override
          public java.util.Set<String> followUpTypes(String eventId) {
            return java.util.Set.of();
          }
        });
    JourneySpecification planned =
        SpecReader.journeyFromString(
            "{\"journey_id\": \"j\", \"products\": [\"patientsim\"], \"planner\": \"many-ids\"}");
    for (String id : List.of("P1", "P2")) {
      Map<String, Object> entity = Map.of("patient_id", id);
      long entitySeed = JourneyEntity.of(entity, 11).seed();
      Timeline t = engine.createTimeline(entity, "patient", planned, START);

      assertThat(t.events()).hasSize(5_010);
      assertThat(t.events())
          .allSatisfy(
              e -> {
                assertThat(e.timelineEventId())
                    .isEqualTo(id + ":j:" + e.eventId() + ":" + e.occurrence());
                long expected =
                    Seeds.mix(
                        Seeds.mix(entitySeed, Seeds.hash("j/" + e.eventId())), e.occurrence());
                assertThat(e.seed()).as(e.timelineEventId()).isEqualTo(expected);
              });
    }
  }

  @Test
  void aPlannersParametersReachTheHandlerAsWrittenAndReadOnly() {
    JourneyEngine engine = JourneyEngine.withoutHandlers(3);
    List<Map<String, Object>> seen = new ArrayList<>();
    engine.registerHandler(
        Product.PATIENTSIM,
        BaseEventType.MILESTONE,
        c -> {
          seen.add(c.parameters());
          return HandlerResult.of();
        });
    engine.registerPlanner(
        new JourneyPlanner() {
          @Override
          public String name() {
            return "literal";
          }

          @Override
          public void plan(PlanRequest request) {
            Map<String, Object> parameters = new java.util.LinkedHashMap<>();
            parameters.put("note", "age ${entity.age}");
            parameters.put("age", "${entity.age}");
            request.add(
                "m",
                0,
                "Milestone",
                Product.PATIENTSIM,
                BaseEventType.MILESTONE,
                request.start(),
                TimelineEvent.NORMAL_PRIORITY,
                parameters);
          }

          @Override
          public java.util.Set<String> followUpTypes(String eventId) {
            return java.util.Set.of();
          }
        });
    Map<String, Object> entity = Map.of("patient_id", "P9", "age", 70);
    JourneySpecification planned =
        SpecReader.journeyFromString(
            "{\"journey_id\": \"p\", \"products\": [\"patientsim\"], \"planner\": \"literal\"}");
    Timeline t = engine.createTimeline(entity, "patient", planned, START);
    engine.executeTimeline(t, entity, START);

    assertThat(t.events()).extracting(TimelineEvent::status).containsExactly(EventStatus.EXECUTED);
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0).toString()).isEqualTo("{note=age ${entity.age}, age=${entity.age}}");
    Map<String, Object> kept = t.events().get(0).parameters();
    assertThat(kept).isEqualTo(Map.of("note", "age ${entity.age}", "age", "${entity.age}"));
    assertThatThrownBy(() -> kept.put("age", 70)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> kept.entrySet().iterator().next().setValue(70))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> kept.keySet().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> kept.values().remove("${entity.age}"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aMissingParameterOrAFailingHandlerFailsTheEventWithTheReason() {
    JourneyEngine engine = JourneyEngine.withoutHandlers(3);
    engine.registerHandler(Product.PATIENTSIM, BaseEventType.MILESTONE, c -> HandlerResult.of());
    engine.registerHandler(
        Product.PATIENTSIM,
        PatientEventType.REFERRAL,
        c -> {
          throw new IllegalStateException("no specialist in network");
        });
    Map<String, Object> entity = Map.of("patient_id", "P9");
    Timeline t =
        engine.createTimeline(
            entity,
            "patient",
            journey(
                "[{\"event_id\": \"a\", \"parameters\": {\"icd10\": \"${entity.dx}\"}},"
                    + " {\"event_id\": \"r\", \"event_type\": \"referral\"},"
                    + " {\"event_id\": \"o\", \"event_type\": \"observation\"}]"),
            START);
    engine.executeTimeline(t, entity, START);
    assertThat(t.events())
        .extracting(TimelineEvent::eventId, TimelineEvent::status, TimelineEvent::reason)
        .containsExactly(
            tuple(
                "a",
                EventStatus.FAILED,
                "parameter icd10: ${entity.dx} has no value for this entity"),
            tuple("r", EventStatus.FAILED, "no specialist in network"),
            tuple("o", EventStatus.FAILED, "no handler for patientsim observation"));
  }

  @Test
  void anEndingHandlerSkipsTheRestOfItsJourneyAndProduct() {
    JourneyEngine engine = JourneyEngine.withoutHandlers(3);
    engine.registerHandler(
        Product.TRIALSIM, TrialEventType.SCREENING, c -> HandlerResult.ending("screen failed"));
    engine.registerHandler(
        Product.TRIALSIM, TrialEventType.SCHEDULED_VISIT, c -> HandlerResult.of());
    Map<String, Object> entity = Map.of("subject_id", "S1");
    Timeline t =
        engine.createTimeline(
            entity,
            "subject",
            SpecReader.journeyFromString(
                "{\"journey_id\": \"t\", \"events\": [{\"event_id\": \"screen\", \"event_type\": \"screening\"},"
                    + " {\"event_id\": \"v1\", \"event_type\": \"scheduled_visit\", \"depends_on\": \"screen\", \"delay\": {\"days\": 14}}]}"),
            START);
    engine.executeTimeline(t, entity, START.plusYears(1));
    assertThat(t.event("S1:t:v1:0").orElseThrow())
        .extracting(TimelineEvent::status, TimelineEvent::reason)
        .containsExactly(EventStatus.SKIPPED, "the journey ended at screen: screen failed");
  }

  @Test
  void unknownEventTypesAndWrongProductsAreSpecErrors() {
    assertThatThrownBy(
            () ->
                new JourneyEngine(1)
                    .createTimeline(
                        Map.of("id", "X"),
                        "patient",
                        journey(
                            "[{\"event_id\": \"a\", \"event_type\": \"lab_ordr\"},"
                                + " {\"event_id\": \"b\", \"event_type\": \"diagnosis\", \"product\": \"membersim\"}]"),
                        START))
        .isInstanceOfSatisfying(
            SpecValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Object::toString)
                    .containsExactly(
                        "events[0].event_type = lab_ordr: unknown event type (see docs/journeys.md for the list); did you mean lab_order?",
                        "events[1].product = membersim: a diagnosis event belongs to patientsim"));
  }

  @Test
  void anEntityNeedsAnId() {
    assertThatThrownBy(
            () ->
                new JourneyEngine(1)
                    .createTimeline(
                        Map.of("name", "John"),
                        "patient",
                        journey("[{\"event_id\": \"a\"}]"),
                        START))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the entity has no id");
  }

  @Test
  void occurrenceSeedsAreTheDocumentedEventSeeds() {
    JourneyEngine engine = new JourneyEngine(42);
    Map<String, Object> entity = Map.of("id", "X");
    Timeline t =
        engine.createTimeline(
            entity,
            "patient",
            journey("[{\"event_id\": \"a\", \"repeat\": {\"every_days\": 7, \"count\": 3}}]"),
            START);
    long entitySeed = JourneyEntity.of(entity, 42).seed();
    for (TimelineEvent e : t.events()) {
      assertThat(e.seed())
          .isEqualTo(
              org.healthsim.core.seed.SeedHierarchy.eventSeed(
                  entitySeed, "j", "a", e.occurrence()));
    }
  }

  @Test
  void everyEventTypeOfTheGuideExists() {
    assertThat(EventTypes.names()).hasSize(48); // the guide's 46, death and post_acute_care
    assertThat(PatientEventType.values()).hasSize(14); // the guide's 12, death, post_acute_care
    assertThat(MemberEventType.values()).hasSize(8);
    assertThat(RxEventType.values()).hasSize(9);
    assertThat(TrialEventType.values()).hasSize(9);
    assertThat(EventTypes.byName("claim_pharmacy").orElseThrow().product())
        .contains(Product.MEMBERSIM);
  }
}
