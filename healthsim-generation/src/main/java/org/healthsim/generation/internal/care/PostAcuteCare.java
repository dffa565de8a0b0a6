package org.healthsim.generation.internal.care;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.healthsim.core.spec.Product;
import org.healthsim.generation.internal.calendar.BusinessCalendar;
import org.healthsim.generation.journey.PatientEventType;
import org.healthsim.generation.journey.PlanRequest;
import org.healthsim.generation.journey.TimelineEvent;

/**
 * Care after an acute stay, home health begun from the community and hospice at the end of life
 * ({@code baseline.json}, {@code post_acute}): a skilled nursing stay after a qualifying hospital
 * stay discharged to a SNF, cut short by the next admission, with a physician visit a week and, for
 * some, home health after it; home health in 30-day periods (PDGM) after a discharge to home
 * health; hospice from an election to the death. Each stay draws from its own stream ({@code
 * post-acute/<discharge date>}, {@code y<year>/hospice}, {@code y<year>/home-health}), so this care
 * leaves the rest of the year's draws unchanged.
 */
final class PostAcuteCare {

  private static final int NORMAL = TimelineEvent.NORMAL_PRIORITY;
  private static final int PERIOD_DAYS = 30;

  /** Initial and subsequent nursing facility care, high and moderate MDM. */
  private static final String INITIAL_VISIT = "99306";

  private static final String SUBSEQUENT_VISIT = "99309";

  private final CarePlan plan;
  private final Baseline baseline;
  private final PlanRequest request;

  PostAcuteCare(CarePlan plan, Baseline baseline, PlanRequest request) {
    this.plan = plan;
    this.baseline = baseline;
    this.request = request;
  }

  /** An acute stay's end, where post-acute care may follow. */
  record Discharged(LocalDate date, String disposition, String code, String description) {}

  /**
   * Plans what follows the year's discharges, nothing on or after {@code end}: first every SNF stay
   * and home health course, then the post-discharge visits (after the SNF stay for those discharged
   * to one), so no visit falls inside a SNF stay.
   */
  void after(List<Discharged> discharges, LocalDate end) {
    List<Discharged> visits = new ArrayList<>();
    for (Discharged d : discharges) {
      UniformRandomProvider rng = request.rng("post-acute/" + d.date());
      if (d.disposition().equals("snf")) {
        LocalDate last = skilledNursing(rng, d.date(), end, d.code(), d.description());
        if (last != null) {
          visits.add(new Discharged(last, "home", d.code(), d.description()));
          LocalDate next = plan.nextAdmission(last);
          boolean home = next == null || next.isAfter(last.plusDays(1));
          if (home && rng.nextDouble() < baseline.postAcute("snf_to_home_health")) {
            homeHealth(rng, last.plusDays(1), end, d.code(), d.description());
          }
        }
      } else {
        visits.add(d);
        if (d.disposition().equals("home_health")) {
          homeHealth(rng, d.date().plusDays(1 + rng.nextInt(2)), end, d.code(), d.description());
        }
      }
    }
    for (Discharged d : visits) {
      UniformRandomProvider rng = request.rng("post-acute/" + d.date() + "/visit");
      plan.transitionVisit(rng, d.date(), end, d.code(), d.description());
    }
  }

  /**
   * Hospice care before a death at home or in a nursing facility, for the share of decedents who
   * elect it (a share of all decedents, so higher among those not dying in hospital), from a
   * log-normal length of care (most are short, a few long) to the day of death.
   */
  void hospice(
      UniformRandomProvider rng,
      int age,
      LocalDate death,
      LocalDate earliest,
      String code,
      String text) {
    // The share is of all decedents; those who die in hospital (drawn before) never elect it.
    double share =
        baseline.postAcute(age >= 65 ? "hospice_share_65" : "hospice_share_under_65")
            / (1 - baseline.number("in_hospital_death_share"));
    if (rng.nextDouble() >= share) {
      return;
    }
    double median = baseline.postAcute("hospice_days_median");
    double sigma = Math.sqrt(2 * Math.log(baseline.postAcute("hospice_days_mean") / median));
    long days = Math.round(median * Math.exp(sigma * Draws.normal(rng)));
    LocalDate from = death.minusDays(Math.max(1, Math.min(365, days)));
    if (from.isBefore(earliest)) {
      from = earliest;
    }
    if (!from.isBefore(death) || plan.inStay(from)) {
      return;
    }
    plan.occupy(from, death);
    plan.emit(
        "end-of-life/hospice",
        "Hospice care",
        Product.PATIENTSIM,
        PatientEventType.POST_ACUTE_CARE,
        from,
        NORMAL,
        parameters("hospice", death, 0, code, text));
  }

