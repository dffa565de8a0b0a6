package org.healthsim.generation.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.healthsim.core.expression.Expression;
import org.healthsim.core.spec.DelaySpec;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.Product;
import org.healthsim.generation.internal.stats.GoodnessOfFit;
import org.healthsim.generation.journey.EventStatus;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.journey.PatientEventType;
import org.healthsim.generation.journey.RxEventType;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.generation.records.Fill;
import org.healthsim.generation.records.LabOrder;
import org.healthsim.generation.records.LabResult;
import org.healthsim.generation.records.MedicationOrder;
import org.healthsim.generation.template.JourneyTemplates;
import org.healthsim.generation.template.ProfileTemplates;
import org.junit.jupiter.api.Test;

/**
 * The default triggers over 100,000 linked diabetic-first-year entities, custom triggers, cycles
 * and removal. Chi-square tests use alpha = 0.001 each (fixed seeds, so a failure is a regression,
 * not chance).
 */
class TriggerTest {

  private static final double ALPHA = 0.001;
  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final LocalDate UNTIL = LocalDate.of(2025, 12, 31);
  private static final JourneySpecification DIABETIC =
      JourneyTemplates.getJourneyTemplate("diabetic-first-year");

  private static List<TimelineEvent> run(
      CrossProductCoordinator coordinator, JourneyEngine engine, GeneratedEntity entity) {
    LinkedEntity linked = coordinator.createLinkedEntity(entity);
    Timeline timeline = engine.createTimeline(entity, "patient", DIABETIC, START);
    coordinator.addTimeline(linked, Product.PATIENTSIM, timeline);
    coordinator.addTimeline(linked, Product.MEMBERSIM, timeline);
    List<TimelineEvent> all = new ArrayList<>();
    coordinator.executeCoordinated(linked, UNTIL).values().forEach(all::addAll);
    return all;
  }

  private static CrossProductCoordinator coordinator(TriggerRegistry registry, JourneyEngine e) {
    return new CrossProductCoordinator(registry)
        .registerProductEngine(Product.PATIENTSIM, e)
        .registerProductEngine(Product.MEMBERSIM, e)
        .registerProductEngine(Product.RXMEMBERSIM, e);
  }

  private static int days(TimelineEvent from, TimelineEvent to) {
    return (int) ChronoUnit.DAYS.between(from.scheduledDate(), to.scheduledDate());
  }

  private static List<TimelineEvent> triggered(
      List<TimelineEvent> all, TimelineEvent source, String triggerId) {
    return all.stream()
        .filter(e -> source.timelineEventId().equals(e.triggeredBy()))
        .filter(e -> triggerId.equals(e.eventId()))
        .collect(Collectors.toList());
  }

