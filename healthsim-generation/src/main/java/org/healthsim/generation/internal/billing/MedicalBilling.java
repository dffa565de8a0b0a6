package org.healthsim.generation.internal.billing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.DoubleStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.healthsim.core.random.Randoms;
import org.healthsim.core.seed.Seeds;
import org.healthsim.core.spec.LineOfBusiness;
import org.healthsim.generation.internal.adjudication.MedicalBill;
import org.healthsim.generation.internal.adjudication.MedicalBill.Benefit;
import org.healthsim.generation.internal.adjudication.MedicalBill.PricedLine;
import org.healthsim.generation.internal.billing.ServiceIndex.Service;
import org.healthsim.generation.internal.pricing.DrgCatalog;
import org.healthsim.generation.internal.pricing.FacilityRates;
import org.healthsim.generation.internal.pricing.Pricing;
import org.healthsim.generation.internal.pricing.ServiceCodes;
import org.healthsim.generation.records.Admission;
import org.healthsim.generation.records.Diagnosis;
import org.healthsim.generation.records.Discharge;
import org.healthsim.generation.records.Encounter;
import org.healthsim.generation.records.LabOrder;
import org.healthsim.generation.records.PostAcuteStay;
import org.healthsim.generation.records.Procedure;

/**
 * One member's medical claims from its services (docs/claims.md, "Billing"): a professional claim
 * per encounter with the labs drawn and procedures done at it, under the clinician who saw the
 * patient; a hospital outpatient claim beside an ED or hospital-clinic visit; per stay an
 * institutional claim (DRG payment) and the attending's professional claim; a claim per clinician
 * and day for procedures and labs done apart from a visit.
 */
final class MedicalBilling {

  /** NUCC taxonomies of primary care: copays at the primary-care rate. */
  private static final Set<String> PRIMARY_CARE =
      Set.of(
          "207Q00000X",
          "207R00000X",
          "208000000X",
          "207RG0300X",
          "208D00000X",
          "363L00000X",
          "363A00000X");

  private static final String HOSPITALIST = "208M00000X";
  private static final String VENIPUNCTURE = "36415";

  /** An office E/M in a hospital outpatient department at the fee schedule's facility rate. */
  private static final double FACILITY_EM_RATE = Pricing.constant("physician_facility_em_rate");

  private static final String ESRD_FACILITY = "65";
  private static final String ESRD = "N18.6";
  private static final String OBSERVATION = "G0378";

  /** Days out of hospital that end a Medicare benefit period (42 CFR 409.60). */
  private static final int BENEFIT_PERIOD_GAP_DAYS = 60;

  private final ServiceIndex index;
  private final List<String> conditions;
  private final LineOfBusiness lob;
  private final String hospitalNpi;
  private final String dialysisNpi;
  private final Map<Object, Boolean> consumed = new IdentityHashMap<>();

  /** Encounters whose facility part is billed already (on a stay's claim). */
  private final Map<Object, Boolean> facilityBilled = new IdentityHashMap<>();

  private final List<MedicalBill> bills = new ArrayList<>();

  MedicalBilling(
      ServiceIndex index,
      List<String> conditions,
      LineOfBusiness lob,
      String hospitalNpi,
      String dialysisNpi) {
    this.index = index;
    this.conditions = conditions;
    this.lob = lob;
    this.hospitalNpi = hospitalNpi;
    this.dialysisNpi = dialysisNpi;
  }

  List<MedicalBill> bills() {
    LocalDate lastDischarge = null;
    for (Service<Admission> a : index.admissions) {
      LocalDate discharged = stay(a, lastInpatientDay(a.record().admitDate(), lastDischarge));
      if (discharged != null) {
        lastDischarge = discharged;
      }
    }
    for (Service<PostAcuteStay> p : index.postAcute) {
      postAcute(p);
    }
    dialysis();
    for (Service<Encounter> e : index.encounters) {
      if (!consumed.containsKey(e) && !index.billedProfessional.contains(e.record().date())) {
        visit(e);
      }
    }
    apart();
    return bills;
  }

