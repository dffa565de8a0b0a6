package org.healthsim.generation.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a run generated per line of business, each measure beside its published reference value and
 * source (resource {@code references.json}): the run's {@code calibration.txt} and {@code
 * calibration.json}.
 *
 * @param start first day of the window
 * @param until last day of the window
 * @param lines per line of business, in name order
 */
public record CalibrationReport(LocalDate start, LocalDate until, List<Line> lines) {

  private static final JsonNode REFERENCES = references();

  /**
   * One line of business.
   *
   * @param name coverage type ({@code Medicare}, {@code Commercial}, ...)
   * @param members entities
   * @param memberMonths months enrolled within the window (days / 30.4375)
   * @param deaths deaths within the window
   * @param measures the measures, in a fixed order
   * @param servicesByMonth services (visits, admissions, lab orders, procedures, fills) by month
   * @param uncoveredCodes condition codes with no care program, with how many members have each
   */
  public record Line(
      String name,
      long members,
      double memberMonths,
      long deaths,
      List<Measure> measures,
      Map<String, Long> servicesByMonth,
      Map<String, Long> uncoveredCodes) {

    /** The measure called {@code name}. */
    public Measure measure(String name) {
      return measures.stream()
          .filter(m -> m.name().equals(name))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no measure " + name));
    }
  }

  /**
   * A measure beside its reference.
   *
   * @param low low end of the reference range, or NaN without one
   * @param high high end, or NaN
   * @param source where the reference comes from, or {@code null}
   */
  public record Measure(String name, double value, double low, double high, String source) {

    /** True when the measure has a reference range. */
    public boolean hasReference() {
      return !Double.isNaN(low);
    }

    /** True when there is a reference and the value lies within it. */
    public boolean withinReference() {
      return hasReference() && value >= low && value <= high;
    }
  }

  static CalibrationReport of(LocalDate start, LocalDate until, Map<String, LineTally> tallies) {
    List<Line> lines = new ArrayList<>();
    tallies.forEach(
        (name, t) -> {
          double years = t.memberYears();
          List<Measure> m = new ArrayList<>();
          m.add(measure(name, "office_visits_per_member_year", per(t.officeVisits, years)));
          m.add(measure(name, "ed_visits_per_1000", 1000 * per(t.edVisits, years)));
          m.add(measure(name, "admissions_per_1000", 1000 * per(t.admissions, years)));
          m.add(measure(name, "fills_30_day_per_member_year", per(t.fillDays / 30.0, years)));
          m.add(measure(name, "mean_length_of_stay", per(t.stayDays, t.discharges)));
          m.add(measure(name, "readmission_30d", per(t.readmissions, t.discharges)));
          m.add(measure(name, "snf_stays_per_1000", 1000 * per(t.snfStays, years)));
          m.add(measure(name, "snf_days_per_stay", per(t.snfDays, t.snfStays)));
          m.add(measure(name, "home_health_users_per_1000", 1000 * per(t.homeHealthUsers, years)));
          m.add(
              measure(
                  name,
                  "home_health_periods_per_user",
                  per(t.homeHealthPeriods, t.homeHealthUsers)));
          m.add(measure(name, "hospice_share_of_deaths", per(t.hospiceUsers, t.deaths)));
          m.add(measure(name, "hospice_days_per_user", per(t.hospiceDays, t.hospiceUsers)));
          m.add(measure(name, "top_5_percent_share", t.topShare(0.05)));
          m.add(
              measure(
                  name,
                  "office_visits_on_weekends_or_holidays",
                  per(t.officeOffDays, t.officeVisits)));
          m.add(measure(name, "largest_month_share", t.largestMonthShare()));
          m.add(measure(name, "deaths_per_1000", 1000 * per(t.deaths, years)));
          double months = t.memberDays / 30.4375;
          m.add(measure(name, "allowed_pmpm", per(t.allowedCents / 100.0, months)));
          m.add(measure(name, "paid_pmpm", per(t.paidCents / 100.0, months)));
          m.add(measure(name, "top_5_percent_allowed_share", t.topAllowedShare(0.05)));
          m.add(measure(name, "member_out_of_pocket_per_year", per(t.memberCents / 100.0, years)));
          m.add(
              measure(
                  name,
                  "professional_denial_rate",
                  per(t.professionalDenied, t.professionalClaims)));
          long claims = t.professionalClaims + t.inpatientClaims + t.outpatientClaims;
          m.add(
              measure(
                  name, "pharmacy_claim_share", per(t.pharmacyClaims, claims + t.pharmacyClaims)));
          m.add(
              measure(
                  name,
                  "lines_per_professional_claim",
                  per(t.professionalLines, t.professionalClaims)));
          m.add(
              measure(name, "lines_per_inpatient_claim", per(t.inpatientLines, t.inpatientClaims)));
          m.add(
              measure(
                  name,
                  "inpatient_case_mix_index",
                  per(t.drgWeightMillis / 1000.0, t.inpatientClaims)));
          m.add(measure(name, "pharmacy_reject_rate", per(t.pharmacyRejected, t.pharmacyClaims)));
          m.add(measure(name, "pharmacy_reversal_rate", per(t.pharmacyReversed, t.pharmacyClaims)));
          lines.add(
              new Line(
                  name,
                  t.members,
                  t.memberDays / 30.4375,
                  t.deaths,
                  List.copyOf(m),
                  Map.copyOf(t.servicesByMonth),
                  Map.copyOf(t.uncoveredCodes)));
        });
    return new CalibrationReport(start, until, List.copyOf(lines));
  }

