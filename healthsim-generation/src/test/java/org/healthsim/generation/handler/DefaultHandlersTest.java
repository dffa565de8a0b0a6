package org.healthsim.generation.handler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.journey.EventStatus;
import org.healthsim.generation.journey.EventTypes;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.generation.providers.Npi;
import org.healthsim.generation.records.Claim;
import org.healthsim.generation.records.ClaimLine;
import org.healthsim.generation.records.Fill;
import org.healthsim.generation.records.LabOrder;
import org.healthsim.generation.records.LabResult;
import org.healthsim.generation.records.PharmacyClaim;
import org.healthsim.generation.template.ProfileTemplates;
import org.junit.jupiter.api.Test;

class DefaultHandlersTest {

  private static final LocalDate START = LocalDate.of(2025, 1, 1);

  /** One journey per product that uses every one of its event types, in a workable order. */
  private static final String EVERY_TYPE =
      """
      {"journey_id": "everything", "products": ["patientsim"], "events": [
        {"event_id": "start", "event_type": "journey_start"},
        {"event_id": "visit", "event_type": "encounter", "delay": {"days": 1}},
        {"event_id": "dx", "event_type": "diagnosis", "depends_on": "visit", "parameters": {"icd10": "E11.9", "description": "Type 2 diabetes mellitus without complications"}},
        {"event_id": "vitals", "event_type": "observation", "depends_on": "visit"},
        {"event_id": "a1c", "event_type": "lab_order", "depends_on": "visit", "parameters": {"loinc": "4548-4"}},
        {"event_id": "a1c_result", "event_type": "lab_result", "depends_on": "a1c", "delay": {"days": 2}},
        {"event_id": "metformin", "event_type": "medication_order", "depends_on": "dx", "parameters": {"rxnorm": "860975"}},
        {"event_id": "echo", "event_type": "procedure", "depends_on": "visit", "delay": {"days": 5}, "parameters": {"cpt": "93306"}},
        {"event_id": "eye", "event_type": "referral", "depends_on": "dx", "delay": {"days": 3}, "parameters": {"specialty": "ophthalmology"}},
        {"event_id": "plan", "event_type": "care_plan_update", "depends_on": "dx", "delay": {"days": 4}},
        {"event_id": "admit", "event_type": "admission", "delay": {"days": 40}, "parameters": {"admission_type": "emergency"}},
        {"event_id": "icu", "event_type": "transfer", "depends_on": "admit", "delay": {"days": 1}},
        {"event_id": "home", "event_type": "discharge", "depends_on": "admit", "delay": {"days": 4}, "parameters": {"disposition": "home_health"}},
        {"event_id": "enroll", "event_type": "new_enrollment", "product": "membersim"},
        {"event_id": "prof", "event_type": "claim_professional", "depends_on": "dx", "delay": {"days": 3}},
        {"event_id": "inst", "event_type": "claim_institutional", "depends_on": "home", "delay": {"days": 5}},
        {"event_id": "rxclaim", "event_type": "claim_pharmacy", "depends_on": "metformin", "delay": {"days": 1}},
        {"event_id": "gap", "event_type": "gap_identified", "depends_on": "dx", "delay": {"days": 30}},
        {"event_id": "gap_done", "event_type": "gap_closed", "depends_on": "gap", "delay": {"days": 10}},
        {"event_id": "switch", "event_type": "plan_change", "delay": {"days": 60}, "parameters": {"new_plan": "Medicare Advantage"}},
        {"event_id": "newrx", "event_type": "new_rx", "depends_on": "metformin"},
        {"event_id": "fill", "event_type": "fill", "depends_on": "newrx", "delay": {"days": 1}},
        {"event_id": "therapy", "event_type": "therapy_start", "depends_on": "fill"},
        {"event_id": "refill", "event_type": "refill", "depends_on": "fill", "delay": {"days": 30}},
        {"event_id": "reverse", "event_type": "reversal", "depends_on": "refill", "delay": {"days": 1}},
        {"event_id": "switch_drug", "event_type": "therapy_change", "depends_on": "refill", "delay": {"days": 10}, "parameters": {"new_rxnorm": "1373463"}},
        {"event_id": "gap_rx", "event_type": "adherence_gap", "depends_on": "refill", "delay": {"days": 60}},
        {"event_id": "mpr", "event_type": "mpr_threshold", "depends_on": "refill", "delay": {"days": 90}},
        {"event_id": "stop", "event_type": "therapy_discontinue", "depends_on": "mpr", "delay": {"days": 1}},
        {"event_id": "screen", "event_type": "screening", "delay": {"days": 100}, "parameters": {"pass_rate": 1.0}},
        {"event_id": "rand", "event_type": "randomization", "depends_on": "screen", "delay": {"days": 7}},
        {"event_id": "v1", "event_type": "scheduled_visit", "depends_on": "rand", "parameters": {"visit_name": "Baseline"}},
        {"event_id": "uv", "event_type": "unscheduled_visit", "depends_on": "v1", "delay": {"days": 9}},
        {"event_id": "ae", "event_type": "adverse_event", "depends_on": "v1", "delay": {"days": 5}},
        {"event_id": "sae", "event_type": "serious_adverse_event", "depends_on": "v1", "delay": {"days": 6}},
        {"event_id": "pd", "event_type": "protocol_deviation", "depends_on": "v1", "delay": {"days": 7}},
        {"event_id": "dose", "event_type": "dose_modification", "depends_on": "ae", "delay": {"days": 1}},
        {"event_id": "bye", "event_type": "withdrawal", "depends_on": "v1", "delay": {"days": 30}},
        {"event_id": "term", "event_type": "termination", "delay": {"days": 300}},
        {"event_id": "m1", "event_type": "milestone", "delay": {"days": 2}},
        {"event_id": "created", "event_type": "entity_created"},
        {"event_id": "updated", "event_type": "entity_updated", "delay": {"days": 3}},
        {"event_id": "out", "event_type": "trigger_outbound", "delay": {"days": 4}},
        {"event_id": "in", "event_type": "trigger_received", "delay": {"days": 5}},
        {"event_id": "ended", "event_type": "entity_terminated", "delay": {"days": 340}},
        {"event_id": "finish", "event_type": "journey_end", "delay": {"days": 350}}
      ]}
      """;

