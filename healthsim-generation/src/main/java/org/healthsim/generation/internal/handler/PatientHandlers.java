package org.healthsim.generation.internal.handler;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.healthsim.core.sampling.Rounding;
import org.healthsim.core.seed.Seeds;
import org.healthsim.core.spec.Product;
import org.healthsim.generation.internal.pricing.DrugCatalog;
import org.healthsim.generation.internal.pricing.FacilityRates;
import org.healthsim.generation.internal.pricing.Pricing;
import org.healthsim.generation.internal.pricing.ServiceCodes;
import org.healthsim.generation.internal.profile.LabCatalog;
import org.healthsim.generation.internal.providers.Organization;
import org.healthsim.generation.internal.providers.Provider;
import org.healthsim.generation.internal.providers.ProviderPool;
import org.healthsim.generation.journey.HandlerContext;
import org.healthsim.generation.journey.HandlerResult;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.journey.PatientEventType;
import org.healthsim.generation.records.Admission;
import org.healthsim.generation.records.CarePlanUpdate;
import org.healthsim.generation.records.Death;
import org.healthsim.generation.records.Diagnosis;
import org.healthsim.generation.records.Discharge;
import org.healthsim.generation.records.Encounter;
import org.healthsim.generation.records.LabOrder;
import org.healthsim.generation.records.LabResult;
import org.healthsim.generation.records.MedicationOrder;
import org.healthsim.generation.records.Observation;
import org.healthsim.generation.records.PostAcuteStay;
import org.healthsim.generation.records.Procedure;
import org.healthsim.generation.records.Referral;
import org.healthsim.generation.records.Transfer;

/**
 * Clinical (patientsim) handlers. Parameters each reads are listed in docs/journeys.md; all are
 * optional unless a handler's failure message says otherwise.
 */
final class PatientHandlers {

  /** UB-04 patient discharge status codes by the names journeys use. */
  /** Share of clinicians whose practice is a hospital outpatient department. */
  private static final double HOSPITAL_BASED = Pricing.constant("hospital_based_practice_share");

  private final ProviderPool pool;

  private PatientHandlers(ProviderPool pool) {
    this.pool = pool;
  }

  static void register(JourneyEngine engine, ProviderPool pool) {
    PatientHandlers h = new PatientHandlers(pool);
    Product p = Product.PATIENTSIM;
    engine.registerHandler(p, PatientEventType.ENCOUNTER, h::encounter);
    engine.registerHandler(p, PatientEventType.DIAGNOSIS, h::diagnosis);
    engine.registerHandler(p, PatientEventType.LAB_ORDER, h::labOrder);
    engine.registerHandler(p, PatientEventType.LAB_RESULT, h::labResult);
    engine.registerHandler(p, PatientEventType.MEDICATION_ORDER, h::medicationOrder);
    engine.registerHandler(p, PatientEventType.PROCEDURE, h::procedure);
    engine.registerHandler(p, PatientEventType.ADMISSION, h::admission);
    engine.registerHandler(p, PatientEventType.DISCHARGE, h::discharge);
    engine.registerHandler(p, PatientEventType.TRANSFER, h::transfer);
    engine.registerHandler(p, PatientEventType.OBSERVATION, h::observation);
    engine.registerHandler(p, PatientEventType.REFERRAL, h::referral);
    engine.registerHandler(p, PatientEventType.CARE_PLAN_UPDATE, h::carePlanUpdate);
    engine.registerHandler(p, PatientEventType.POST_ACUTE_CARE, h::postAcuteCare);
    engine.registerHandler(p, PatientEventType.DEATH, PatientHandlers::death);
  }

  /** The entity's supplier of {@code kind}: {@code ambulance} or {@code dme}. */
  private Organization supplier(HandlerContext c, String kind) {
    switch (kind) {
      case "ambulance":
        return pool.ambulanceSupplier(c.entity().seed());
      case "dme":
        return pool.equipmentSupplier(c.entity().seed());
      default:
        throw new IllegalArgumentException(
            "unknown supplier '" + kind + "' (known: ambulance, dme)");
    }
  }

