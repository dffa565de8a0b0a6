package org.healthsim.generation.internal.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.healthsim.core.seed.Seeds;
import org.healthsim.core.spec.LineOfBusiness;
import org.healthsim.core.spec.Product;
import org.healthsim.generation.internal.adjudication.Adjudicated;
import org.healthsim.generation.internal.adjudication.Adjudicator;
import org.healthsim.generation.internal.adjudication.BenefitDesign;
import org.healthsim.generation.internal.adjudication.BenefitDesigns;
import org.healthsim.generation.internal.adjudication.MedicalBill;
import org.healthsim.generation.internal.adjudication.PharmacyBill;
import org.healthsim.generation.internal.billing.ServiceIndex.Service;
import org.healthsim.generation.internal.plan.PlanCatalog;
import org.healthsim.generation.internal.pricing.DrugCatalog;
import org.healthsim.generation.internal.pricing.Pricing;
import org.healthsim.generation.internal.providers.ProviderPool;
import org.healthsim.generation.journey.EventStatus;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.profile.EntityCondition;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.records.Fill;

/**
 * Bills an entity's executed timeline and adjudicates the claims (docs/claims.md): every encounter,
 * lab, procedure, stay and fill gets its claim, once, dated on its service, decided against the
 * member's benefit design with the member's accumulators; the claims join the timeline as {@code
 * membersim} events whose {@code triggered_by} is the service they bill. Services a claim event of
 * a journey already bills (same kind and date) are not billed again.
 *
 * <pre>{@code
 * Biller biller = new Biller(engine.seed());
 * biller.bill(entity, timeline);   // the timeline now holds its claims and remittances
 * }</pre>
 *
 * Thread-safe; an entity's claims depend only on the entity, its timeline and the seed.
 */
public final class Biller {

  /** The journey id billed events carry. */
  public static final String JOURNEY_ID = "billing";

  /** Claims of a day sort after that day's services. */
  private static final int PRIORITY = TimelineEvent.NORMAL_PRIORITY + 1;

  private final ProviderPool pool;
  private final BenefitDesigns designs;

  /** A biller with the providers of the engine seed {@code seed} and the built-in designs. */
  public Biller(long seed) {
    this.pool = ProviderPool.forSeed(seed);
    this.designs = BenefitDesigns.builtIn();
  }

  /** Adds the claims of {@code entity}'s executed {@code timeline} to it. */
  public void bill(GeneratedEntity entity, Timeline timeline) {
    LineOfBusiness lob = PlanCatalog.lineOfBusiness(entity);
    String plan = entity.coverage() == null ? null : entity.coverage().plan();
    BenefitDesign design = designs.forMember(plan, lob);
    String memberId = entity.identifiers().memberId();
    if (memberId == null) {
      memberId = entity.identifiers().patientId();
    }
    ServiceIndex index = ServiceIndex.of(timeline);
    List<String> conditions = new ArrayList<>();
    for (EntityCondition c : entity.conditions()) {
      conditions.add(c.code());
    }
    List<MedicalBill> medical =
        new MedicalBilling(
                index,
                conditions,
                lob,
                pool.hospital(entity.seed()).npi(),
                pool.dialysisFacility(entity.seed()).npi())
            .bills();
    List<PharmacyBill> drugs = pharmacy(index, lob);
    if (medical.isEmpty() && drugs.isEmpty()) {
      return;
    }
    List<Adjudicated> claims = new Adjudicator(design, lob, memberId).adjudicate(medical, drugs);
    List<TimelineEvent> events = new ArrayList<>(claims.size());
    for (Adjudicated a : claims) {
      Kind kind = KINDS.get(a.type().wireName() + "|" + a.key());
      events.add(
          new TimelineEvent(
              a.serviceEventId() + kind.idSuffix(),
              timeline.entityId(),
              JOURNEY_ID,
              kind.eventId(),
              0,
              kind.name(),
              Product.MEMBERSIM,
              a.type(),
              a.date(),
              PRIORITY,
              timeline.takeSequence(),
              a.seed(),
              EventStatus.EXECUTED,
              null,
              Map.of(),
              a.records(),
              a.serviceEventId()));
    }
    timeline.addAll(events);
  }

  /** The id suffix, event id and name of one kind of claim transaction. */
  private record Kind(String idSuffix, String eventId, String name) {}

  private static final Map<String, Kind> KINDS = kinds();

  private static Map<String, Kind> kinds() {
    Map<String, Kind> kinds = new java.util.HashMap<>();
    Map<String, String> types =
        Map.of(
            "claim_professional", "Professional claim",
            "claim_institutional", "Institutional claim",
            "claim_pharmacy", "Pharmacy claim");
    Map<String, String> keys =
        Map.of(
            "claim", "",
            "corrected", " (corrected)",
            "void", " (void)",
            "rebilled", " (billed again)",
            "rejected", " (rejected)",
            "reversal", " (reversal)");
    types.forEach(
        (type, typeName) ->
            keys.forEach(
                (key, keyName) ->
                    kinds.put(
                        type + "|" + key,
                        new Kind(
                            ">" + type.substring(6) + "/" + key,
                            type.replace('_', '/') + "/" + key,
                            typeName + keyName))));
    return Map.copyOf(kinds);
  }

  private static final long PHARMACY_KEY = Seeds.hash("claim/pharmacy");

  private List<PharmacyBill> pharmacy(ServiceIndex index, LineOfBusiness lob) {
    List<PharmacyBill> bills = new ArrayList<>();
    for (Service<Fill> s : index.fills) {
      Fill f = s.record();
      if (!index.billedFills.isEmpty() && index.billedFills.contains(f.date() + "|" + f.rxnorm())) {
        continue;
      }
      DrugCatalog.Drug drug = DrugCatalog.byRxnorm(f.rxnorm()).orElse(null);
      if (drug == null) {
        continue; // a fill of a drug the crosswalk lacks has no NDC to bill
      }
      long ingredient = Pricing.ingredientCents(drug, f.quantity());
      long fee = Pricing.dispensingFeeCents();
      bills.add(
          new PharmacyBill(
              f.fillId(),
              f.date(),
              f.pharmacyNpi(),
              index.prescribers.get(f.rxNumber()),
              f.ndc(),
              f.rxnorm(),
              f.drugName(),
              f.quantity(),
              f.daysSupply(),
              ingredient,
              fee,
              Pricing.pharmacyAllowed(ingredient + fee, lob),
              Pricing.isBrand(drug),
              s.event().timelineEventId(),
              Seeds.mix(s.event().seed(), PHARMACY_KEY)));
    }
    return bills;
  }
}