  /**
   * Bills a stay; returns its discharge date, or {@code null} when it is not billed.
   *
   * @param lastDischarge the member's previous discharge, for Medicare's benefit periods
   */
  private LocalDate stay(Service<Admission> a, LocalDate lastDischarge) {
    Admission admission = a.record();
    Service<Discharge> discharge =
        index.discharges.stream()
            .filter(d -> d.record().encounterId().equals(admission.encounterId()))
            .findFirst()
            .orElse(null);
    if (discharge == null || index.billedStays.contains(admission.admitDate())) {
      return null; // in hospital at the window's end (billed when discharged), or billed already
    }
    LocalDate admit = admission.admitDate();
    LocalDate end = discharge.record().dischargeDate();
    int days = (int) Math.max(1, ChronoUnit.DAYS.between(admit, end));
    List<String> dx = diagnoses(admit, null, 25);
    long seed = seed(a.event().seed(), "stay");
    UniformRandomProvider rng = Randoms.forSeed(seed);
    boolean emergency = admission.admissionType().equals("emergency");
    boolean surgery = false;
    List<String> operations = new ArrayList<>();
    for (Service<Procedure> p : index.procedures) {
      LocalDate d = p.record().date();
      if (!d.isBefore(admit) && !d.isAfter(end) && p.record().placeOfService().equals("21")) {
        surgery |= ServiceCodes.get(p.record().code()).surgical();
        operations.add(p.record().code());
      }
    }
    DrgCatalog.Drg drg = DrgCatalog.assign(dx.get(0), dx.subList(1, dx.size()), operations);
    for (Service<Encounter> e : index.encounters) {
      LocalDate d = e.record().date();
      if (e.record().placeOfService().equals("23")
          && !d.isAfter(admit)
          && !d.isBefore(admit.minusDays(1))) {
        emergency = true;
        facilityBilled.put(e, true); // the ED visit's facility part is on the stay's claim
      }
    }
    double spread = z(rng);
    long payment =
        Pricing.cents(
            drg.weight()
                * Pricing.constant("ipps_base_rate")
                * Pricing.ippsAdjustment(admission.facilityNpi())
                * Pricing.hospitalLevel(lob)
                * Math.exp(Pricing.constant("allowed_log_sd") * spread));
    double markup =
        Pricing.constant("inpatient_charge_markup_median")
            * Math.exp(Pricing.constant("inpatient_charge_markup_log_sd") * z(rng));
    List<InpatientLines.Line> revenue =
        InpatientLines.of(emergency, surgery, dx.get(0).startsWith("J"), dx.get(0).startsWith("I"));
    long[] charges =
        charges(payment, markup, revenue.stream().mapToDouble(InpatientLines.Line::chargeWeight));
    long[] allowed = shares(payment, charges, java.util.Arrays.stream(charges).sum());
    List<PricedLine> lines = new ArrayList<>();
    for (int i = 0; i < charges.length; i++) {
      String code = revenue.get(i).revenueCode();
      lines.add(
          new PricedLine(
              code,
              code,
              revenue.get(i).units(days),
              List.of(1),
              "inpatient",
              charges[i],
              allowed[i]));
    }
    bills.add(
        new MedicalBill(
            "claim_institutional",
            Benefit.INPATIENT_FACILITY,
            admit,
            end,
            admission.facilityNpi(),
            null,
            null,
            "111",
            dx,
            drg.drg(),
            lines,
            List.of(a.event().timelineEventId(), discharge.event().timelineEventId()),
            days,
            lastDischarge == null || admit.isAfter(lastDischarge.plusDays(BENEFIT_PERIOD_GAP_DAYS)),
            seed));
    List<String> visits = new ArrayList<>(List.of("99223"));
    List<Integer> units = new ArrayList<>(List.of(1));
    if (days >= 2) {
      visits.add("99232");
      units.add(days - 1);
    }
    visits.add("99238");
    units.add(1);
    professional(
        Benefit.INPATIENT_PHYSICIAN,
        admit,
        end,
        admission.attendingNpi(),
        HOSPITALIST,
        "21",
        dx.subList(0, Math.min(4, dx.size())),
        visits,
        units,
        List.of(a.event().timelineEventId()),
        seed(a.event().seed(), "attending"));
    return end;
  }