  private static GeneratedEntity patient() {
    return new ProfileExecutor(42).generateEntity(ProfileTemplates.get("medicare-diabetic"), 3);
  }

  @Test
  void everyEventTypeHasAHandlerAndAJourneyOfThemAllExecutes() {
    JourneySpecification journey = SpecReader.journeyFromString(EVERY_TYPE);
    assertThat(journey.events().stream().map(e -> e.eventType()).distinct())
        .hasSize(EventTypes.names().size());
    JourneyEngine engine = new JourneyEngine(42);
    GeneratedEntity patient = patient();
    Timeline t = engine.createTimeline(patient, "patient", journey, START);
    engine.executeTimeline(t, patient, START.plusYears(1));

    assertThat(t.events())
        .allSatisfy(
            e ->
                assertThat(e.status())
                    .as("%s: %s", e.eventId(), e.reason())
                    .isEqualTo(EventStatus.EXECUTED));
    assertThat(t.events()).allSatisfy(e -> assertThat(e.outputs()).as(e.eventId()).isNotEmpty());
  }

  @Test
  void recordsAreCoherent() {
    JourneyEngine engine = new JourneyEngine(7);
    GeneratedEntity patient = patient();
    Timeline t =
        engine.createTimeline(patient, "patient", SpecReader.journeyFromString(EVERY_TYPE), START);
    engine.executeTimeline(t, patient, START.plusYears(1));
    List<EventRecord> records = t.events().stream().flatMap(e -> e.outputs().stream()).toList();

    LabOrder order = one(records, LabOrder.class);
    LabResult result = one(records, LabResult.class);
    assertThat(result.orderId()).isEqualTo(order.orderId());
    assertThat(result.loinc()).isEqualTo("4548-4").isEqualTo(order.loinc());
    assertThat(result.date()).isAfter(order.date());

    for (Claim claim : all(records, Claim.class)) {
      assertThat(claim.memberId()).isEqualTo(patient.identifiers().memberId());
      assertThat(Npi.isValid(claim.billingNpi())).isTrue();
      for (ClaimLine line : claim.lines()) {
        assertThat(line.allowed()).isLessThanOrEqualTo(line.billed()).isPositive();
        assertThat(line.paid() + line.memberResponsibility())
            .isCloseTo(line.allowed(), org.assertj.core.data.Offset.offset(0.011));
        assertThat(line.diagnosisPointers())
            .allSatisfy(
                p -> assertThat(p).isBetween(1, Math.min(4, claim.diagnosisCodes().size())));
      }
    }
    Claim professional =
        all(records, Claim.class).stream()
            .filter(c -> c.type().equals("claim_professional"))
            .findFirst()
            .orElseThrow();
    assertThat(professional.diagnosisCodes().get(0)).isEqualTo("E11.9");
    Claim institutional =
        all(records, Claim.class).stream()
            .filter(c -> c.type().equals("claim_institutional"))
            .findFirst()
            .orElseThrow();
    assertThat(institutional.drg()).isEqualTo("638");
    assertThat(institutional.lines().get(0).units()).isEqualTo(4);

    PharmacyClaim rx = one(records, PharmacyClaim.class);
    assertThat(rx.ndc()).matches("\\d{11}").isNotEqualTo(rx.rxnorm());
    assertThat(rx.planPaid() + rx.copay())
        .isCloseTo(rx.allowed(), org.assertj.core.data.Offset.offset(0.011));
    List<Fill> fills = all(records, Fill.class);
    assertThat(fills).extracting(Fill::fillNumber).containsExactly(0, 1);
    assertThat(fills.get(0).rxNumber()).isEqualTo(fills.get(1).rxNumber());
    assertThat(fills.get(0).ndc()).isEqualTo(rx.ndc());
  }

