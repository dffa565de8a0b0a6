package org.healthsim.generation.internal.care;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.rng.UniformRandomProvider;
import org.healthsim.core.spec.LineOfBusiness;
import org.healthsim.core.spec.Product;
import org.healthsim.generation.internal.calendar.BusinessCalendar;
import org.healthsim.generation.internal.handler.HandlerCatalogs;
import org.healthsim.generation.internal.pricing.DrugCatalog;
import org.healthsim.generation.journey.EventType;
import org.healthsim.generation.journey.MemberEventType;
import org.healthsim.generation.journey.PatientEventType;
import org.healthsim.generation.journey.PlanRequest;
import org.healthsim.generation.journey.RxEventType;
import org.healthsim.generation.journey.TimelineEvent;

/**
 * One entity's years of care as the {@link YearOfCarePlanner} composes them. Each kind of care
 * draws from its own stream per year ({@code y<year>/<kind>}), so adding a program or a kind of
 * care leaves the others' draws unchanged.
 */
final class CarePlan {

  private static final int NORMAL = TimelineEvent.NORMAL_PRIORITY;
  private static final int LATE = NORMAL + 1;
  private static final int LAST = NORMAL + 2;

  /** One planned stay, admit to discharge inclusive. */
  private record Stay(LocalDate admit, LocalDate discharge) {
    boolean holds(LocalDate d) {
      return !d.isBefore(admit) && !d.isAfter(discharge);
    }
  }

  /** A medication's dispensing state, carried from year to year. */
  private static final class Supply {
    LocalDate nextFill;
    int fillsLeft;
    double pdc;
    int daysSupply;
  }

  private final PlanRequest request;
  private final CareSubject subject;
  private final List<CareProgram> programs;
  private final Baseline baseline;
  private final Baseline.LineOfBusiness lob;
  private final double frailty;
  private final double visitFrailty;
  private final boolean withBaseline;
  private final Map<String, Integer> occurrences = new HashMap<>();
  private final Map<String, LocalDate> labDue = new HashMap<>();
  private final Map<String, Integer> labIntervals = new LinkedHashMap<>();
  private final Map<String, String> labReasons = new HashMap<>();
  private final Map<String, Supply> supplies = new LinkedHashMap<>();
  private final List<Stay> stays = new ArrayList<>();
  private final List<PostAcuteCare.Discharged> discharged = new ArrayList<>();
  private LocalDate joined;
  private boolean alive = true;
  private A1cTrajectory a1c;

  CarePlan(
      PlanRequest request,
      CareSubject subject,
      List<CareProgram> programs,
      Baseline baseline,
      double frailty,
      boolean withBaseline) {
    this.request = request;
    this.subject = subject;
    this.programs = programs;
    this.baseline = baseline;
    this.lob = baseline.lineOfBusiness(subject.lineOfBusiness().displayName());
    this.frailty = frailty;
    // frailty^a over its mean, E[g^a] = Gamma(k + a) / Gamma(k) * k^-a for a Gamma(k, 1/k), so
    // the visit rates keep their means.
    double a = baseline.number("visit_frailty_exponent");
    double k = baseline.number("frailty_shape");
    double mean = Math.exp(LogGamma.value(k + a) - LogGamma.value(k)) * Math.pow(k, -a);
    this.visitFrailty = Math.pow(frailty, a) / mean;
    this.withBaseline = withBaseline;
    collectLabs();
  }

  boolean alive() {
    return alive;
  }

  /** Plans a mid-window enrolment when the coverage starts inside the window. */
  void enrolment() {
    joined = request.start();
    LocalDate from = subject.coveredFrom();
    if (from != null && from.isAfter(request.start()) && from.isBefore(request.end())) {
      joined = from;
      emit(
          "enrollment",
          "New enrollment",
          Product.MEMBERSIM,
          MemberEventType.NEW_ENROLLMENT,
          from,
          NORMAL,
          Map.of("effective_date", from.toString()));
    }
  }