  /**
   * The later of {@code lastDischarge} and the last day of a SNF stay ended before {@code admit}: a
   * Medicare benefit period runs until 60 days out of hospital and SNF (42 CFR 409.60).
   */
  private LocalDate lastInpatientDay(LocalDate admit, LocalDate lastDischarge) {
    LocalDate last = lastDischarge;
    for (Service<PostAcuteStay> p : index.postAcute) {
      LocalDate end = p.record().endDate();
      if (p.record().skilledNursing()
          && end.isBefore(admit)
          && (last == null || end.isAfter(last))) {
        last = end;
      }
    }
    return last;
  }

  /**
   * A SNF stay's claim (bill type 211, the covered days at the SNF per diem), a home health
   * period's (329, the 30-day period payment) or a hospice claim (811, routine home care days at
   * the two daily rates), allowed split over the revenue lines in proportion to their charges.
   */
  private void postAcute(Service<PostAcuteStay> p) {
    PostAcuteStay stay = p.record();
    boolean snf = stay.skilledNursing();
    boolean hospice = stay.hospice();
    long seed = seed(p.event().seed(), "post-acute");
    UniformRandomProvider rng = Randoms.forSeed(seed);
    int days = Math.max(1, stay.coveredDays());
    double medicare =
        snf
            ? Pricing.constant("snf_per_diem") * days
            : hospice
                ? Pricing.constant("hospice_day_1_60") * Math.min(days, 60)
                    + Pricing.constant("hospice_day_61_on") * Math.max(0, days - 60)
                : Pricing.constant("home_health_period");
    long payment =
        Pricing.cents(
            medicare
                * Pricing.hospitalLevel(lob)
                * Math.exp(Pricing.constant("allowed_log_sd") * z(rng)));
    double markup =
        Pricing.constant("charge_markup_median")
            * Math.exp(Pricing.constant("charge_markup_log_sd") * z(rng));
    List<PostAcuteLines.Line> revenue = new ArrayList<>();
    List<Integer> units = new ArrayList<>();
    for (PostAcuteLines.Line l : PostAcuteLines.of(stay.setting())) {
      int u = l.units(days, stay.visits());
      if (u > 0) {
        revenue.add(l);
        units.add(u);
      }
    }
    if (revenue.isEmpty()) { // a period of one visit: its largest visit line
      revenue.add(PostAcuteLines.of(stay.setting()).get(0));
      units.add(1);
    }
    long[] charges =
        charges(payment, markup, revenue.stream().mapToDouble(PostAcuteLines.Line::chargeWeight));
    long[] allowed = shares(payment, charges, java.util.Arrays.stream(charges).sum());
    List<String> dx = principalAndConditions(stay.icd10());
    List<PricedLine> lines = new ArrayList<>();
    for (int i = 0; i < charges.length; i++) {
      PostAcuteLines.Line l = revenue.get(i);
      lines.add(
          new PricedLine(
              l.code(),
              l.revenueCode(),
              units.get(i),
              List.of(1),
              "post_acute",
              charges[i],
              allowed[i]));
    }
    bills.add(
        new MedicalBill(
            "claim_institutional",
            snf ? Benefit.SKILLED_NURSING : hospice ? Benefit.HOSPICE : Benefit.HOME_HEALTH,
            stay.startDate(),
            stay.endDate(),
            stay.providerNpi(),
            null,
            null,
            snf ? "211" : hospice ? "811" : "329",
            dx.isEmpty() ? List.of("Z00.00") : dx,
            null,
            lines,
            List.of(p.event().timelineEventId()),
            snf ? stay.coveredDays() : 0,
            false,
            seed));
  }

