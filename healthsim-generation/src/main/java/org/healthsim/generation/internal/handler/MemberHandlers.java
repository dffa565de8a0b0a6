package org.healthsim.generation.internal.handler;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.healthsim.core.seed.Seeds;
import org.healthsim.core.spec.LineOfBusiness;
import org.healthsim.core.spec.Product;
import org.healthsim.generation.internal.billing.InpatientLines;
import org.healthsim.generation.internal.pricing.DrgCatalog;
import org.healthsim.generation.internal.pricing.DrugCatalog;
import org.healthsim.generation.internal.pricing.Pricing;
import org.healthsim.generation.internal.pricing.ServiceCodes;
import org.healthsim.generation.internal.providers.Organization;
import org.healthsim.generation.internal.providers.Provider;
import org.healthsim.generation.internal.providers.ProviderPool;
import org.healthsim.generation.journey.HandlerContext;
import org.healthsim.generation.journey.HandlerResult;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.journey.MemberEventType;
import org.healthsim.generation.records.Admission;
import org.healthsim.generation.records.CareGap;
import org.healthsim.generation.records.CareGapClosed;
import org.healthsim.generation.records.Claim;
import org.healthsim.generation.records.ClaimLine;
import org.healthsim.generation.records.Diagnosis;
import org.healthsim.generation.records.Discharge;
import org.healthsim.generation.records.Encounter;
import org.healthsim.generation.records.Enrollment;
import org.healthsim.generation.records.MedicationOrder;
import org.healthsim.generation.records.PharmacyClaim;
import org.healthsim.generation.records.PlanChange;
import org.healthsim.generation.records.Procedure;
import org.healthsim.generation.records.Termination;

/** Health-plan (membersim) handlers: enrollment, claims and quality gaps. */
final class MemberHandlers {

  private static final long GENERIC_COPAY_CENTS = cents("pharmacy_claim_generic_copay");
  private static final long BRAND_COPAY_CENTS = cents("pharmacy_claim_brand_copay");
  private static final long MEDICAID_COPAY_CENTS = cents("pharmacy_claim_medicaid_copay");

  private static long cents(String constant) {
    return Math.round(Pricing.constant(constant) * 100);
  }

  private final ProviderPool pool;

  private MemberHandlers(ProviderPool pool) {
    this.pool = pool;
  }

  static void register(JourneyEngine engine, ProviderPool pool) {
    MemberHandlers h = new MemberHandlers(pool);
    Product p = Product.MEMBERSIM;
    engine.registerHandler(p, MemberEventType.NEW_ENROLLMENT, h::enrollment);
    engine.registerHandler(p, MemberEventType.TERMINATION, h::termination);
    engine.registerHandler(p, MemberEventType.PLAN_CHANGE, h::planChange);
    engine.registerHandler(p, MemberEventType.CLAIM_PROFESSIONAL, h::professionalClaim);
    engine.registerHandler(p, MemberEventType.CLAIM_INSTITUTIONAL, h::institutionalClaim);
    engine.registerHandler(p, MemberEventType.CLAIM_PHARMACY, h::pharmacyClaim);
    engine.registerHandler(p, MemberEventType.GAP_IDENTIFIED, h::gapIdentified);
    engine.registerHandler(p, MemberEventType.GAP_CLOSED, h::gapClosed);
  }

  private static String memberId(HandlerContext c) {
    return EntityFacts.id(c, "member_id");
  }

  private static String planId(String plan) {
    return plan == null
        ? null
        : "PLN-"
            + Long.toHexString(Seeds.hash("plan/" + plan) >>> 40)
                .toUpperCase(java.util.Locale.ROOT);
  }

  private HandlerResult enrollment(HandlerContext c) {
    String plan = c.text("plan").orElse(EntityFacts.plan(c));
    Object group = c.entity().attributes().value(List.of("coverage", "group_id"));
    return HandlerResult.of(
        new Enrollment(
            Ids.of("ENR", c.event().seed(), 0),
            memberId(c),
            c.date(),
            c.text("line_of_business").orElse(EntityFacts.lineOfBusiness(c).displayName()),
            plan,
            planId(plan),
            group == null ? null : group.toString(),
            c.text("relationship").orElse("subscriber"),
            "021"));
  }

  private HandlerResult termination(HandlerContext c) {
    String reason = c.text("reason").orElse("voluntary disenrollment");
    return HandlerResult.ending(
        "coverage terminated", new Termination(memberId(c), c.date(), reason, "024"));
  }