  /** Courses of home health begun from the community, for members with a care program. */
  void fromCommunity(
      UniformRandomProvider rng,
      int age,
      LocalDate start,
      LocalDate end,
      double exposure,
      double frailty) {
    String[] cause = plan.cause();
    double rate = baseline.band(age).homeHealth();
    if (rate <= 0 || cause[0].equals("R99")) {
      return;
    }
    int n = Draws.poisson(rng, rate * frailty * exposure);
    long days = ChronoUnit.DAYS.between(start, end);
    for (int i = 0; i < n && days > 0; i++) {
      LocalDate from = BusinessCalendar.onOrAfter(start.plusDays(rng.nextLong(days)));
      if (!plan.inStay(from)) {
        homeHealth(rng, from, end, cause[0], cause[1]);
      }
    }
  }

  /** The SNF stay from {@code discharge}; returns its last day, or {@code null} for none. */
  private LocalDate skilledNursing(
      UniformRandomProvider rng, LocalDate discharge, LocalDate end, String code, String text) {
    int los =
        Math.min(
            Draws.lengthOfStay(rng, baseline.postAcute("snf_los_mean")),
            (int) baseline.postAcute("snf_max_days"));
    LocalDate last = discharge.plusDays(los);
    LocalDate next = plan.nextAdmission(discharge);
    if (next != null && !last.isBefore(next)) {
      last = next.minusDays(1); // readmitted from the SNF
    }
    if (!last.isBefore(end)) {
      last = end.minusDays(1);
    }
    if (!last.isAfter(discharge)) {
      return null;
    }
    plan.occupy(discharge.plusDays(1), last);
    plan.emit(
        "post-acute/snf",
        "Skilled nursing facility stay",
        Product.PATIENTSIM,
        PatientEventType.POST_ACUTE_CARE,
        discharge,
        NORMAL,
        parameters("skilled_nursing", last, 0, code, text));
    int every = (int) baseline.postAcute("snf_physician_visit_every_days");
    String cpt = INITIAL_VISIT;
    for (LocalDate d = discharge.plusDays(1 + rng.nextInt(3));
        !d.isAfter(last);
        d = d.plusDays(every)) {
      LocalDate visit = BusinessCalendar.onOrAfter(d);
      if (!visit.isAfter(last)) {
        plan.officeVisit(
            "post-acute/snf/visit",
            "Nursing facility visit",
            visit,
            "nursing_facility",
            "internal_medicine",
            cpt,
            code,
            text);
        cpt = SUBSEQUENT_VISIT;
      }
    }
    return last;
  }

  /** A course of home health from {@code from}: a 30-day period, and more at the extra rate. */
  private void homeHealth(
      UniformRandomProvider rng, LocalDate from, LocalDate end, String code, String text) {
    double extra = baseline.postAcute("home_health_extra_period");
    double visits = baseline.postAcute("home_health_visits_per_period");
    LocalDate next = plan.nextAdmission(from.minusDays(1));
    LocalDate stop = next != null && next.isBefore(end) ? next : end;
    LocalDate period = from;
    do {
      if (!period.isBefore(stop) || plan.inStay(period)) {
        return; // a course ends at the next admission (a new one may follow its discharge)
      }
      LocalDate last = period.plusDays(PERIOD_DAYS - 1);
      if (!last.isBefore(stop)) {
        last = stop.minusDays(1);
      }
      double share = (ChronoUnit.DAYS.between(period, last) + 1) / (double) PERIOD_DAYS;
      int n = 1 + Draws.poisson(rng, Math.max(0, visits * share - 1));
      plan.emit(
          "post-acute/home-health",
          "Home health period",
          Product.PATIENTSIM,
          PatientEventType.POST_ACUTE_CARE,
          period,
          NORMAL,
          parameters("home_health", last, n, code, text));
      period = period.plusDays(PERIOD_DAYS);
    } while (rng.nextDouble() < extra);
  }

  private static Map<String, Object> parameters(
      String setting, LocalDate last, int visits, String code, String text) {
    PlanParameters p = new PlanParameters();
    p.with("setting", setting);
    p.with("end_date", last.toString());
    if (visits > 0) {
      p.with("visits", visits);
    }
    p.with("icd10", code);
    if (text != null) {
      p.with("description", text);
    }
    return p;
  }
}