  /**
   * The dialysis facility's monthly claims (bill type 721): each month's sessions (place of service
   * 65) as revenue code 0821 lines, at the ESRD PPS base rate per treatment.
   */
  private void dialysis() {
    Map<String, List<Service<Procedure>>> months = new java.util.TreeMap<>();
    for (Service<Procedure> p : index.procedures) {
      if (p.record().placeOfService().equals(ESRD_FACILITY) && !consumed.containsKey(p)) {
        months
            .computeIfAbsent(p.record().date().toString().substring(0, 7), k -> new ArrayList<>())
            .add(p);
      }
    }
    double medicare = Pricing.constant("esrd_base_rate");
    double level = Pricing.hospitalLevel(lob);
    for (List<Service<Procedure>> sessions : months.values()) {
      Service<Procedure> first = sessions.get(0);
      long seed = seed(first.event().seed(), "dialysis");
      UniformRandomProvider rng = Randoms.forSeed(seed);
      List<PricedLine> lines = new ArrayList<>();
      List<String> services = new ArrayList<>();
      for (Service<Procedure> s : sessions) {
        consumed.put(s, true);
        services.add(s.event().timelineEventId());
        long billed = Pricing.billed(rng, medicare);
        lines.add(
            new PricedLine(
                s.record().code(),
                OutpatientRevenueCodes.DIALYSIS,
                1,
                List.of(1),
                "dialysis",
                billed,
                Pricing.allowed(rng, medicare, level, billed)));
      }
      List<String> dx = principalAndConditions(ESRD);
      bills.add(
          new MedicalBill(
              "claim_institutional",
              Benefit.OUTPATIENT,
              first.record().date(),
              sessions.get(sessions.size() - 1).record().date(),
              dialysisNpi,
              null,
              null,
              "721",
              dx,
              null,
              lines,
              services,
              0,
              false,
              seed));
    }
  }

  private void visit(Service<Encounter> e) {
    Encounter enc = e.record();
    LocalDate date = enc.date();
    List<String> codes = new ArrayList<>(List.of(enc.cpt()));
    List<Integer> units = new ArrayList<>(List.of(1));
    List<String> services = new ArrayList<>(List.of(e.event().timelineEventId()));
    boolean hospitalOutpatient = enc.placeOfService().equals("22");
    boolean emergency = enc.placeOfService().equals("23");
    List<String> facilityCodes = new ArrayList<>();
    List<Integer> facilityUnits = new ArrayList<>();
    List<String> facilityServices = new ArrayList<>(List.of(e.event().timelineEventId()));
    boolean drawn = false;
    for (Service<LabOrder> lab : index.labs) {
      LabOrder o = lab.record();
      if (!consumed.containsKey(lab)
          && o.date().equals(date)
          && o.orderingNpi().equals(enc.providerNpi())) {
        String cpt = LabCodes.cpt(o.loinc()).orElse(null);
        if (cpt == null) {
          continue;
        }
        consumed.put(lab, true);
        services.add(lab.event().timelineEventId());
        if (!drawn) {
          codes.add(VENIPUNCTURE);
          units.add(1);
          drawn = true;
        }
        if (!codes.contains(cpt)) {
          codes.add(cpt);
          units.add(1);
        }
      }
    }
    for (Service<Procedure> p : index.procedures) {
      Procedure proc = p.record();
      if (consumed.containsKey(p)
          || !proc.date().equals(date)
          || !proc.performerNpi().equals(enc.providerNpi())) {
        continue;
      }
      if (proc.placeOfService().equals("21")
          || (proc.placeOfService().equals("22") && !hospitalOutpatient && !emergency)) {
        continue; // done in the hospital apart from this office visit: billed on its own
      }
      consumed.put(p, true);
      if (hospitalOutpatient
          || emergency
          || proc.placeOfService().equals("22")
          || proc.placeOfService().equals("23")) {
        facilityCodes.add(proc.code());
        facilityUnits.add(proc.units());
        facilityServices.add(p.event().timelineEventId());
        if (ServiceCodes.get(proc.code()).surgical()) {
          codes.add(proc.code()); // the surgeon's part, beside the department's
          units.add(proc.units());
          services.add(p.event().timelineEventId());
        }
      } else {
        codes.add(proc.code());
        units.add(proc.units());
        services.add(p.event().timelineEventId());
      }
    }
    Benefit benefit =
        emergency
            ? Benefit.EMERGENCY_PHYSICIAN
            : PRIMARY_CARE.contains(enc.taxonomy()) ? Benefit.PRIMARY_CARE : Benefit.SPECIALIST;
    List<String> dx = diagnoses(date, enc.providerNpi(), 4);
    professional(
        benefit,
        date,
        date,
        enc.providerNpi(),
        enc.taxonomy(),
        enc.placeOfService(),
        dx,
        codes,
        units,
        services,
        seed(e.event().seed(), "professional"));
    if (emergency && !facilityBilled.containsKey(e)) {
      List<String> fc = new ArrayList<>(List.of(enc.cpt()));
      List<Integer> fu = new ArrayList<>(List.of(1));
      fc.addAll(facilityCodes);
      fu.addAll(facilityUnits);
      Service<Encounter> observation = observationOn(date);
      if (observation != null) { // one claim: the observation C-APC packages the ED visit
        facilityBilled.put(observation, true);
        fc.add(OBSERVATION);
        Object hours = observation.event().parameters().get("hours");
        fu.add(hours instanceof Number ? ((Number) hours).intValue() : 24);
        facilityServices.add(observation.event().timelineEventId());
      }
      facility(
          Benefit.EMERGENCY_FACILITY, date, dx, fc, fu, facilityServices, e, observation != null);
    } else if (emergency) {
      // The ED visit is on the stay's claim; tests done at it are billed on their own (the
      // 3-day payment window, which would bundle them into the DRG, is not modelled).
      if (!facilityCodes.isEmpty()) {
        facility(
            Benefit.OUTPATIENT,
            date,
            dx,
            facilityCodes,
            facilityUnits,
            facilityServices.subList(1, facilityServices.size()),
            e);
      }
    } else if ((hospitalOutpatient || !facilityCodes.isEmpty()) && !facilityBilled.containsKey(e)) {
      List<String> fc = new ArrayList<>(List.of("G0463"));
      List<Integer> fu = new ArrayList<>(List.of(1));
      fc.addAll(facilityCodes);
      fu.addAll(facilityUnits);
      facility(Benefit.OUTPATIENT, date, dx, fc, fu, facilityServices, e);
    }
  }