  @Test
  void defaultTriggersLinkEveryClinicalEventOfOneHundredThousandEntities() {
    JourneyEngine engine = new JourneyEngine(55);
    CrossProductCoordinator coordinator = coordinator(new TriggerRegistry(), engine);
    long[] fillDelay = new long[4];
    long[] resultDelay = new long[5];
    long[] seen = new long[3];
    new ProfileExecutor(55)
        .stream(ProfileTemplates.get("medicare-diabetic"))
            .limit(100_000)
            .forEach(
                entity -> {
                  List<TimelineEvent> all = run(coordinator, engine, entity);
                  Map<String, List<LabResult>> results = new HashMap<>();
                  Map<String, TimelineEvent> resultEvents = new HashMap<>();
                  for (TimelineEvent e : all) {
                    if (e.eventType() == PatientEventType.LAB_RESULT
                        && e.status() == EventStatus.EXECUTED) {
                      LabResult r = (LabResult) e.outputs().get(0);
                      results.computeIfAbsent(r.orderId(), k -> new ArrayList<>()).add(r);
                      resultEvents.put(r.resultId(), e);
                    }
                  }
                  for (TimelineEvent e : all) {
                    if (e.status() != EventStatus.EXECUTED) {
                      continue;
                    }
                    if (e.eventType() == PatientEventType.DIAGNOSIS) {
                      // Billing follows the services, not the diagnoses (docs/claims.md): a
                      // diagnosis triggers no claim of its own.
                      seen[0]++;
                      assertThat(all).noneMatch(x -> e.timelineEventId().equals(x.triggeredBy()));
                    } else if (e.eventType() == PatientEventType.MEDICATION_ORDER) {
                      seen[1]++;
                      MedicationOrder ordered = (MedicationOrder) e.outputs().get(0);
                      String rxnorm = ordered.rxnorm();
                      List<TimelineEvent> fills = triggered(all, e, "med-fill");
                      assertThat(fills).hasSize(1);
                      Fill fill = (Fill) fills.get(0).outputs().get(0);
                      assertThat(fills.get(0).eventType()).isEqualTo(RxEventType.FILL);
                      assertThat(fill.ndc()).matches("\\d{11}").isNotEqualTo(rxnorm);
                      assertThat(fill.rxnorm()).isEqualTo(rxnorm);
                      assertThat(fill.quantity()).isEqualTo(ordered.quantity());
                      fillDelay[days(e, fills.get(0))]++;
                    } else if (e.eventType() == PatientEventType.LAB_ORDER) {
                      seen[2]++;
                      LabOrder order = (LabOrder) e.outputs().get(0);
                      List<LabResult> answers = results.getOrDefault(order.orderId(), List.of());
                      assertThat(answers).as("results of %s", order.orderId()).hasSize(1);
                      LabResult r = answers.get(0);
                      assertThat(r.loinc()).isEqualTo(order.loinc());
                      int d = (int) ChronoUnit.DAYS.between(order.date(), r.date());
                      assertThat(d).isBetween(1, 5);
                      TimelineEvent re = resultEvents.get(r.resultId());
                      if (e.timelineEventId().equals(re.triggeredBy())) {
                        resultDelay[d - 1]++;
                      }
                    }
                  }
                });
    assertThat(seen[0]).isGreaterThanOrEqualTo(100_000);
    assertThat(seen[1]).isGreaterThanOrEqualTo(100_000);
    assertThat(seen[2]).isGreaterThanOrEqualTo(200_000);
    for (long[] counts : List.of(fillDelay, resultDelay)) {
      assertThat(Arrays.stream(counts).sum()).isGreaterThanOrEqualTo(25_000);
      double[] p = new double[counts.length];
      Arrays.fill(p, 1.0 / counts.length);
      assertThat(GoodnessOfFit.chiSquare(p, counts).pValue())
          .as("delay counts %s", Arrays.toString(counts))
          .isGreaterThan(ALPHA);
    }
  }

  /** A trigger from a diagnosis to a care plan update two days later. */
  private static RegisteredTrigger diagnosisReview(
      String id, Expression condition, Map<String, Object> parameters) {
    return new RegisteredTrigger(
        id,
        Product.PATIENTSIM,
        PatientEventType.DIAGNOSIS,
        Product.PATIENTSIM,
        PatientEventType.CARE_PLAN_UPDATE,
        DelaySpec.fixed(2),
        TriggerPriority.HIGH,
        condition,
        Map.of(),
        parameters,
        null);
  }

  @Test
  void aLookupAfterAChangeSeesTheChangeInRegistrationOrder() {
    TriggerRegistry registry = new TriggerRegistry();
    assertThat(registry.triggersFor(Product.PATIENTSIM, PatientEventType.MEDICATION_ORDER))
        .extracting(RegisteredTrigger::triggerId)
        .containsExactly("med-fill");
    assertThat(registry.triggersFor(Product.PATIENTSIM, PatientEventType.DIAGNOSIS)).isEmpty();

    registry
        .register(diagnosisReview("b", null, Map.of()))
        .register(diagnosisReview("a", null, Map.of()))
        .remove("med-fill");
    assertThat(registry.triggersFor(Product.PATIENTSIM, PatientEventType.MEDICATION_ORDER))
        .isEmpty();
    assertThat(registry.triggersFor(Product.PATIENTSIM, PatientEventType.DIAGNOSIS))
        .extracting(RegisteredTrigger::triggerId)
        .containsExactly("b", "a");
    assertThat(registry.triggersFor(Product.MEMBERSIM, PatientEventType.DIAGNOSIS)).isEmpty();

    registry.removeDefaults().remove("b");
    assertThat(registry.triggersFor(Product.PATIENTSIM, PatientEventType.DIAGNOSIS))
        .extracting(RegisteredTrigger::triggerId)
        .containsExactly("a");
    assertThat(registry.triggersFor(Product.PATIENTSIM, PatientEventType.LAB_ORDER)).isEmpty();
  }