  private HandlerResult planChange(HandlerContext c) {
    String newPlan =
        c.text("new_plan")
            .orElseThrow(
                () -> new IllegalArgumentException("a plan change needs a new_plan parameter"));
    String oldPlan =
        Timelines.latest(c, PlanChange.class, x -> true)
            .map(PlanChange::newPlan)
            .or(() -> Timelines.latest(c, Enrollment.class, x -> true).map(Enrollment::plan))
            .orElse(EntityFacts.plan(c));
    return HandlerResult.of(
        new PlanChange(
            memberId(c), c.date(), oldPlan, newPlan, c.text("reason").orElse("open enrollment")));
  }

  /** The diagnoses a claim carries: the parameter, else the latest diagnosis, else the entity's. */
  private static List<String> diagnoses(HandlerContext c) {
    List<String> given = EntityFacts.list(c, "icd10");
    if (!given.isEmpty()) {
      return given;
    }
    List<String> codes = new ArrayList<>();
    Timelines.latest(c, Diagnosis.class, d -> true).ifPresent(d -> codes.add(d.icd10()));
    for (String code : EntityFacts.conditionCodes(c)) {
      if (codes.size() < 4 && !codes.contains(code)) {
        codes.add(code);
      }
    }
    if (codes.isEmpty()) {
      throw new IllegalArgumentException(
          "a claim needs diagnoses: an icd10 parameter, an earlier diagnosis or an entity with a condition");
    }
    return codes;
  }

  private static LocalDate serviceDate(HandlerContext c) {
    return c.text("service_date").map(LocalDate::parse).orElse(c.date());
  }

