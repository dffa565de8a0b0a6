package org.healthsim.generation.internal.handler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthsim.core.seed.Seeds;
import org.healthsim.core.spec.Product;
import org.healthsim.generation.internal.providers.Organization;
import org.healthsim.generation.internal.providers.ProviderPool;
import org.healthsim.generation.journey.HandlerContext;
import org.healthsim.generation.journey.HandlerResult;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.journey.TrialEventType;
import org.healthsim.generation.records.AdverseEvent;
import org.healthsim.generation.records.DoseModification;
import org.healthsim.generation.records.ProtocolDeviation;
import org.healthsim.generation.records.Randomization;
import org.healthsim.generation.records.Screening;
import org.healthsim.generation.records.TrialVisit;
import org.healthsim.generation.records.Withdrawal;

/** Clinical-trial (trialsim) handlers: screening, randomization, visits and safety. */
final class TrialHandlers {

  private final ProviderPool pool;

  private TrialHandlers(ProviderPool pool) {
    this.pool = pool;
  }

  static void register(JourneyEngine engine, ProviderPool pool) {
    TrialHandlers h = new TrialHandlers(pool);
    Product p = Product.TRIALSIM;
    engine.registerHandler(p, TrialEventType.SCREENING, h::screening);
    engine.registerHandler(p, TrialEventType.RANDOMIZATION, h::randomization);
    engine.registerHandler(p, TrialEventType.WITHDRAWAL, h::withdrawal);
    engine.registerHandler(p, TrialEventType.SCHEDULED_VISIT, c -> h.visit(c, true));
    engine.registerHandler(p, TrialEventType.UNSCHEDULED_VISIT, c -> h.visit(c, false));
    engine.registerHandler(p, TrialEventType.ADVERSE_EVENT, c -> h.adverseEvent(c, false));
    engine.registerHandler(p, TrialEventType.SERIOUS_ADVERSE_EVENT, c -> h.adverseEvent(c, true));
    engine.registerHandler(p, TrialEventType.PROTOCOL_DEVIATION, h::deviation);
    engine.registerHandler(p, TrialEventType.DOSE_MODIFICATION, h::doseModification);
  }

  private static String subject(HandlerContext c) {
    return EntityFacts.id(c, "subject_id");
  }

  private HandlerResult screening(HandlerContext c) {
    Organization site = pool.trialSite(c.entity().seed());
    double passRate = c.number("pass_rate").orElse(0.75);
    if (!(passRate >= 0 && passRate <= 1)) {
      throw new IllegalArgumentException("pass_rate " + passRate + ": must be between 0 and 1");
    }
    if (c.rng().nextDouble() < passRate) {
      return HandlerResult.of(
          new Screening(subject(c), c.date(), site.id(), site.name(), true, null));
    }
    List<String> failures = HandlerData.SCREEN_FAILURES;
    String reason = failures.get(c.rng().nextInt(failures.size()));
    return HandlerResult.ending(
        "screen failed",
        new Screening(subject(c), c.date(), site.id(), site.name(), false, reason));
  }

  private HandlerResult randomization(HandlerContext c) {
    Map<String, Double> arms = new LinkedHashMap<>();
    Object given = c.parameters().get("arm_weights");
    if (given instanceof Map) {
      ((Map<?, ?>) given).forEach((k, v) -> arms.put(k.toString(), ((Number) v).doubleValue()));
    } else {
      arms.put("Treatment", 0.5);
      arms.put("Placebo", 0.5);
    }
    double total = arms.values().stream().mapToDouble(Double::doubleValue).sum();
    double u = c.rng().nextDouble() * total;
    String arm = null;
    for (Map.Entry<String, Double> e : arms.entrySet()) {
      arm = e.getKey();
      u -= e.getValue();
      if (u < 0) {
        break;
      }
    }
    String number =
        String.format(
            "R%06d", Long.remainderUnsigned(Seeds.hash("randomization/" + subject(c)), 1_000_000));
    return HandlerResult.of(
        new Randomization(
            subject(c), c.date(), number, arm, pool.trialSite(c.entity().seed()).id()));
  }

  private HandlerResult withdrawal(HandlerContext c) {
    return HandlerResult.ending(
        "subject withdrew",
        new Withdrawal(
            subject(c),
            c.date(),
            c.text("reason").orElse("Subject decision"),
            c.text("type").orElse("consent_withdrawn")));
  }

  private HandlerResult visit(HandlerContext c, boolean scheduled) {
    int window = EntityFacts.integer(c, "window_days", 3);
    int number = scheduled ? EntityFacts.integer(c, "visit_number", c.event().occurrence() + 1) : 0;
    List<String> procedures = new ArrayList<>(EntityFacts.list(c, "procedures"));
    if (procedures.isEmpty()) {
      procedures.addAll(
          scheduled
              ? List.of("Vital signs", "Concomitant medications review", "Adverse event review")
              : List.of("Adverse event follow-up"));
    }
    return HandlerResult.of(
        new TrialVisit(
            Ids.of("VST", c.event().seed(), 0),
            subject(c),
            c.date(),
            number,
            c.text("visit_name").orElse(c.event().name()),
            c.date().minusDays(window),
            c.date().plusDays(window),
            scheduled,
            procedures));
  }

  private HandlerResult adverseEvent(HandlerContext c, boolean serious) {
    List<HandlerData.AdverseEvent> pool =
        serious ? HandlerData.SERIOUS_ADVERSE_EVENTS : HandlerData.ADVERSE_EVENTS;
    HandlerData.AdverseEvent chosen = pool.get(c.rng().nextInt(pool.size()));
    String term = c.text("term").orElse(chosen.term());
    String meddra =
        c.text("meddra_pt").orElse(c.text("term").isPresent() ? null : chosen.meddraPt());
    String severity =
        c.text("severity").orElse(serious ? "severe" : "mild").toLowerCase(java.util.Locale.ROOT);
    int grade =
        switch (severity) {
          case "mild" -> 1;
          case "moderate" -> 2;
          case "severe" -> 3;
          case "life_threatening" -> 4;
          default ->
              throw new IllegalArgumentException(
                  "severity " + severity + ": use mild, moderate, severe or life_threatening");
        };
    List<String> criteria = serious ? EntityFacts.list(c, "seriousness_criteria") : List.of();
    if (serious && criteria.isEmpty()) {
      criteria = List.of("hospitalization");
    }
    String[] relationships = {
      "not related", "unlikely related", "possibly related", "probably related"
    };
    return HandlerResult.of(
        new AdverseEvent(
            Ids.of(serious ? "SAE" : "AE", c.event().seed(), 0),
            subject(c),
            c.date(),
            term,
            meddra,
            grade,
            serious,
            criteria,
            c.text("relationship").orElse(relationships[c.rng().nextInt(relationships.length)]),
            c.text("outcome").orElse(serious ? "recovering" : "recovered")));
  }

  private HandlerResult deviation(HandlerContext c) {
    return HandlerResult.of(
        new ProtocolDeviation(
            Ids.of("PD", c.event().seed(), 0),
            subject(c),
            c.date(),
            c.text("category").orElse("Visit window"),
            c.text("severity").orElse("minor"),
            c.text("description").orElse("Visit performed outside the protocol window")));
  }

  private HandlerResult doseModification(HandlerContext c) {
    return HandlerResult.of(
        new DoseModification(
            subject(c),
            c.date(),
            c.text("modification").orElse("dose_reduction"),
            EntityFacts.integer(c, "dose_level", 1),
            c.text("reason").orElse("Toxicity")));
  }
}