  /**
   * True when {@code provider}'s practice is a hospital outpatient department (it bills visits at
   * place of service 22, the hospital a clinic-visit claim beside them): a fixed share of
   * providers, each by its NPI alone, so a provider's practice is the same for every patient.
   */
  private static boolean hospitalBased(Provider provider) {
    long h = Seeds.hash("hospital-based-practice/" + provider.npi());
    return Long.remainderUnsigned(h, 1_000_000) < HOSPITAL_BASED * 1_000_000;
  }

  private Provider provider(HandlerContext c) {
    String specialty = c.text("specialty").orElse("primary_care");
    return pool.provider(specialty, c.entity().seed());
  }

  private HandlerResult encounter(HandlerContext c) {
    String type = c.text("encounter_type").orElse("office").toLowerCase(Locale.ROOT);
    Provider provider = provider(c);
    String pos;
    String encounterClass;
    String cpt;
    switch (type) {
      case "emergency":
        pos = "23";
        encounterClass = "emergency";
        cpt = "99284";
        break;
      case "telehealth":
        pos = "02";
        encounterClass = "virtual";
        cpt = "99213";
        break;
      case "observation":
        pos = "22";
        encounterClass = "observation";
        cpt = "99222";
        break;
      case "nursing_facility":
        pos = "31";
        encounterClass = "nonacute";
        cpt = "99309";
        break;
      case "wellness":
        pos = "11";
        encounterClass = "ambulatory";
        Integer age = EntityFacts.age(c);
        cpt = wellnessCode(age);
        break;
      case "office":
      case "specialist":
      case "follow_up":
        pos = hospitalBased(provider) ? "22" : "11";
        encounterClass = "ambulatory";
        // Established patients with chronic conditions are usually billed at moderate complexity.
        cpt = EntityFacts.conditionCodes(c).size() >= 2 ? "99214" : "99213";
        break;
      default:
        throw new IllegalArgumentException(
            "encounter_type "
                + type
                + ": use office, specialist, follow_up, wellness, telehealth, emergency,"
                + " observation or nursing_facility");
    }
    cpt = medicareCode(c, c.text("cpt").orElse(cpt));
    ServiceCodes.Service service = ServiceCodes.get(cpt);
    return HandlerResult.of(
        new Encounter(
            Ids.of("ENC", c.event().seed(), 0),
            c.date(),
            encounterClass,
            pos,
            cpt,
            service.description(),
            provider.npi(),
            provider.displayName(),
            provider.taxonomy(),
            c.text("reason").orElse(c.event().name())));
  }

  /**
   * Medicare has not paid the consultation codes 99242-99245 since 2010 (CMS MLN Matters MM6740):
   * for a Medicare member a consultation is billed as the new-patient office visit of the same
   * level, 99202-99205.
   */
  private static String medicareCode(HandlerContext c, String cpt) {
    if (EntityFacts.lineOfBusiness(c).isMedicare()
        && cpt.length() == 5
        && cpt.startsWith("9924")
        && cpt.charAt(4) >= '2'
        && cpt.charAt(4) <= '5') {
      return "9920" + cpt.charAt(4);
    }
    return cpt;
  }

  /** The preventive visit code for an age: 99391-99394 for children, 99395/99396, G0439 at 65+. */
  private static String wellnessCode(Integer age) {
    if (age == null || age >= 65) {
      return "G0439";
    }
    if (age >= 40) {
      return "99396";
    }
    if (age >= 18) {
      return "99395";
    }
    return age >= 12 ? "99394" : age >= 5 ? "99393" : age >= 1 ? "99392" : "99391";
  }

  private static HandlerResult death(HandlerContext c) {
    String cause = c.text("cause_icd10").orElse("R99");
    return HandlerResult.of(
        new Death(
            Ids.of("DTH", c.event().seed(), 0),
            c.date(),
            cause,
            c.text("cause_description")
                .orElseGet(
                    () ->
                        cause.equals("R99")
                            ? "Ill-defined and unknown cause of mortality"
                            : EntityFacts.conditionDescription(c, cause)),
            c.text("place").orElse("hospital")));
  }

  private HandlerResult diagnosis(HandlerContext c) {
    List<String> codes = EntityFacts.conditionCodes(c);
    String icd10 =
        c.text("icd10")
            .orElseGet(
                () -> {
                  if (codes.isEmpty()) {
                    throw new IllegalArgumentException(
                        "a diagnosis needs an icd10 parameter or an entity with a condition");
                  }
                  return codes.get(0);
                });
    String description =
        c.text("description").orElseGet(() -> EntityFacts.conditionDescription(c, icd10));
    return HandlerResult.of(
        new Diagnosis(
            Ids.of("COND", c.event().seed(), 0),
            c.date(),
            icd10,
            description,
            "active",
            "confirmed",
            pool.primaryCare(c.entity().seed()).npi()));
  }