  /** The observation encounter of {@code date}, or {@code null}. */
  private Service<Encounter> observationOn(LocalDate date) {
    for (Service<Encounter> o : index.encounters) {
      if (o.record().date().equals(date) && o.record().encounterClass().equals("observation")) {
        return o;
      }
    }
    return null;
  }

  /** Procedures and labs not done at a visit: one claim per clinician and day. */
  private void apart() {
    Map<String, List<Service<?>>> groups = new java.util.TreeMap<>();
    for (Service<Procedure> p : index.procedures) {
      if (!consumed.containsKey(p) && !index.billedProfessional.contains(p.record().date())) {
        groups
            .computeIfAbsent(
                p.record().date()
                    + "|"
                    + p.record().performerNpi()
                    + "|"
                    + p.record().placeOfService(),
                k -> new ArrayList<>())
            .add(p);
      }
    }
    for (Service<LabOrder> l : index.labs) {
      if (!consumed.containsKey(l)
          && LabCodes.cpt(l.record().loinc()).isPresent()
          && !index.billedProfessional.contains(l.record().date())) {
        groups
            .computeIfAbsent(
                l.record().date() + "|" + l.record().orderingNpi() + "|81", k -> new ArrayList<>())
            .add(l);
      }
    }
    for (Map.Entry<String, List<Service<?>>> g : groups.entrySet()) {
      String[] key = g.getKey().split("\\|");
      LocalDate date = LocalDate.parse(key[0]);
      String npi = key[1];
      String pos = key[2];
      List<String> codes = new ArrayList<>();
      List<Integer> units = new ArrayList<>();
      List<String> services = new ArrayList<>();
      boolean lab = pos.equals("81");
      if (lab) {
        codes.add(VENIPUNCTURE);
        units.add(1);
      }
      for (Service<?> s : g.getValue()) {
        services.add(s.event().timelineEventId());
        boolean labOrder = s.record() instanceof LabOrder;
        String code =
            labOrder
                ? LabCodes.cpt(((LabOrder) s.record()).loinc()).orElseThrow()
                : ((Procedure) s.record()).code();
        if (!codes.contains(code)) {
          codes.add(code);
          units.add(labOrder ? 1 : ((Procedure) s.record()).units());
        }
      }
      long seed = seed(g.getValue().get(0).event().seed(), "apart");
      List<String> dx = diagnoses(date, npi, 4);
      if (pos.equals("22")) {
        facility(Benefit.OUTPATIENT, date, dx, codes, units, services, g.getValue().get(0));
        surgeon(date, npi, dx, g.getValue());
        continue;
      }
      professional(apartBenefit(pos), date, date, npi, null, pos, dx, codes, units, services, seed);
    }
  }