  @Test
  void sameSeedSameRecords() {
    GeneratedEntity patient = patient();
    JourneySpecification journey = SpecReader.journeyFromString(EVERY_TYPE);
    JourneyEngine a = new JourneyEngine(11);
    JourneyEngine b = new JourneyEngine(11);
    Timeline ta = a.createTimeline(patient, "patient", journey, START);
    Timeline tb = b.createTimeline(patient, "patient", journey, START);
    a.executeTimeline(ta, patient, START.plusYears(1));
    b.executeTimeline(tb, patient, START.plusYears(1));
    assertThat(ta.events()).isEqualTo(tb.events());
  }

  @Test
  void aFailedScreenEndsTheTrialPartOnly() {
    JourneyEngine engine = new JourneyEngine(5);
    Map<String, Object> subject = Map.of("subject_id", "S1", "member_id", "M1");
    Timeline t =
        engine.createTimeline(
            subject,
            "subject",
            SpecReader.journeyFromString(
                "{\"journey_id\": \"t\", \"events\": [{\"event_id\": \"screen\", \"event_type\": \"screening\", \"parameters\": {\"pass_rate\": 0.0}},"
                    + " {\"event_id\": \"rand\", \"event_type\": \"randomization\", \"depends_on\": \"screen\", \"delay\": {\"days\": 7}},"
                    + " {\"event_id\": \"enroll\", \"event_type\": \"new_enrollment\", \"delay\": {\"days\": 9}}]}"),
            START);
    engine.executeTimeline(t, subject, START.plusYears(1));
    assertThat(t.event(t.entityId() + ":t:screen:0").orElseThrow().status())
        .isEqualTo(EventStatus.EXECUTED);
    assertThat(t.event(t.entityId() + ":t:rand:0").orElseThrow().status())
        .isEqualTo(EventStatus.SKIPPED);
    assertThat(t.event(t.entityId() + ":t:enroll:0").orElseThrow().status())
        .isEqualTo(EventStatus.EXECUTED);
  }

  private static <T> T one(List<EventRecord> records, Class<T> type) {
    List<T> found = all(records, type);
    assertThat(found).as(type.getSimpleName()).hasSize(1);
    return found.get(0);
  }

  private static <T> List<T> all(List<EventRecord> records, Class<T> type) {
    return records.stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  void timelineEventsKeepTheirOrder() {
    GeneratedEntity patient = patient();
    Timeline t =
        new JourneyEngine(1)
            .createTimeline(patient, "patient", SpecReader.journeyFromString(EVERY_TYPE), START);
    List<TimelineEvent> events = t.events();
    for (int i = 1; i < events.size(); i++) {
      assertThat(events.get(i).scheduledDate()).isAfterOrEqualTo(events.get(i - 1).scheduledDate());
    }
  }
}