  private static double per(double count, double of) {
    return of == 0 ? 0 : count / of;
  }

  private static Measure measure(String line, String name, double value) {
    JsonNode refs = REFERENCES.get(line);
    if (refs != null && refs.has("same_as")) {
      refs = REFERENCES.get(refs.get("same_as").asText());
    }
    JsonNode r = refs == null ? null : refs.get(name);
    if (r == null) {
      return new Measure(name, value, Double.NaN, Double.NaN, null);
    }
    return new Measure(
        name, value, r.get("low").asDouble(), r.get("high").asDouble(), r.get("source").asText());
  }

  /** The line called {@code name}. */
  public Line line(String name) {
    return lines.stream()
        .filter(l -> l.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no line of business " + name));
  }

  /** The report as text, for {@code calibration.txt}. */
  public String text() {
    StringBuilder out = new StringBuilder();
    out.append("Calibration report: ").append(start).append(" to ").append(until).append('\n');
    out.append(
        "Each measure beside its reference range and source; '*' marks a value outside it.\n");
    for (Line l : lines) {
      out.append('\n')
          .append(l.name())
          .append(
              String.format(
                  Locale.ROOT,
                  ": %,d members, %,.1f member months, %,d deaths%n",
                  l.members(),
                  l.memberMonths(),
                  l.deaths()));
      for (Measure m : l.measures()) {
        out.append(String.format(Locale.ROOT, "  %-40s %10.3f", m.name(), m.value()));
        if (m.hasReference()) {
          out.append(
              String.format(
                  Locale.ROOT,
                  "   reference %s-%s%s  %s",
                  number(m.low()),
                  number(m.high()),
                  m.withinReference() ? " " : "*",
                  m.source()));
        }
        out.append('\n');
      }
      out.append("  services by month:");
      l.servicesByMonth().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> out.append(' ').append(e.getKey()).append('=').append(e.getValue()));
      out.append('\n');
      if (!l.uncoveredCodes().isEmpty()) {
        out.append("  conditions with no care program (baseline care only):");
        l.uncoveredCodes().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .forEach(
                e ->
                    out.append(' ')
                        .append(e.getKey())
                        .append(" (")
                        .append(e.getValue())
                        .append(')'));
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static String number(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  /** The report as JSON, for {@code calibration.json}. */
  public String json() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("start", start.toString());
    root.put("until", until.toString());
    List<Object> out = new ArrayList<>();
    for (Line l : lines) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("line_of_business", l.name());
      line.put("members", l.members());
      line.put("member_months", Math.round(l.memberMonths() * 10) / 10.0);
      line.put("deaths", l.deaths());
      Map<String, Object> measures = new LinkedHashMap<>();
      for (Measure m : l.measures()) {
        Map<String, Object> mm = new LinkedHashMap<>();
        mm.put("value", Math.round(m.value() * 10000) / 10000.0);
        if (m.hasReference()) {
          mm.put("reference_low", m.low());
          mm.put("reference_high", m.high());
          mm.put("within_reference", m.withinReference());
          mm.put("source", m.source());
        }
        measures.put(m.name(), mm);
      }
      line.put("measures", measures);
      line.put("services_by_month", new java.util.TreeMap<>(l.servicesByMonth()));
      line.put("conditions_without_program", new java.util.TreeMap<>(l.uncoveredCodes()));
      out.add(line);
    }
    root.put("lines_of_business", out);
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root)
          + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode references() {
    try (InputStream in = CalibrationReport.class.getResourceAsStream("references.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read references.json", e);
    }
  }
}
