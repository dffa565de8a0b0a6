package org.healthsim.generation.internal.handler;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.healthsim.core.spec.Product;
import org.healthsim.generation.internal.pricing.DrugCatalog;
import org.healthsim.generation.internal.providers.Organization;
import org.healthsim.generation.internal.providers.ProviderPool;
import org.healthsim.generation.journey.HandlerContext;
import org.healthsim.generation.journey.HandlerResult;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.journey.RxEventType;
import org.healthsim.generation.records.AdherenceGap;
import org.healthsim.generation.records.AdherenceMeasure;
import org.healthsim.generation.records.Fill;
import org.healthsim.generation.records.MedicationOrder;
import org.healthsim.generation.records.Prescription;
import org.healthsim.generation.records.Reversal;
import org.healthsim.generation.records.TherapyEvent;

/** Pharmacy-benefit (rxmembersim) handlers: prescriptions, fills, therapy and adherence. */
final class RxHandlers {

  private final ProviderPool pool;

  private RxHandlers(ProviderPool pool) {
    this.pool = pool;
  }

  static void register(JourneyEngine engine, ProviderPool pool) {
    RxHandlers h = new RxHandlers(pool);
    Product p = Product.RXMEMBERSIM;
    engine.registerHandler(p, RxEventType.NEW_RX, h::newRx);
    engine.registerHandler(p, RxEventType.FILL, c -> h.fill(c, false));
    engine.registerHandler(p, RxEventType.REFILL, c -> h.fill(c, true));
    engine.registerHandler(p, RxEventType.REVERSAL, h::reversal);
    engine.registerHandler(p, RxEventType.THERAPY_START, c -> h.therapy(c, "start"));
    engine.registerHandler(p, RxEventType.THERAPY_CHANGE, c -> h.therapy(c, "change"));
    engine.registerHandler(p, RxEventType.THERAPY_DISCONTINUE, c -> h.therapy(c, "discontinue"));
    engine.registerHandler(p, RxEventType.ADHERENCE_GAP, h::adherenceGap);
    engine.registerHandler(p, RxEventType.MPR_THRESHOLD, h::adherenceMeasure);
  }

  private static String memberId(HandlerContext c) {
    return EntityFacts.id(c, "rx_member_id");
  }