  private HandlerResult professionalClaim(HandlerContext c) {
    List<String> dx = diagnoses(c);
    LocalDate service = serviceDate(c);
    List<String> codes = EntityFacts.list(c, "cpt");
    String pos = c.text("place_of_service").orElse("11");
    if (codes.isEmpty()) {
      Encounter visit =
          Timelines.latest(c, Encounter.class, e -> !e.date().isAfter(service)).orElse(null);
      codes = List.of(visit != null ? visit.cpt() : dx.size() >= 2 ? "99214" : "99213");
      if (visit != null) {
        pos = visit.placeOfService();
      }
    }
    Provider rendering =
        pool.provider(c.text("specialty").orElse("primary_care"), c.entity().seed());
    LineOfBusiness lob = EntityFacts.lineOfBusiness(c);
    List<ClaimLine> lines = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      List<Integer> pointers = new ArrayList<>();
      for (int d = 1; d <= (i == 0 ? Math.min(4, dx.size()) : 1); d++) {
        pointers.add(d);
      }
      lines.add(
          Pricing.line(c.rng(), i + 1, ServiceCodes.get(codes.get(i)), null, 1, pointers, lob));
    }
    return HandlerResult.of(
        Claim.submitted(
            "claim_professional",
            Ids.of("CLM", c.event().seed(), 0),
            memberId(c),
            service,
            service,
            rendering.npi(),
            rendering.npi(),
            pos,
            dx,
            null,
            lines,
            claimStatus(lob),
            c.date()));
  }

  private HandlerResult institutionalClaim(HandlerContext c) {
    Discharge discharge = Timelines.latest(c, Discharge.class, d -> true).orElse(null);
    LocalDate admit = discharge != null ? discharge.admitDate() : serviceDate(c);
    LocalDate end =
        discharge != null
            ? discharge.dischargeDate()
            : admit.plusDays(EntityFacts.integer(c, "length_of_stay", 3));
    int days = (int) Math.max(1, ChronoUnit.DAYS.between(admit, end));
    List<String> dx = diagnoses(c);
    List<String> operations = new ArrayList<>();
    for (Procedure p : Timelines.all(c, Procedure.class)) {
      if (p.placeOfService().equals("21") && !p.date().isBefore(admit) && !p.date().isAfter(end)) {
        operations.add(p.code());
      }
    }
    DrgCatalog.Drg drg = DrgCatalog.assign(dx.get(0), dx.subList(1, dx.size()), operations);
    LineOfBusiness lob = EntityFacts.lineOfBusiness(c);
    boolean emergency =
        Timelines.latest(c, Admission.class, a -> !a.admitDate().isAfter(admit))
            .map(a -> a.admissionType().equals("emergency"))
            .orElse(false);
    List<InpatientLines.Line> revenue = InpatientLines.summary(emergency, drg.surgical());
    List<ClaimLine> lines = new ArrayList<>();
    for (int i = 0; i < revenue.size(); i++) {
      String code = revenue.get(i).revenueCode();
      lines.add(
          Pricing.line(
              c.rng(),
              i + 1,
              ServiceCodes.get(code),
              code,
              revenue.get(i).units(days),
              List.of(1),
              lob));
    }
    Organization hospital = pool.hospital(c.entity().seed());
    return HandlerResult.of(
        Claim.submitted(
            "claim_institutional",
            Ids.of("CLM", c.event().seed(), 0),
            memberId(c),
            admit,
            end,
            hospital.npi(),
            null,
            "111",
            dx,
            c.text("drg").orElse(drg.drg()),
            lines,
            claimStatus(lob),
            c.date()));
  }

  private HandlerResult pharmacyClaim(HandlerContext c) {
    MedicationOrder order =
        Timelines.latest(
                c,
                MedicationOrder.class,
                o -> c.text("rxnorm").map(o.rxnorm()::equals).orElse(true))
            .orElse(null);
    String rxnorm =
        c.text("rxnorm")
            .or(() -> java.util.Optional.ofNullable(order).map(MedicationOrder::rxnorm))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "a pharmacy claim needs an rxnorm parameter or an earlier medication order"));
    DrugCatalog.Drug drug =
        DrugCatalog.byRxnorm(rxnorm)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no NDC for RxNorm " + rxnorm + " in rxnorm-ndc.csv"));
    int quantity = EntityFacts.integer(c, "quantity", order != null ? order.quantity() : 30);
    int days = EntityFacts.integer(c, "days_supply", order != null ? order.daysSupply() : 30);
    LineOfBusiness lob = EntityFacts.lineOfBusiness(c);
    long ingredient = Pricing.ingredientCents(drug, quantity);
    long fee = Pricing.dispensingFeeCents();
    long allowed = Pricing.pharmacyAllowed(ingredient + fee, lob);
    boolean brand = Pricing.isBrand(drug);
    long copay =
        lob == LineOfBusiness.UNINSURED
            ? allowed // cash price: the plan pays nothing
            : lob == LineOfBusiness.MEDICAID
                ? Math.min(allowed, MEDICAID_COPAY_CENTS)
                : Math.min(allowed, brand ? BRAND_COPAY_CENTS : GENERIC_COPAY_CENTS);
    return HandlerResult.of(
        new PharmacyClaim(
            Ids.of("RXC", c.event().seed(), 0),
            c.text("fill_id").orElse(null),
            memberId(c),
            c.date(),
            "B1",
            claimStatus(lob),
            null,
            null,
            c.text("pharmacy_npi").orElse(pool.pharmacy(c.entity().seed()).npi()),
            order == null ? null : order.prescriberNpi(),
            drug.ndc(),
            rxnorm,
            drug.name(),
            quantity,
            days,
            ingredient,
            fee,
            allowed,
            0,
            copay,
            allowed - copay,
            c.date()));
  }

  /** {@code paid}, or {@code self_pay} for an uninsured person, whose plan pays nothing. */
  private static String claimStatus(LineOfBusiness lob) {
    return lob == LineOfBusiness.UNINSURED ? "self_pay" : "paid";
  }

  private HandlerResult gapIdentified(HandlerContext c) {
    String measure = c.text("measure").orElse("HBD");
    String name = c.text("measure_name").orElse(HandlerData.MEASURES.get(measure));
    if (name == null) {
      throw new IllegalArgumentException(
          "measure "
              + measure
              + ": give measure_name, or use one of "
              + HandlerData.MEASURES.keySet());
    }
    return HandlerResult.of(
        new CareGap(
            Ids.of("GAP", c.event().seed(), 0),
            memberId(c),
            measure,
            name,
            c.date(),
            c.date().plusDays(EntityFacts.integer(c, "due_days", 90)),
            "open"));
  }

  private HandlerResult gapClosed(HandlerContext c) {
    List<CareGapClosed> closed = Timelines.all(c, CareGapClosed.class);
    CareGap gap =
        Timelines.latest(
                c,
                CareGap.class,
                g ->
                    c.text("gap_id").map(g.gapId()::equals).orElse(true)
                        && closed.stream().noneMatch(x -> x.gapId().equals(g.gapId())))
            .orElseThrow(
                () -> new IllegalArgumentException("no open care gap on the timeline to close"));
    return HandlerResult.of(
        new CareGapClosed(
            gap.gapId(),
            gap.memberId(),
            gap.measure(),
            c.date(),
            c.text("closure_reason").orElse("service completed")));
  }
}