  /** The benefit a claim for services apart from a visit falls under, by its place of service. */
  private static Benefit apartBenefit(String placeOfService) {
    switch (placeOfService) {
      case "81":
        return Benefit.LAB;
      case "21":
        return Benefit.INPATIENT_PHYSICIAN;
      case "41":
        return Benefit.AMBULANCE;
      case "12":
        return Benefit.DURABLE_EQUIPMENT;
      default:
        return Benefit.SPECIALIST;
    }
  }

  /**
   * The surgeon's claim for the operations of a hospital outpatient visit (the facility's claim
   * carries the rest: drugs, infusions and their administration are the facility's alone).
   */
  private void surgeon(LocalDate date, String npi, List<String> dx, List<Service<?>> services) {
    List<String> codes = new ArrayList<>();
    List<Integer> units = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Service<?> s : services) {
      if (s.record() instanceof Procedure
          && ServiceCodes.get(((Procedure) s.record()).code()).surgical()) {
        codes.add(((Procedure) s.record()).code());
        units.add(((Procedure) s.record()).units());
        ids.add(s.event().timelineEventId());
      }
    }
    if (!codes.isEmpty()) {
      professional(
          Benefit.SPECIALIST,
          date,
          date,
          npi,
          null,
          "22",
          dx,
          codes,
          units,
          ids,
          seed(services.get(0).event().seed(), "surgeon"));
    }
  }

  private void professional(
      Benefit benefit,
      LocalDate from,
      LocalDate to,
      String npi,
      String taxonomy,
      String pos,
      List<String> dx,
      List<String> codes,
      List<Integer> units,
      List<String> services,
      long seed) {
    UniformRandomProvider rng = Randoms.forSeed(Seeds.mix(seed, 1));
    double level = Pricing.level(lob);
    List<PricedLine> lines = new ArrayList<>();
    boolean facilitySetting = pos.equals("22") || pos.equals("19");
    for (int i = 0; i < codes.size(); i++) {
      ServiceCodes.Service s = ServiceCodes.get(codes.get(i));
      double medicare =
          s.medicareAllowed()
              * units.get(i)
              * (facilitySetting && s.category().equals("office_visit") ? FACILITY_EM_RATE : 1);
      long billed = Pricing.billed(rng, medicare);
      lines.add(
          new PricedLine(
              s.code(),
              null,
              units.get(i),
              pointers(i, dx.size()),
              s.category(),
              billed,
              Pricing.allowed(rng, medicare, level, billed)));
    }
    bills.add(
        new MedicalBill(
            "claim_professional",
            benefit,
            from,
            to,
            npi,
            npi,
            taxonomy,
            pos,
            dx,
            null,
            lines,
            services,
            0,
            false,
            seed));
  }

  /** A hospital outpatient claim (bill type 131): OPPS amounts; labs packaged, drugs at ASP. */
  private void facility(
      Benefit benefit,
      LocalDate date,
      List<String> dx,
      List<String> codes,
      List<Integer> units,
      List<String> services,
      Service<?> first) {
    facility(benefit, date, dx, codes, units, services, first, false);
  }

  /**
   * A hospital outpatient claim; {@code comprehensive}: paid as one comprehensive APC (the
   * observation line's), every other line packaged.
   */
  private void facility(
      Benefit benefit,
      LocalDate date,
      List<String> dx,
      List<String> codes,
      List<Integer> units,
      List<String> services,
      Service<?> first,
      boolean comprehensive) {
    long seed = seed(first.event().seed(), "facility");
    UniformRandomProvider rng = Randoms.forSeed(seed);
    double level = Pricing.hospitalLevel(lob);
    List<PricedLine> lines = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      ServiceCodes.Service s = ServiceCodes.get(code);
      FacilityRates.FacilityService f = FacilityRates.outpatient(code).orElse(null);
      String revenue =
          f != null ? f.revenueCode() : OutpatientRevenueCodes.forCategory(s.category());
      double medicare =
          comprehensive && !code.equals(OBSERVATION)
              ? 0
              : f != null
                  ? f.medicareAmount()
                  : s.category().equals("lab") ? 0 : s.medicareAllowed() * units.get(i);
      long billed =
          Pricing.billed(
              rng,
              f != null && f.medicareAmount() > 0
                  ? f.medicareAmount()
                  : s.medicareAllowed() * units.get(i));
      lines.add(
          new PricedLine(
              code,
              revenue,
              units.get(i),
              pointers(i, dx.size()),
              s.category(),
              billed,
              medicare == 0 ? 0 : Pricing.allowed(rng, medicare, level, billed)));
    }
    bills.add(
        new MedicalBill(
            "claim_institutional",
            benefit,
            date,
            date,
            hospitalNpi,
            null,
            null,
            "131",
            dx,
            null,
            lines,
            services,
            0,
            false,
            seed));
  }

  /**
   * The diagnoses a claim of {@code date} carries: those the clinician ({@code npi}, any when
   * {@code null}) recorded that day, else any recorded that day, then the member's conditions, up
   * to {@code max}; a general examination code when there are none.
   */
  private List<String> diagnoses(LocalDate date, String npi, int max) {
    Set<String> codes = new LinkedHashSet<>();
    for (Service<Diagnosis> d : index.diagnoses) {
      if (d.record().date().equals(date) && (npi == null || npi.equals(d.record().providerNpi()))) {
        codes.add(d.record().icd10());
      }
    }
    if (codes.isEmpty() && npi != null) {
      for (Service<Diagnosis> d : index.diagnoses) {
        if (d.record().date().equals(date)) {
          codes.add(d.record().icd10());
        }
      }
    }
    for (String c : conditions) {
      if (codes.size() >= max) {
        break;
      }
      codes.add(c);
    }
    if (codes.isEmpty()) {
      codes.add("Z00.00");
    }
    return new ArrayList<>(codes).subList(0, Math.min(max, codes.size()));
  }

  private static List<Integer> pointers(int line, int diagnoses) {
    List<Integer> p = new ArrayList<>();
    for (int d = 1; d <= (line == 0 ? Math.min(4, diagnoses) : 1); d++) {
      p.add(d);
    }
    return p;
  }

  /**
   * Line charges of a facility claim paid {@code payment} cents: payment × {@code markup} spread
   * over the lines by their charge weights, at least a cent each.
   */
  private static long[] charges(long payment, double markup, DoubleStream chargeWeights) {
    double[] w = chargeWeights.toArray();
    double sum = java.util.Arrays.stream(w).sum();
    long[] charges = new long[w.length];
    for (int i = 0; i < w.length; i++) {
      charges[i] = Math.max(1, Pricing.cents(payment / 100.0 * markup * w[i] / sum));
    }
    return charges;
  }

  /** {@code principal} (when not null) then the member's conditions, at most 12 codes. */
  private List<String> principalAndConditions(String principal) {
    List<String> dx = new ArrayList<>();
    if (principal != null) {
      dx.add(principal);
    }
    for (String c : conditions) {
      if (dx.size() < 12 && !dx.contains(c)) {
        dx.add(c);
      }
    }
    return dx;
  }

  /** {@code total} split over lines in proportion to {@code weights}, summing to it exactly. */
  static long[] shares(long total, long[] weights, long weightSum) {
    long[] out = new long[weights.length];
    long given = 0;
    for (int i = 0; i < weights.length; i++) {
      out[i] = (long) Math.floor((double) total * weights[i] / weightSum);
      given += out[i];
    }
    out[0] += total - given;
    return out;
  }

  private static double z(UniformRandomProvider rng) {
    return ZigguratSampler.NormalizedGaussian.of(rng).sample();
  }

  private static final Map<String, Long> KEYS =
      Map.of(
          "stay", Seeds.hash("claim/stay"),
          "attending", Seeds.hash("claim/attending"),
          "professional", Seeds.hash("claim/professional"),
          "facility", Seeds.hash("claim/facility"),
          "apart", Seeds.hash("claim/apart"),
          "surgeon", Seeds.hash("claim/surgeon"),
          "post-acute", Seeds.hash("claim/post-acute"),
          "dialysis", Seeds.hash("claim/dialysis"));

  /** The seed of a claim: its first service event's, mixed with what kind of claim it is. */
  private static long seed(long eventSeed, String what) {
    return Seeds.mix(eventSeed, KEYS.get(what));
  }
}