  /** The RxNorm concept an event is about: its parameter, else the latest prescription or order. */
  private static String rxnorm(HandlerContext c) {
    return c.text("rxnorm")
        .or(() -> Timelines.latest(c, Prescription.class, x -> true).map(Prescription::rxnorm))
        .or(
            () ->
                Timelines.latest(c, MedicationOrder.class, x -> true).map(MedicationOrder::rxnorm))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "needs an rxnorm parameter or an earlier prescription or medication order"));
  }

  private HandlerResult newRx(HandlerContext c) {
    String rxnorm = rxnorm(c);
    Optional<MedicationOrder> order =
        Timelines.latest(c, MedicationOrder.class, o -> o.rxnorm().equals(rxnorm));
    String name =
        c.text("drug_name")
            .or(() -> order.map(MedicationOrder::drugName))
            .orElseGet(() -> DrugCatalog.byRxnorm(rxnorm).map(DrugCatalog.Drug::name).orElse(null));
    return HandlerResult.of(
        new Prescription(
            Ids.of("RX", c.event().seed(), 0),
            memberId(c),
            c.date(),
            rxnorm,
            name,
            EntityFacts.integer(c, "quantity", order.map(MedicationOrder::quantity).orElse(30)),
            EntityFacts.integer(
                c, "days_supply", order.map(MedicationOrder::daysSupply).orElse(30)),
            EntityFacts.integer(c, "refills", order.map(MedicationOrder::refills).orElse(3)),
            order
                .map(MedicationOrder::prescriberNpi)
                .orElse(pool.primaryCare(c.entity().seed()).npi())));
  }

  private HandlerResult fill(HandlerContext c, boolean refill) {
    String rxnorm = rxnorm(c);
    DrugCatalog.Drug drug =
        DrugCatalog.byRxnorm(rxnorm)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no NDC for RxNorm " + rxnorm + " in rxnorm-ndc.csv"));
    Optional<Prescription> rx =
        Timelines.latest(c, Prescription.class, p -> p.rxnorm().equals(rxnorm));
    Optional<MedicationOrder> order =
        Timelines.latest(c, MedicationOrder.class, o -> o.rxnorm().equals(rxnorm));
    String rxNumber =
        rx.map(Prescription::rxNumber)
            .or(() -> order.map(MedicationOrder::orderId))
            .orElseGet(() -> Ids.of("RX", c.event().seed(), 1));
    // Fills of one prescription are numbered 0, 1, 2, ... so the latest says how many came before.
    int earlier =
        Timelines.latest(c, Fill.class, f -> f.rxNumber().equals(rxNumber))
            .map(f -> f.fillNumber() + 1)
            .orElse(0);
    if (refill && earlier == 0) {
      // The first fill did not happen (skipped, or refused during a stay): nothing to refill.
      return HandlerResult.refused("a refill of RxNorm " + rxnorm + " needs an earlier fill");
    }
    int authorised =
        rx.map(Prescription::refillsAuthorized)
            .or(() -> order.map(MedicationOrder::refills))
            .orElse(-1);
    if (authorised >= 0 && earlier > authorised) {
      return HandlerResult.refused(
          "refill "
              + earlier
              + " of "
              + rxNumber
              + " is past the "
              + authorised
              + " refills authorised");
    }
    int quantity =
        EntityFacts.integer(
            c,
            "quantity",
            rx.map(Prescription::quantity).orElse(order.map(MedicationOrder::quantity).orElse(30)));
    int days =
        EntityFacts.integer(
            c,
            "days_supply",
            rx.map(Prescription::daysSupply)
                .orElse(order.map(MedicationOrder::daysSupply).orElse(30)));
    Organization pharmacy = pool.pharmacy(c.entity().seed());
    return HandlerResult.of(
        new Fill(
            Ids.of("FILL", c.event().seed(), 0),
            rxNumber,
            memberId(c),
            c.date(),
            earlier,
            drug.ndc(),
            rxnorm,
            drug.name(),
            quantity,
            days,
            pharmacy.npi(),
            pharmacy.name()));
  }

  private HandlerResult reversal(HandlerContext c) {
    List<Reversal> reversed = Timelines.all(c, Reversal.class);
    Fill fill =
        Timelines.latest(
                c, Fill.class, f -> reversed.stream().noneMatch(r -> r.fillId().equals(f.fillId())))
            .orElseThrow(() -> new IllegalArgumentException("a reversal needs an earlier fill"));
    return HandlerResult.of(
        new Reversal(
            fill.fillId(), memberId(c), c.date(), c.text("reason").orElse("returned to stock")));
  }

  private HandlerResult therapy(HandlerContext c, String action) {
    String previous = null;
    String rxnorm;
    if (action.equals("change")) {
      previous = rxnorm(c);
      rxnorm =
          c.text("new_rxnorm")
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "a therapy change needs a new_rxnorm parameter"));
    } else {
      rxnorm = rxnorm(c);
    }
    String target = rxnorm;
    String name =
        c.text("drug_name")
            .orElseGet(() -> DrugCatalog.byRxnorm(target).map(DrugCatalog.Drug::name).orElse(null));
    String defaultReason =
        action.equals("start")
            ? "new therapy"
            : action.equals("change") ? "therapeutic optimization" : "therapy complete";
    return HandlerResult.of(
        new TherapyEvent(
            Ids.of("THR", c.event().seed(), 0),
            memberId(c),
            c.date(),
            action,
            rxnorm,
            name,
            previous,
            c.text("reason").orElse(defaultReason)));
  }

  private HandlerResult adherenceGap(HandlerContext c) {
    String rxnorm = rxnorm(c);
    int gapDays =
        c.number("gap_days")
            .map(Double::intValue)
            .orElseGet(
                () ->
                    Timelines.latest(c, Fill.class, f -> f.rxnorm().equals(rxnorm))
                        .map(
                            f ->
                                (int)
                                    Math.max(
                                        0,
                                        ChronoUnit.DAYS.between(
                                            f.date().plusDays(f.daysSupply()), c.date())))
                        .orElse(14));
    return HandlerResult.of(
        new AdherenceGap(
            Ids.of("ADH", c.event().seed(), 0), memberId(c), c.date(), rxnorm, gapDays, "open"));
  }

  /** Days covered by fills of the drug within the period ending today, capped at the period. */
  private HandlerResult adherenceMeasure(HandlerContext c) {
    String rxnorm = rxnorm(c);
    int period = EntityFacts.integer(c, "period_days", 180);
    LocalDate from = c.date().minusDays(period);
    long covered = 0;
    for (Fill f : Timelines.all(c, Fill.class)) {
      if (f.rxnorm().equals(rxnorm) && !f.date().isBefore(from)) {
        covered += Math.min(f.daysSupply(), ChronoUnit.DAYS.between(f.date(), c.date()) + 1);
      }
    }
    return HandlerResult.of(
        new AdherenceMeasure(
            memberId(c), c.date(), rxnorm, (int) Math.min(period, covered), period));
  }
}