  /** Plans year {@code y}, the days {@code from} to the day before {@code to}. */
  void year(int y, LocalDate from, LocalDate to) {
    LocalDate start = from.isBefore(joined) ? joined : from;
    if (!start.isBefore(to)) {
      return;
    }
    int age = subject.age() + y;
    stays.clear();
    discharged.clear();
    UniformRandomProvider life = rng(y, "life");
    long days = ChronoUnit.DAYS.between(start, to);
    LocalDate death =
        life.nextDouble() < mortality(age) ? start.plusDays(life.nextLong(days)) : null;
    LocalDate leave =
        subject.lineOfBusiness() != LineOfBusiness.UNINSURED && life.nextDouble() < lob.leaveRate()
            ? start.plusDays(1 + life.nextLong(Math.max(1, days - 1)))
            : null;
    LocalDate end = to;
    if (leave != null && leave.isBefore(end)) {
      end = leave;
    } else {
      leave = null;
    }
    if (death != null && !death.isBefore(end)) {
      death = null;
    }
    if (death != null) {
      end = death;
    }
    double exposure = ChronoUnit.DAYS.between(start, end) / 365.0;
    boolean diesInHospital = death != null && terminalStay(y, death);
    PostAcuteCare postAcute = new PostAcuteCare(this, baseline, request);
    if (death != null && !diesInHospital) {
      String[] cause = cause();
      LocalDate earliest = joined.isAfter(start) ? joined : start;
      postAcute.hospice(rng(y, "hospice"), age, death, earliest, cause[0], cause[1]);
    }
    admissions(y, age, start, end, exposure);
    discharged.sort(java.util.Comparator.comparing(PostAcuteCare.Discharged::date));
    postAcute.after(discharged, end);
    if (withBaseline) {
      postAcute.fromCommunity(rng(y, "home-health"), age, start, end, exposure, frailty);
    }
    if (withBaseline) {
      preventive(y, age, start, end, exposure);
      acuteVisits(y, age, start, end, exposure);
      OutpatientProcedure.plan(
          this,
          rng(y, "procedures"),
          baseline.outpatientProcedures(),
          subject,
          age,
          visitFrailty * exposure,
          null,
          start,
          end);
    }
    emergencyVisits(y, age, start, end, exposure);
    programVisits(y, start, end, exposure);
    for (CareProgram p : programs) {
      specialists(y, p, start, end, exposure);
      if (!p.procedures().isEmpty()) {
        String own = ownCode(p);
        OutpatientProcedure.plan(
            this,
            rng(y, "procedures/" + p.id()),
            p.procedures(),
            subject,
            age,
            visitFrailty * exposure,
            new CareProgram.Code(own, subject.conditions().get(own)),
            start,
            end);
      }
      JsonNode infusion = p.options().get("infusion");
      if (infusion != null) {
        infusions(y, infusion, start, end);
      }
      JsonNode dialysis = p.options().get("dialysis");
      if (dialysis != null && subject.has(dialysis.get("condition").asText())) {
        Dialysis.plan(this, rng(y, "dialysis"), dialysis, start, end);
      }
      JsonNode cgm = p.options().get("cgm");
      if (cgm != null) {
        GlucoseMonitoring.plan(this, rng(y, "cgm"), cgm, subject, start, end);
      }
      JsonNode pregnancy = p.options().get("pregnancy");
      if (pregnancy != null && y == 0) {
        pregnancy(pregnancy, start, end);
      }
    }
    medications(y, start, end);
    qualityGaps(start, end);
    if (death != null) {
      death(y, death, diesInHospital);
      alive = false;
    } else if (leave != null) {
      emit(
          "termination",
          "Disenrollment",
          Product.MEMBERSIM,
          MemberEventType.TERMINATION,
          leave,
          LAST,
          Map.of("reason", "voluntary disenrollment"));
      alive = false;
    }
  }

  // ---- life ----

  private double mortality(int age) {
    double q = baseline.band(age).mortality();
    if ("M".equals(subject.gender())) {
      q *= baseline.number("male_mortality_ratio");
    } else if ("F".equals(subject.gender())) {
      q *= baseline.number("female_mortality_ratio");
    }
    double highest = 1;
    double extra = 0;
    for (CareProgram p : programs) {
      highest = Math.max(highest, p.mortalityRatio());
      extra += p.mortalityRatio() - 1;
    }
    // The strongest condition counts whole, the others a quarter each: risks overlap.
    double ratio = highest + 0.25 * (extra - (highest - 1));
    return Math.min(0.9, q * ratio);
  }

  private CareProgram causeProgram() {
    CareProgram cause = null;
    for (CareProgram p : programs) {
      if (cause == null || p.mortalityRatio() > cause.mortalityRatio()) {
        cause = p;
      }
    }
    return cause;
  }

  /** The code and text of the entity's gravest program condition, else R99. */
  String[] cause() {
    CareProgram p = causeProgram();
    if (p != null) {
      String code = ownCode(p);
      return new String[] {code, subject.conditions().get(code)};
    }
    return new String[] {"R99", "Ill-defined and unknown cause of mortality"};
  }

  /** Plans the stay an in-hospital death ends, when the death is one; true when it planned it. */
  private boolean terminalStay(int y, LocalDate death) {
    UniformRandomProvider rng = rng(y, "terminal-stay");
    if (rng.nextDouble() >= baseline.number("in_hospital_death_share")) {
      return false;
    }
    LocalDate admit = death.minusDays(Draws.lengthOfStay(rng, 5.0));
    LocalDate earliest = joined.isAfter(request.start()) ? joined : request.start();
    if (admit.isBefore(earliest)) {
      admit = earliest;
    }
    if (!admit.isBefore(death)) {
      return false;
    }
    String[] cause = cause();
    stay(admit, death, cause[0], cause[1], causeProgram(), "expired", false);
    return true;
  }

  private void death(int y, LocalDate date, boolean diesInHospital) {
    String[] cause = cause();
    UniformRandomProvider rng = rng(y, "death");
    String place =
        diesInHospital ? "hospital" : rng.nextDouble() < 0.6 ? "home" : "nursing_facility";
    PlanParameters p = new PlanParameters();
    p.with("cause_icd10", cause[0]);
    if (cause[1] != null) {
      p.with("cause_description", cause[1]);
    }
    p.with("place", place);
    emit("death", "Death", Product.PATIENTSIM, PatientEventType.DEATH, date, LAST, p);
  }

  // ---- acute care ----

  /** One source of admissions or ED visits: the baseline or a program, with its rate. */
  private record Source(CareProgram program, double rate) {}