  private static LabCatalog.Lab lab(HandlerContext c) {
    if (c.text("loinc").isPresent()) {
      String loinc = c.text("loinc").get();
      return LabCatalog.byLoinc(loinc)
          .orElseThrow(
              () -> new IllegalArgumentException("LOINC " + loinc + " is not in lab-catalog.csv"));
    }
    String name =
        c.text("lab")
            .orElseThrow(
                () -> new IllegalArgumentException("a lab order needs a loinc or lab parameter"));
    return LabCatalog.lab(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "lab "
                        + name
                        + " is not in lab-catalog.csv; known: "
                        + String.join(", ", LabCatalog.all().keySet())));
  }

  private HandlerResult labOrder(HandlerContext c) {
    LabCatalog.Lab lab = lab(c);
    List<String> codes = EntityFacts.conditionCodes(c);
    return HandlerResult.of(
        new LabOrder(
            Ids.of("ORD", c.event().seed(), 0),
            c.date(),
            lab.loinc(),
            lab.display(),
            c.text("priority").orElse("routine"),
            pool.primaryCare(c.entity().seed()).npi(),
            c.text("reason_icd10").orElse(codes.isEmpty() ? null : codes.get(0))));
  }

  private HandlerResult labResult(HandlerContext c) {
    String wantedOrder = c.text("order_id").orElse(null);
    String wantedLoinc =
        c.text("loinc")
            .or(() -> c.text("lab").flatMap(LabCatalog::lab).map(LabCatalog.Lab::loinc))
            .orElse(null);
    List<LabResult> answered = Timelines.all(c, LabResult.class);
    LabOrder order =
        Timelines.latest(
                c,
                LabOrder.class,
                o ->
                    (wantedOrder == null || o.orderId().equals(wantedOrder))
                        && (wantedLoinc == null || o.loinc().equals(wantedLoinc))
                        && answered.stream().noneMatch(r -> r.orderId().equals(o.orderId())))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "a lab result needs an earlier, unanswered lab order on the timeline"));
    LabCatalog.Lab lab =
        LabCatalog.byLoinc(order.loinc())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "LOINC " + order.loinc() + " is not in lab-catalog.csv"));
    double value =
        c.number("value")
            .map(v -> Rounding.toScale(v, Math.pow(10, lab.decimals())))
            .orElseGet(() -> resultValue(c, lab));
    String interpretation = value > lab.high() ? "H" : value < lab.low() ? "L" : "N";
    return HandlerResult.of(
        new LabResult(
            Ids.of("RES", c.event().seed(), 0),
            order.orderId(),
            c.date(),
            order.loinc(),
            order.display(),
            value,
            lab.decimals(),
            lab.unit(),
            lab.low(),
            lab.high(),
            interpretation));
  }

  /**
   * The entity's own value from its profile when it has one (with the test's usual variation), else
   * a typical value for someone with, or without, the condition that shifts this lab.
   */
  private static double resultValue(HandlerContext c, LabCatalog.Lab lab) {
    ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(c.rng());
    Double own = EntityFacts.lab(c, lab.name());
    double value;
    if (own != null) {
      value = own + 0.1 * lab.sd() * z.sample();
    } else {
      boolean shifted = !lab.condition().isEmpty() && EntityFacts.has(c, lab.condition());
      double mean = shifted ? lab.conditionMean() : lab.mean();
      double sd = shifted ? lab.conditionSd() : lab.sd();
      do {
        value = mean + sd * z.sample();
      } while (value < lab.min() || value > lab.max());
    }
    double scale = Math.pow(10, lab.decimals());
    return Rounding.toScale(Math.max(lab.min(), Math.min(lab.max(), value)), scale);
  }

  private HandlerResult medicationOrder(HandlerContext c) {
    String rxnorm =
        c.text("rxnorm")
            .orElseThrow(
                () -> new IllegalArgumentException("a medication order needs an rxnorm parameter"));
    String name =
        c.text("drug_name")
            .or(() -> c.text("name"))
            .orElseGet(() -> DrugCatalog.byRxnorm(rxnorm).map(DrugCatalog.Drug::name).orElse(null));
    List<String> codes = EntityFacts.conditionCodes(c);
    return HandlerResult.of(
        new MedicationOrder(
            Ids.of("MED", c.event().seed(), 0),
            c.date(),
            rxnorm,
            name,
            c.text("sig").orElse("Take 1 tablet by mouth once daily"),
            EntityFacts.integer(c, "quantity", 30),
            EntityFacts.integer(c, "days_supply", 30),
            EntityFacts.integer(c, "refills", 3),
            pool.primaryCare(c.entity().seed()).npi(),
            c.text("reason_icd10").orElse(codes.isEmpty() ? null : codes.get(0))));
  }

  private HandlerResult procedure(HandlerContext c) {
    String code =
        c.text("cpt")
            .or(() -> c.text("hcpcs"))
            .or(() -> c.text("code"))
            .orElseThrow(
                () -> new IllegalArgumentException("a procedure needs a cpt or hcpcs parameter"));
    ServiceCodes.Service service = ServiceCodes.get(code);
    String pos = c.text("place_of_service").orElse(service.surgical() ? "22" : "11");
    int units = c.number("units").map(u -> (int) Math.round(u)).orElse(FacilityRates.units(code));
    if (units < 1) {
      throw new IllegalArgumentException("units must be at least 1, not " + units);
    }
    String npi =
        c.text("supplier").map(s -> supplier(c, s).npi()).orElseGet(() -> provider(c).npi());
    return HandlerResult.of(
        new Procedure(
            Ids.of("PROC", c.event().seed(), 0),
            c.date(),
            code,
            service.system(),
            service.description(),
            units,
            pos,
            npi));
  }

  private HandlerResult admission(HandlerContext c) {
    Organization hospital = pool.hospital(c.entity().seed());
    return HandlerResult.of(
        new Admission(
            Ids.of("ENC", c.event().seed(), 0),
            c.date(),
            c.text("admission_type").orElse("elective"),
            hospital.npi(),
            hospital.name(),
            pool.provider("internal_medicine", c.entity().seed()).npi(),
            "A01"));
  }

  private static Admission openStay(HandlerContext c) {
    List<Discharge> discharges = Timelines.all(c, Discharge.class);
    return Timelines.latest(
            c,
            Admission.class,
            a -> discharges.stream().noneMatch(d -> d.encounterId().equals(a.encounterId())))
        .orElseThrow(() -> new IllegalArgumentException("no open admission on the timeline"));
  }

  private HandlerResult discharge(HandlerContext c) {
    Admission stay = openStay(c);
    String key = c.text("disposition").orElse("home");
    HandlerData.Disposition disposition = HandlerData.DISPOSITIONS.get(key);
    if (disposition == null) {
      throw new IllegalArgumentException(
          "disposition " + key + ": use one of " + HandlerData.DISPOSITIONS.keySet());
    }
    int days = (int) Math.max(1, ChronoUnit.DAYS.between(stay.admitDate(), c.date()));
    return HandlerResult.of(
        new Discharge(
            stay.encounterId(),
            stay.admitDate(),
            c.date(),
            days,
            disposition.code(),
            disposition.description(),
            "A03"));
  }

  /**
   * A skilled nursing facility stay, a home health period or hospice care: {@code setting} ({@code
   * skilled_nursing}, {@code home_health} or {@code hospice}), {@code end_date} (on or after the
   * event's date) or {@code days} (the SNF's covered days, the period's length), {@code visits}
   * (home health), {@code icd10}; it follows the latest discharge, if any.
   */
  private HandlerResult postAcuteCare(HandlerContext c) {
    String setting = c.text("setting").orElse(PostAcuteStay.SKILLED_NURSING);
    boolean snf = setting.equals(PostAcuteStay.SKILLED_NURSING);
    boolean hospice = setting.equals(PostAcuteStay.HOSPICE);
    if (!snf && !hospice && !setting.equals(PostAcuteStay.HOME_HEALTH)) {
      throw new IllegalArgumentException(
          "setting " + setting + ": use skilled_nursing, home_health or hospice");
    }
    int lastDayCounts = snf ? 0 : 1; // a SNF's discharge day is not a covered day
    Optional<Double> length = c.number("days");
    LocalDate end =
        c.text("end_date")
            .map(LocalDate::parse)
            .or(() -> length.map(d -> c.date().plusDays(d.longValue() - lastDayCounts)))
            .orElseThrow(
                () -> new IllegalArgumentException("post_acute_care needs end_date or days"));
    if (end.isBefore(c.date())) {
      throw new IllegalArgumentException(
          "end_date " + end + " is before the event's date " + c.date());
    }
    long seed = c.entity().seed();
    Organization provider =
        snf
            ? pool.skilledNursingFacility(seed)
            : hospice ? pool.hospice(seed) : pool.homeHealthAgency(seed);
    long days = ChronoUnit.DAYS.between(c.date(), end) + lastDayCounts;
    String prior =
        Timelines.latest(c, Discharge.class, d -> !d.dischargeDate().isAfter(c.date()))
            .map(Discharge::encounterId)
            .orElse(null);
    return HandlerResult.of(
        new PostAcuteStay(
            Ids.of(snf ? "SNF" : hospice ? "HSP" : "HHA", c.event().seed(), 0),
            setting,
            c.date(),
            end,
            (int) days,
            snf || hospice ? 0 : c.number("visits").map(Double::intValue).orElse(9),
            provider.npi(),
            provider.name(),
            prior,
            c.text("icd10")
                .orElseGet(() -> EntityFacts.conditionCodes(c).stream().findFirst().orElse(null))));
  }

  private HandlerResult transfer(HandlerContext c) {
    Admission stay = openStay(c);
    return HandlerResult.of(
        new Transfer(
            stay.encounterId(),
            c.date(),
            c.text("from_unit").orElse("Medical-Surgical"),
            c.text("to_unit").orElse("Intensive Care"),
            "A02"));
  }

  private HandlerResult observation(HandlerContext c) {
    if (c.text("lab").isPresent() || c.text("loinc").isPresent()) {
      LabCatalog.Lab lab = lab(c);
      double value = resultValue(c, lab);
      return HandlerResult.of(
          new Observation(
              Ids.of("OBS", c.event().seed(), 0),
              c.date(),
              lab.loinc(),
              lab.display(),
              java.math.BigDecimal.valueOf(value)
                  .setScale(lab.decimals(), java.math.RoundingMode.HALF_UP)
                  .toPlainString(),
              lab.unit()));
    }
    LabCatalog.Lab systolic = LabCatalog.lab("systolic_bp").orElseThrow();
    LabCatalog.Lab diastolic = LabCatalog.lab("diastolic_bp").orElseThrow();
    long s = Math.round(resultValue(c, systolic));
    long d = Math.min(s - 20, Math.round(resultValue(c, diastolic)));
    return HandlerResult.of(
        new Observation(
            Ids.of("OBS", c.event().seed(), 0),
            c.date(),
            "85354-9",
            "Blood pressure panel with all children optional",
            s + "/" + d,
            "mm[Hg]"));
  }

  private HandlerResult referral(HandlerContext c) {
    String specialty =
        c.text("specialty")
            .orElseThrow(
                () -> new IllegalArgumentException("a referral needs a specialty parameter"));
    Provider to = pool.provider(specialty, c.entity().seed());
    return HandlerResult.of(
        new Referral(
            Ids.of("REF", c.event().seed(), 0),
            c.date(),
            specialty,
            to.taxonomy(),
            to.npi(),
            to.displayName(),
            pool.primaryCare(c.entity().seed()).npi(),
            c.text("reason").orElse(c.event().name())));
  }

  private HandlerResult carePlanUpdate(HandlerContext c) {
    HandlerData.CarePlan plan =
        HandlerData.CARE_PLANS.stream()
            .filter(p -> p.icd10Prefix().isEmpty() || EntityFacts.has(c, p.icd10Prefix()))
            .findFirst()
            .orElseThrow();
    String goal = plan.goal();
    List<String> activities = plan.activities();
    List<String> given = EntityFacts.list(c, "activities");
    return HandlerResult.of(
        new CarePlanUpdate(
            Ids.of("CP", c.event().seed(), 0),
            c.date(),
            c.text("goal").orElse(goal),
            given.isEmpty() ? activities : given,
            pool.primaryCare(c.entity().seed()).npi()));
  }
}
