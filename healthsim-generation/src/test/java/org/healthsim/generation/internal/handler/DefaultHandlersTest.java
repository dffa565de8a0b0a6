package org.healthsim.generation.internal.handler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.generation.EveryEventType;
import org.healthsim.generation.internal.providers.Npi;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.journey.EventStatus;
import org.healthsim.generation.journey.EventTypes;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.profile.ProfileExecutor;
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
  /** One journey that uses every event type of every product, in a workable order. */
  static final String EVERY_TYPE = EveryEventType.json();

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
        assertThat(line.allowedCents()).isLessThanOrEqualTo(line.billedCents()).isPositive();
        assertThat(line.paidCents() + line.memberResponsibilityCents())
            .isEqualTo(line.allowedCents());
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
    List<String> dx = institutional.diagnosisCodes();
    assertThat(institutional.drg())
        .isIn("637", "638", "639") // the diabetes family, graded as the biller grades a stay
        .isEqualTo(
            org.healthsim.generation.internal.pricing.DrgCatalog.assign(
                    dx.get(0), dx.subList(1, dx.size()))
                .drg());
    assertThat(institutional.lines().get(0).units()).isEqualTo(4);

    PharmacyClaim rx = one(records, PharmacyClaim.class);
    assertThat(rx.ndc()).matches("\\d{11}").isNotEqualTo(rx.rxnorm());
    assertThat(rx.planPaidCents() + rx.copayCents()).isEqualTo(rx.allowedCents());
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

  @Test
  void aSupplierPerformsAProcedureWithItsUnitsAndAnUnknownOneIsNamed() {
    JourneyEngine engine = new JourneyEngine(42);
    GeneratedEntity patient = patient();
    Timeline t =
        engine.createTimeline(
            patient,
            "patient",
            SpecReader.journeyFromString(
                "{\"journey_id\": \"t\", \"events\": ["
                    + "{\"event_id\": \"miles\", \"event_type\": \"procedure\", \"parameters\":"
                    + " {\"hcpcs\": \"A0425\", \"units\": 12, \"place_of_service\": \"41\","
                    + " \"supplier\": \"ambulance\"}},"
                    + "{\"event_id\": \"taxi\", \"event_type\": \"procedure\", \"parameters\":"
                    + " {\"hcpcs\": \"A0425\", \"supplier\": \"taxi\"}}]}"),
            START);
    engine.executeTimeline(t, patient, START.plusYears(1));
    TimelineEvent miles = t.event(t.entityId() + ":t:miles:0").orElseThrow();
    org.healthsim.generation.records.Procedure p =
        one(miles.outputs(), org.healthsim.generation.records.Procedure.class);
    assertThat(p.units()).isEqualTo(12);
    assertThat(p.performerNpi())
        .isEqualTo(
            org.healthsim.generation.internal.providers.ProviderPool.forSeed(42)
                .ambulanceSupplier(org.healthsim.core.seed.Seeds.mix(42, patient.seed()))
                .npi());
    TimelineEvent taxi = t.event(t.entityId() + ":t:taxi:0").orElseThrow();
    assertThat(taxi.status()).isEqualTo(EventStatus.FAILED);
    assertThat(taxi.reason()).contains("unknown supplier 'taxi' (known: ambulance, dme)");
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