  @Test
  void aCustomTriggerFiresOnlyWhenItsConditionHolds() {
    JourneyEngine engine = new JourneyEngine(8);
    TriggerRegistry registry =
        new TriggerRegistry()
            .removeDefaults()
            .register(
                diagnosisReview(
                    "elderly-review",
                    Expression.parse("age >= 80 && source.icd10 == \"E11.9\""),
                    Map.of("reason", "geriatric review")));
    CrossProductCoordinator coordinator = coordinator(registry, engine);
    int fired = 0;
    int elderly = 0;
    for (GeneratedEntity entity :
        new ProfileExecutor(8)
            .execute(ProfileTemplates.get("medicare-diabetic"), 3000)
            .entities()) {
      List<TimelineEvent> all = run(coordinator, engine, entity);
      long referrals = all.stream().filter(e -> "elderly-review".equals(e.eventId())).count();
      boolean old = entity.age() >= 80;
      assertThat(referrals).as("entity aged %d", entity.age()).isEqualTo(old ? 1 : 0);
      elderly += old ? 1 : 0;
      fired += (int) referrals;
    }
    assertThat(elderly).isBetween(300, 2700);
    assertThat(fired).isEqualTo(elderly);
  }

  @Test
  void aCycleIsReportedAndStopped() {
    JourneyEngine engine = new JourneyEngine(3);
    TriggerRegistry registry =
        new TriggerRegistry()
            .removeDefaults()
            .register(
                new RegisteredTrigger(
                    "echo",
                    Product.PATIENTSIM,
                    PatientEventType.DIAGNOSIS,
                    Product.PATIENTSIM,
                    PatientEventType.DIAGNOSIS,
                    DelaySpec.fixed(1),
                    TriggerPriority.NORMAL,
                    null,
                    Map.of("icd10", "icd10"),
                    Map.of(),
                    null));
    CrossProductCoordinator coordinator = coordinator(registry, engine);
    GeneratedEntity entity =
        new ProfileExecutor(3)
            .execute(ProfileTemplates.get("medicare-diabetic"), 1)
            .entities()
            .get(0);
    LinkedEntity linked = coordinator.createLinkedEntity(entity);
    coordinator.addTimeline(
        linked, Product.PATIENTSIM, engine.createTimeline(entity, "patient", DIABETIC, START));
    coordinator.executeCoordinated(linked, UNTIL);
    List<TimelineEvent> all = linked.timelines().get(Product.PATIENTSIM).events();
    List<TimelineEvent> echoes =
        all.stream().filter(e -> "echo".equals(e.eventId())).collect(Collectors.toList());
    assertThat(echoes)
        .extracting(TimelineEvent::status)
        .containsExactly(EventStatus.EXECUTED, EventStatus.SKIPPED);
    assertThat(echoes.get(1).reason()).contains("trigger cycle: echo > echo");
    assertThat(linked.problems()).singleElement().asString().contains("trigger cycle");
  }

  @Test
  void removingTriggersRemovesTheirEvents() {
    JourneyEngine engine = new JourneyEngine(4);
    List<GeneratedEntity> entities =
        new ProfileExecutor(4).execute(ProfileTemplates.get("medicare-diabetic"), 200).entities();
    CrossProductCoordinator withDefaults = coordinator(new TriggerRegistry(), engine);
    CrossProductCoordinator noFill = coordinator(new TriggerRegistry().remove("med-fill"), engine);
    CrossProductCoordinator none = coordinator(new TriggerRegistry().removeDefaults(), engine);
    for (GeneratedEntity entity : entities) {
      List<TimelineEvent> full = run(withDefaults, engine, entity);
      List<TimelineEvent> partial = run(noFill, engine, entity);
      List<TimelineEvent> bare = run(none, engine, entity);
      assertThat(full).anyMatch(e -> "med-fill".equals(e.eventId()));
      assertThat(partial).noneMatch(e -> "med-fill".equals(e.eventId()));
      // The other triggers still fire: everything triggered but the fills.
      assertThat(partial.stream().filter(e -> e.triggeredBy() != null).count())
          .isEqualTo(
              full.stream()
                  .filter(e -> e.triggeredBy() != null && !"med-fill".equals(e.eventId()))
                  .count());
      assertThat(bare).allMatch(e -> e.triggeredBy() == null);
      assertThat(bare).hasSize((int) full.stream().filter(e -> e.triggeredBy() == null).count());
    }
  }
}