  private void admissions(int y, int age, LocalDate start, LocalDate end, double exposure) {
    List<Source> sources = new ArrayList<>();
    if (withBaseline) {
      sources.add(new Source(null, baseline.band(age).admissions() * lob.admissions()));
    }
    for (CareProgram p : programs) {
      sources.add(new Source(p, p.admissions() * p.severityMultiplier(subject.severity())));
    }
    double rate = sources.stream().mapToDouble(Source::rate).sum();
    UniformRandomProvider rng = rng(y, "admissions");
    int n = Draws.poisson(rng, rate * frailty * exposure);
    TreeMap<LocalDate, Source> dates = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      dates.put(weightedDay(rng, start, end, "admission"), Draws.pick(rng, sources, Source::rate));
    }
    for (Map.Entry<LocalDate, Source> e : dates.entrySet()) {
      admit(rng, e.getKey(), end, e.getValue(), age, true);
    }
  }

  private void admit(
      UniformRandomProvider rng,
      LocalDate date,
      LocalDate end,
      Source source,
      int age,
      boolean mayReadmit) {
    String code;
    String description;
    double losMean;
    boolean elective = false;
    Operation procedure = null;
    double readmission;
    CareProgram p = source.program();
    if (p == null) {
      Baseline.WeightedCode dx =
          Draws.pick(
              rng,
              baseline.admission.stream().filter(c -> c.fits(age, subject.gender())).toList(),
              Baseline.WeightedCode::weight);
      code = dx.code();
      description = dx.description();
      losMean = dx.losMean();
      elective = dx.elective();
      procedure = dx.procedure();
      readmission = baseline.number("readmission_30d");
    } else {
      code = p.admissionDiagnosis() != null ? p.admissionDiagnosis().code() : ownCode(p);
      description =
          p.admissionDiagnosis() != null
              ? p.admissionDiagnosis().description()
              : subject.conditions().get(code);
      losMean = p.losMean();
      readmission = p.readmission30d();
      JsonNode ops = p.options().get("admission_procedures");
      if (ops != null) {
        List<Operation> options = new ArrayList<>();
        ops.forEach(o -> options.add(Operation.read(o)));
        procedure = Operation.draw(request.rng("stay-procedure/" + date), options);
      }
    }
    if (procedure != null && procedure.losMean() > 0) {
      losMean = procedure.losMean();
    }
    LocalDate admit = elective ? BusinessCalendar.onOrAfter(date) : date;
    LocalDate discharge = admit.plusDays(Draws.lengthOfStay(rng, losMean));
    if (!discharge.isBefore(end) || overlaps(admit, discharge)) {
      return;
    }
    String disposition = disposition(rng);
    if (disposition.equals("snf")
        && ChronoUnit.DAYS.between(admit, discharge)
            < baseline.postAcute("snf_qualifying_stay_days")) {
      disposition = "home_health"; // no qualifying stay for skilled nursing (42 CFR 409.30)
    }
    stay(admit, discharge, code, description, p, disposition, elective);
    if (procedure != null) {
      LocalDate day =
          elective || !admit.plusDays(1).isBefore(discharge) ? admit : admit.plusDays(1);
      emit(
          "admission/procedure",
          "Operation",
          Product.PATIENTSIM,
          PatientEventType.PROCEDURE,
          day,
          NORMAL,
          Map.of(
              "cpt",
              procedure.cpt(),
              "place_of_service",
              "21",
              "specialty",
              procedure.specialty()));
    }
    discharged.add(new PostAcuteCare.Discharged(discharge, disposition, code, description));
    if (mayReadmit && rng.nextDouble() < readmission) {
      LocalDate again = discharge.plusDays(1 + rng.nextInt(29));
      if (again.isBefore(end)) {
        admit(rng, again, end, source, age, false);
      }
    }
  }

  private String disposition(UniformRandomProvider rng) {
    return Draws.pick(rng, lob.dispositions(), Baseline.Weighted::weight).key();
  }

  /** The post-discharge follow-up visit (TCM for Medicare), 5-13 days after a discharge. */
  void transitionVisit(
      UniformRandomProvider rng, LocalDate discharge, LocalDate end, String code, String text) {
    LocalDate followUp = BusinessCalendar.onOrAfter(discharge.plusDays(5 + rng.nextInt(9)));
    if (rng.nextDouble() < 0.6 && followUp.isBefore(end) && !inStay(followUp)) {
      boolean medicare = subject.lineOfBusiness().isMedicare();
      officeVisit(
          "transition",
          "Post-discharge follow-up",
          followUp,
          "follow_up",
          "primary_care",
          medicare ? "99495" : "99214",
          code,
          text);
    }
  }

  /** The first planned stay (hospital or SNF) begun after {@code d}, or {@code null}. */
  LocalDate nextAdmission(LocalDate d) {
    LocalDate next = null;
    for (Stay s : stays) {
      if (s.admit().isAfter(d) && (next == null || s.admit().isBefore(next))) {
        next = s.admit();
      }
    }
    return next;
  }

  /** Marks days in a SNF, in hospice or in observation: kept free of other care, like a stay. */
  void occupy(LocalDate from, LocalDate to) {
    stays.add(new Stay(from, to));
  }

  private void stay(
      LocalDate admit,
      LocalDate discharge,
      String code,
      String description,
      CareProgram program,
      String disposition,
      boolean elective) {
    stays.add(new Stay(admit, discharge));
    if (!elective) {
      emit(
          "admission/ed",
          "Emergency department visit",
          Product.PATIENTSIM,
          PatientEventType.ENCOUNTER,
          admit,
          NORMAL,
          Map.of("encounter_type", "emergency", "specialty", "emergency", "reason", description));
      Ambulance.toEmergency(
          this,
          request.rng("ambulance/" + admit),
          baseline.node.get("ambulance"),
          subject.age(),
          true,
          admit);
    }
    emit(
        "admission",
        elective ? "Elective admission" : "Emergency admission",
        Product.PATIENTSIM,
        PatientEventType.ADMISSION,
        admit,
        NORMAL,
        Map.of("admission_type", elective ? "elective" : "emergency"));
    diagnosis("admission/dx", admit, code, description);
    if (subject.age() >= 18) {
      UniformRandomProvider coded = request.rng("stay-dx/" + admit);
      for (Baseline.ChanceByDiagnosis d : baseline.stayDiagnoses) {
        if (coded.nextDouble() < d.probability(code)
            && !subject.conditions().containsKey(d.code())) {
          diagnosis(PlanText.ADMISSION_DIAGNOSIS_ID.of(d.code()), admit, d.code(), d.description());
        }
      }
    }
    if (program != null && program.admissionLab() != null) {
      JsonNode lab = program.admissionLab();
      UniformRandomProvider rng = request.rng("admission-lab/" + admit);
      double value =
          Math.exp(
              lab.get("log_mean").asDouble() + lab.get("log_sd").asDouble() * Draws.normal(rng));
      value = Math.max(lab.get("min").asDouble(), value);
      lab(lab.get("lab").asText(), admit, admit, Math.round(value), "stat", code);
    }
    emit(
        "discharge",
        "Discharge",
        Product.PATIENTSIM,
        PatientEventType.DISCHARGE,
        discharge,
        NORMAL,
        Map.of("disposition", disposition));
  }

  private boolean overlaps(LocalDate admit, LocalDate discharge) {
    for (Stay s : stays) {
      if (!discharge.isBefore(s.admit()) && !admit.isAfter(s.discharge())) {
        return true;
      }
    }
    return false;
  }

  boolean inStay(LocalDate d) {
    for (Stay s : stays) {
      if (s.holds(d)) {
        return true;
      }
    }
    return false;
  }

  private void emergencyVisits(int y, int age, LocalDate start, LocalDate end, double exposure) {
    List<Source> sources = new ArrayList<>();
    if (withBaseline) {
      sources.add(new Source(null, baseline.band(age).ed() * lob.ed()));
    }
    for (CareProgram p : programs) {
      sources.add(new Source(p, p.ed() * p.severityMultiplier(subject.severity())));
    }
    UniformRandomProvider rng = rng(y, "ed");
    int n =
        Draws.poisson(rng, sources.stream().mapToDouble(Source::rate).sum() * frailty * exposure);
    for (int i = 0; i < n; i++) {
      LocalDate d = weightedDay(rng, start, end, "emergency");
      Source s = Draws.pick(rng, sources, Source::rate);
      if (inStay(d)) {
        continue;
      }
      String code;
      String description;
      if (s.program() == null) {
        Baseline.WeightedCode dx =
            Draws.pick(rng, baseline.emergency, Baseline.WeightedCode::weight);
        code = dx.code();
        description = dx.description();
      } else {
        code = ownCode(s.program());
        description = subject.conditions().get(code);
      }
      emit(
          "ed",
          "Emergency department visit",
          Product.PATIENTSIM,
          PatientEventType.ENCOUNTER,
          d,
          NORMAL,
          Map.of(
              "encounter_type",
              "emergency",
              "specialty",
              "emergency",
              "reason",
              description == null ? code : description));
      diagnosis("ed/dx", d, code, description);
      Ambulance.toEmergency(
          this, request.rng("ambulance/" + d), baseline.node.get("ambulance"), age, false, d);
      UniformRandomProvider tests = request.rng("ed-workup/" + d);
      for (Baseline.ChanceByDiagnosis t : baseline.edWorkup) {
        if (tests.nextDouble() < t.probability(code)) {
          emit(
              "ed/test",
              "ED test",
              Product.PATIENTSIM,
              PatientEventType.PROCEDURE,
              d,
              NORMAL,
              Map.of("cpt", t.code(), "place_of_service", "23", "specialty", "emergency"));
        }
      }
      JsonNode observation = baseline.node.get("observation");
      double share = observation.get(age >= 65 ? "share_65" : "share_under_65").asDouble();
      if (tests.nextDouble() < share) {
        int hours = 8 + Draws.poisson(tests, observation.get("hours_mean").asDouble() - 8);
        emit(
            "ed/observation",
            "Observation care",
            Product.PATIENTSIM,
            PatientEventType.ENCOUNTER,
            d,
            NORMAL,
            Map.of(
                "encounter_type",
                "observation",
                "specialty",
                "internal_medicine",
                "hours",
                hours,
                "reason",
                description == null ? code : description));
        occupy(d, d.plusDays(hours / 24));
      }
    }
  }

  // ---- baseline outpatient care ----

  private void preventive(int y, int age, LocalDate start, LocalDate end, double exposure) {
    UniformRandomProvider rng = rng(y, "preventive");
    double rate = baseline.band(age).preventive() * lob.preventive();
    int n =
        rate > 1 ? Draws.poisson(rng, rate * exposure) : rng.nextDouble() < rate * exposure ? 1 : 0;
    String code = age < 18 ? "Z00.129" : "Z00.00";
    String description =
        age < 18
            ? "Encounter for routine child health examination without abnormal findings"
            : "Encounter for general adult medical examination without abnormal findings";
    for (LocalDate d : spread(rng, n, start, end)) {
      emit(
          "preventive",
          "Preventive visit",
          Product.PATIENTSIM,
          PatientEventType.ENCOUNTER,
          d,
          NORMAL,
          Map.of(
              "encounter_type", "wellness", "specialty", age < 18 ? "pediatrics" : "primary_care"));
      diagnosis("preventive/dx", d, code, description);
    }
    if (rng.nextDouble() < baseline.band(age).fluVaccine()) {
      LocalDate season = LocalDate.of(start.getYear(), Month.SEPTEMBER, 15);
      if (season.plusDays(90).isBefore(start)) {
        season = season.plusYears(1);
      }
      LocalDate d = BusinessCalendar.onOrAfter(season.plusDays(rng.nextInt(91)));
      if (!d.isBefore(start) && d.isBefore(end) && !inStay(d)) {
        JsonNode flu = baseline.node.get("flu_vaccine");
        emit(
            "vaccine",
            "Influenza vaccine",
            Product.PATIENTSIM,
            PatientEventType.PROCEDURE,
            d,
            NORMAL,
            Map.of("cpt", (age >= 65 ? flu.get("senior_cpt") : flu.get("cpt")).asText()));
      }
    }
  }

  private void acuteVisits(int y, int age, LocalDate start, LocalDate end, double exposure) {
    UniformRandomProvider rng = rng(y, "acute");
    int n = Draws.poisson(rng, baseline.band(age).acute() * lob.acute() * visitFrailty * exposure);
    List<Baseline.WeightedCode> fitting =
        baseline.acute.stream().filter(c -> c.fits(age, subject.gender())).toList();
    JsonNode rx = baseline.node.get("acute_rx");
    for (int i = 0; i < n; i++) {
      Baseline.WeightedCode dx = Draws.pick(rng, fitting, Baseline.WeightedCode::weight);
      LocalDate d = dx.winter() ? winterDay(rng, start, end) : businessDay(rng, start, end);
      if (d == null) {
        continue;
      }
      officeVisit(
          "acute",
          "Acute visit",
          d,
          "office",
          age < 18 ? "pediatrics" : "primary_care",
          null,
          dx.code(),
          dx.description());
      if (rng.nextDouble() < dx.rxProbability()) {
        String rxnorm = rx.get("rxnorm").asText();
        int supply = rx.get("days_supply").asInt();
        order("acute-rx/order", d, rxnorm, supply, rx.get("quantity").asInt(), 0, dx.code());
        fill("acute-rx/fill", d, rxnorm, supply, rx.get("quantity").asInt());
      }
    }
  }

  // ---- programs ----

  private void programVisits(int y, LocalDate start, LocalDate end, double exposure) {
    if (programs.isEmpty()) {
      return;
    }
    List<CareProgram> byRate = new ArrayList<>(programs);
    byRate.sort((a, b) -> Double.compare(b.pcpVisits(), a.pcpVisits()));
    double top = 0;
    double others = 0;
    double share = baseline.number("other_program_visit_share");
    for (CareProgram p : byRate) {
      double r = p.pcpVisits() * p.severityMultiplier(subject.severity());
      if (r > top) {
        others += top;
        top = r;
      } else {
        others += r;
      }
    }
    UniformRandomProvider rng = rng(y, "pcp");
    int n = Draws.poisson(rng, (top + share * others) * visitFrailty * exposure);
    if (n == 0 && top > 0 && exposure > 0.5) {
      n = 1;
    }
    List<LocalDate> dates = spread(rng, n, start, end);
    for (int k = 0; k < dates.size(); k++) {
      CareProgram lead = byRate.get(k % byRate.size());
      LocalDate d = dates.get(k);
      String code = ownCode(lead);
      officeVisit(
          "visit",
          PlanText.FOLLOW_UP_NAME.of(lead.name()),
          d,
          "office",
          "primary_care",
          null,
          code,
          subject.conditions().get(code));
      if (lead.id().equals("diabetes") && a1c == null) {
        a1c = A1cTrajectory.start(request.rng("a1c"), lead, subject, d);
        if (a1c.treated()) {
          emit(
              "diabetes/intensify",
              "Diabetes treatment intensified",
              Product.PATIENTSIM,
              PatientEventType.CARE_PLAN_UPDATE,
              d,
              LATE,
              Map.of());
        }
      }
      labsDue(rng, d, end);
    }
  }

  /** Each lab the entity's programs draw, at the shortest interval any of them asks for. */
  private void collectLabs() {
    boolean uncontrolled = "uncontrolled".equals(subject.severity());
    for (CareProgram p : programs) {
      for (CareProgram.Lab l : p.labs()) {
        if (l.unlessCondition() != null && subject.has(l.unlessCondition())) {
          continue;
        }
        int every = uncontrolled ? l.uncontrolledEveryDays() : l.everyDays();
        labIntervals.merge(l.lab(), every, Math::min);
        labReasons.putIfAbsent(l.lab(), ownCode(p));
      }
    }
  }

  private void labsDue(UniformRandomProvider rng, LocalDate visit, LocalDate end) {
    for (Map.Entry<String, Integer> e : labIntervals.entrySet()) {
      String lab = e.getKey();
      LocalDate due =
          labDue.computeIfAbsent(
              lab,
              k -> request.start().plusDays(request.rng("lab-phase/" + k).nextInt(e.getValue())));
      if (visit.isBefore(due.minusDays(30))) {
        continue;
      }
      LocalDate resulted = visit.plusDays(1 + rng.nextInt(2));
      if (!resulted.isBefore(end)) {
        continue;
      }
      Double value = null;
      if (lab.equals("a1c") && a1c != null) {
        value = a1c.valueAt(rng, resulted);
      }
      lab(lab, visit, resulted, value, "routine", labReasons.get(lab));
      labDue.put(lab, visit.plusDays(e.getValue()));
    }
  }

  private void specialists(int y, CareProgram p, LocalDate start, LocalDate end, double exposure) {
    UniformRandomProvider rng = rng(y, "specialist/" + p.id());
    boolean uncontrolled = "uncontrolled".equals(subject.severity());
    for (CareProgram.Specialist s : p.specialists()) {
      double rate = uncontrolled ? s.uncontrolledPerYear() : s.perYear();
      int n = Draws.poisson(rng, rate * visitFrailty * exposure);
      String code = ownCode(p);
      for (LocalDate d : spread(rng, n, start, end)) {
        officeVisit(
            PlanText.SPECIALIST_ID.of(s.specialty()),
            PlanText.SPECIALIST_VISIT_NAME.of(p.name()),
            d,
            "specialist",
            s.specialty(),
            s.cpt(),
            code,
            subject.conditions().get(code));
        labsDue(rng, d, end);
      }
    }
  }

  private void infusions(int y, JsonNode infusion, LocalDate start, LocalDate end) {
    UniformRandomProvider rng = rng(y, "infusion");
    int every = infusion.get("every_days").asInt();
    LocalDate d = start.plusDays(rng.nextInt(every));
    while (d.isBefore(end)) {
      LocalDate day = BusinessCalendar.onOrAfter(d);
      if (day.isBefore(end) && !inStay(day)) {
        emit(
            "infusion",
            "Infusion",
            Product.PATIENTSIM,
            PatientEventType.PROCEDURE,
            day,
            NORMAL,
            Map.of("cpt", infusion.get("cpt").asText(), "place_of_service", "22"));
        emit(
            "infusion/drug",
            "Infused drug",
            Product.PATIENTSIM,
            PatientEventType.PROCEDURE,
            day,
            NORMAL,
            Map.of(
                "hcpcs",
                infusion.get("drug_hcpcs").asText(),
                "units",
                infusion.get("drug_units").asInt(),
                "place_of_service",
                "22"));
      }
      d = d.plusDays(every);
    }
  }

  private void pregnancy(JsonNode p, LocalDate start, LocalDate end) {
    UniformRandomProvider rng = request.rng("pregnancy");
    double weeksAtStart = 6 + rng.nextDouble() * 30;
    boolean preterm = subject.has(p.get("preterm_condition").asText());
    double deliveryWeek =
        preterm
            ? p.get("preterm_week_mean").asDouble() + 1.5 * Draws.normal(rng)
            : p.get("delivery_week_mean").asDouble()
                + p.get("delivery_week_sd").asDouble() * Draws.normal(rng);
    deliveryWeek = Math.max(weeksAtStart + 0.5, Math.min(42, deliveryWeek));
    String code = pregnancyCode();
    for (JsonNode w : p.get("visit_weeks")) {
      LocalDate d = weekDate(start, weeksAtStart, w.asDouble());
      if (w.asDouble() > weeksAtStart && w.asDouble() < deliveryWeek && d.isBefore(end)) {
        officeVisit(
            "prenatal",
            "Prenatal visit",
            d,
            "office",
            "obstetrics",
            null,
            code,
            subject.conditions().get(code));
        p.get("lab_weeks")
            .properties()
            .forEach(
                lab -> {
                  for (JsonNode lw : lab.getValue()) {
                    if (Math.abs(lw.asDouble() - w.asDouble()) < 2) {
                      lab(lab.getKey(), d, d.plusDays(1), null, "routine", code);
                    }
                  }
                });
      }
    }
    for (JsonNode w : p.get("ultrasound_weeks")) {
      LocalDate d = weekDate(start, weeksAtStart, w.asDouble() + 0.4);
      if (w.asDouble() > weeksAtStart && d.isBefore(end) && !inStay(d)) {
        emit(
            "ultrasound",
            "Obstetric ultrasound",
            Product.PATIENTSIM,
            PatientEventType.PROCEDURE,
            d,
            NORMAL,
            Map.of("cpt", p.get("ultrasound_cpt").asText(), "specialty", "obstetrics"));
      }
    }
    LocalDate delivery = start.plusDays(Math.round((deliveryWeek - weeksAtStart) * 7));
    boolean cesarean = rng.nextDouble() < p.get("cesarean_share").asDouble();
    boolean complicated = hasPregnancyComplication();
    JsonNode kind = p.get(cesarean ? "cesarean" : "vaginal");
    JsonNode grouped =
        complicated ? p.get(cesarean ? "cesarean_complicated" : "vaginal_complicated") : kind;
    LocalDate discharge =
        delivery.plusDays(Draws.lengthOfStay(rng, grouped.get("los_mean").asDouble()));
    if (!discharge.isBefore(end) || overlaps(delivery, discharge)) {
      return;
    }
    stays.add(new Stay(delivery, discharge));
    emit(
        "delivery",
        "Delivery admission",
        Product.PATIENTSIM,
        PatientEventType.ADMISSION,
        delivery,
        NORMAL,
        Map.of("admission_type", "urgent", "drg", grouped.get("drg").asText()));
    String principal = complicated ? code : kind.get("code").asText();
    diagnosis(
        "delivery/dx",
        delivery,
        principal,
        complicated ? subject.conditions().get(code) : kind.get("description").asText());
    JsonNode outcome = p.get("outcome");
    diagnosis(
        "delivery/outcome",
        delivery,
        outcome.get("code").asText(),
        outcome.get("description").asText());
    emit(
        "delivery/discharge",
        "Discharge",
        Product.PATIENTSIM,
        PatientEventType.DISCHARGE,
        discharge,
        NORMAL,
        Map.of("disposition", "home"));
    LocalDate postpartum =
        BusinessCalendar.onOrAfter(delivery.plusWeeks(p.get("postpartum_week").asInt()));
    if (postpartum.isBefore(end)) {
      JsonNode pp = p.get("postpartum");
      officeVisit(
          "postpartum",
          "Postpartum visit",
          postpartum,
          "office",
          "obstetrics",
          null,
          pp.get("code").asText(),
          pp.get("description").asText());
    }
  }

  private static LocalDate weekDate(LocalDate start, double weeksAtStart, double week) {
    return BusinessCalendar.onOrAfter(start.plusDays(Math.round((week - weeksAtStart) * 7)));
  }

  private String pregnancyCode() {
    for (String code : subject.conditions().keySet()) {
      if (code.startsWith("O")) {
        return code;
      }
    }
    for (String code : subject.conditions().keySet()) {
      if (code.startsWith("Z34")) {
        return code;
      }
    }
    return "Z34.90";
  }

  private boolean hasPregnancyComplication() {
    for (String code : subject.conditions().keySet()) {
      if (code.startsWith("O") && !code.startsWith("O09")) {
        return true;
      }
    }
    return false;
  }

  // ---- medications ----

  private void medications(int y, LocalDate start, LocalDate end) {
    for (Map.Entry<String, String> m : subject.medications().entrySet()) {
      String rxnorm = m.getKey();
      if (!HandlerCatalogs.hasNdc(rxnorm)) {
        continue;
      }
      UniformRandomProvider rng = rng(y, "rx/" + rxnorm);
      Supply s = supplies.get(rxnorm);
      if (s == null) {
        s = new Supply();
        JsonNode adherence = baseline.node.get("adherence");
        s.pdc =
            Draws.beta(rng, adherence.get("alpha").asDouble(), adherence.get("beta").asDouble());
        s.daysSupply =
            isThirtyDayProduct(m.getValue()) || rng.nextDouble() >= lob.ninetyDayShare() ? 30 : 90;
        // A fill cycle already under way: the phase spans the mean cycle, supply plus gap (at
        // most 180 days: a maintenance drug on the profile is dispensed within half a year).
        s.nextFill =
            start.plusDays(rng.nextInt((int) Math.min(180, Math.ceil(s.daysSupply / s.pdc))));
        supplies.put(rxnorm, s);
      }
      int quantity = DrugCatalog.dispensedQuantity(rxnorm, s.daysSupply);
      while (s.nextFill.isBefore(end)) {
        LocalDate d = afterStays(s.nextFill);
        if (!d.isBefore(end)) {
          break;
        }
        if (s.fillsLeft == 0) {
          int refills = s.daysSupply == 90 ? 3 : 11;
          order(PlanText.RX_ORDER_ID.of(rxnorm), d, rxnorm, s.daysSupply, quantity, refills, null);
          s.fillsLeft = refills + 1;
        }
        fill(PlanText.RX_FILL_ID.of(rxnorm), d, rxnorm, s.daysSupply, quantity);
        s.fillsLeft--;
        long gap = Math.round(Draws.exponential(rng, s.daysSupply * (1 / s.pdc - 1)));
        s.nextFill = d.plusDays(s.daysSupply + gap);
      }
    }
  }

  private static boolean isThirtyDayProduct(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return n.contains("inject") || n.contains("inhal") || n.contains("pen ");
  }

  private LocalDate afterStays(LocalDate d) {
    for (Stay s : stays) {
      if (s.holds(d)) {
        return s.discharge();
      }
    }
    return d;
  }

  // ---- quality ----

  private void qualityGaps(LocalDate start, LocalDate end) {
    if (a1c == null || subject.lineOfBusiness() == LineOfBusiness.UNINSURED) {
      return;
    }
    LocalDate d = BusinessCalendar.onOrAfter(end.minusDays(20));
    if (d.isBefore(start) || !d.isBefore(end)) {
      return;
    }
    if (a1c.last() == null || a1c.last() > a1c.gapThreshold()) {
      emit(
          "diabetes/gap",
          "A1C gap",
          Product.MEMBERSIM,
          MemberEventType.GAP_IDENTIFIED,
          d,
          NORMAL,
          Map.of("measure", "HBD"));
    }
  }

  // ---- building blocks ----

  void officeVisit(
      String id,
      String name,
      LocalDate d,
      String type,
      String specialty,
      String cpt,
      String code,
      String description) {
    PlanParameters p = new PlanParameters();
    p.with("encounter_type", type);
    p.with("specialty", specialty);
    p.with("cpt", cpt != null ? cpt : emLevel(request.rng("em/" + id + "/" + d)));
    p.with("reason", description == null ? code : description);
    emit(id, name, Product.PATIENTSIM, PatientEventType.ENCOUNTER, d, NORMAL, p);
    diagnosis(PlanText.DIAGNOSIS_ID.of(id), d, code, description);
  }

  private String emLevel(UniformRandomProvider rng) {
    return Draws.pick(rng, baseline.emMix(lob.emMix()), Baseline.Weighted::weight).key();
  }

  void diagnosis(String id, LocalDate d, String code, String description) {
    PlanParameters p = new PlanParameters();
    p.with("icd10", code);
    if (description != null) {
      p.with("description", description);
    }
    emit(
        id,
        PlanText.DIAGNOSIS_NAME.of(code),
        Product.PATIENTSIM,
        PatientEventType.DIAGNOSIS,
        d,
        NORMAL,
        p);
  }

  private void lab(
      String lab,
      LocalDate ordered,
      LocalDate resulted,
      Number value,
      String priority,
      String reason) {
    PlanParameters order = new PlanParameters();
    order.with("lab", lab);
    order.with("priority", priority);
    if (reason != null) {
      order.with("reason_icd10", reason);
    }
    emit(
        PlanText.LAB_ORDER_ID.of(lab),
        PlanText.LAB_ORDER_NAME.of(lab),
        Product.PATIENTSIM,
        PatientEventType.LAB_ORDER,
        ordered,
        NORMAL,
        order);
    PlanParameters result = new PlanParameters();
    result.with("lab", lab);
    if (value != null) {
      result.with("value", value);
    }
    emit(
        PlanText.LAB_RESULT_ID.of(lab),
        PlanText.LAB_RESULT_NAME.of(lab),
        Product.PATIENTSIM,
        PatientEventType.LAB_RESULT,
        resulted,
        LATE,
        result);
  }

  private void order(
      String id,
      LocalDate d,
      String rxnorm,
      int daysSupply,
      int quantity,
      int refills,
      String reason) {
    PlanParameters p = new PlanParameters();
    p.with("rxnorm", rxnorm);
    p.with("quantity", quantity);
    p.with("days_supply", daysSupply);
    p.with("refills", refills);
    if (reason != null) {
      p.with("reason_icd10", reason);
    }
    emit(id, "Medication order", Product.PATIENTSIM, PatientEventType.MEDICATION_ORDER, d, LATE, p);
  }

  private void fill(String id, LocalDate d, String rxnorm, int daysSupply, int quantity) {
    emit(
        id,
        "Fill",
        Product.RXMEMBERSIM,
        RxEventType.FILL,
        d,
        LAST,
        new PlanParameters()
            .with("rxnorm", rxnorm)
            .with("days_supply", daysSupply)
            .with("quantity", quantity));
  }

  /** The entity's own code that {@code p} covers (its first), the program's first prefix else. */
  private String ownCode(CareProgram p) {
    for (String code : subject.conditions().keySet()) {
      if (p.covers(code)) {
        return code;
      }
    }
    return p.conditions().get(0);
  }

  void emit(
      String id,
      String name,
      Product product,
      EventType type,
      LocalDate date,
      int priority,
      Map<String, Object> parameters) {
    int k = occurrences.merge(id, 1, Integer::sum) - 1;
    request.add(id, k, name, product, type, date, priority, parameters);
  }

  private UniformRandomProvider rng(int year, String kind) {
    return request.rng("y" + year + "/" + kind);
  }

  /** {@code n} business days spread over the span: one in each of n equal slots. */
  List<LocalDate> spread(UniformRandomProvider rng, int n, LocalDate start, LocalDate end) {
    List<LocalDate> out = new ArrayList<>();
    long days = ChronoUnit.DAYS.between(start, end);
    for (int k = 0; k < n; k++) {
      long from = days * k / n;
      long to = Math.max(from + 1, days * (k + 1) / n);
      LocalDate d =
          clear(BusinessCalendar.onOrAfter(start.plusDays(from + rng.nextLong(to - from))));
      if (d.isBefore(end)) {
        out.add(d);
      }
    }
    return out;
  }

  private LocalDate businessDay(UniformRandomProvider rng, LocalDate start, LocalDate end) {
    long days = ChronoUnit.DAYS.between(start, end);
    LocalDate d = clear(BusinessCalendar.onOrAfter(start.plusDays(rng.nextLong(days))));
    return d.isBefore(end) ? d : null;
  }

  /** A business day weighted towards winter (December to February 1.5, June to August 0.6). */
  private LocalDate winterDay(UniformRandomProvider rng, LocalDate start, LocalDate end) {
    long days = ChronoUnit.DAYS.between(start, end);
    for (int tries = 0; tries < 20; tries++) {
      LocalDate d = start.plusDays(rng.nextLong(days));
      int m = d.getMonthValue();
      double w = m == 12 || m <= 2 ? 1.5 : m >= 6 && m <= 8 ? 0.6 : 1.0;
      if (rng.nextDouble() * 1.5 < w) {
        LocalDate b = clear(BusinessCalendar.onOrAfter(d));
        return b.isBefore(end) ? b : null;
      }
    }
    return businessDay(rng, start, end);
  }

  /** The first business day on or after {@code d} outside any stay. */
  private LocalDate clear(LocalDate d) {
    LocalDate out = d;
    // Each step moves past a stay, so stays.size() steps clear back-to-back stays.
    for (int guard = 0; guard <= stays.size() && inStay(out); guard++) {
      out = BusinessCalendar.onOrAfter(afterStays(out).plusDays(1));
    }
    return out;
  }

  /** A day of the span drawn with the weekday mix of {@code kind} (baseline.json). */
  private LocalDate weightedDay(
      UniformRandomProvider rng, LocalDate start, LocalDate end, String kind) {
    double[] w = baseline.weekdayWeights(kind);
    double max = 0;
    for (double x : w) {
      max = Math.max(max, x);
    }
    long days = ChronoUnit.DAYS.between(start, end);
    while (true) {
      LocalDate d = start.plusDays(rng.nextLong(days));
      DayOfWeek dow = d.getDayOfWeek();
      if (rng.nextDouble() * max < w[dow.getValue() - 1]) {
        return d;
      }
    }
  }
}
