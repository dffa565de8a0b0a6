package org.healthsim.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.healthsim.reference.resolve.MeasurePrevalence;
import org.healthsim.reference.resolve.ReferenceProfile;
import org.healthsim.reference.resolve.ReferenceValue;

/**
 * Prints a reference profile readably, numbers as the source files write them (PLACES with its one
 * decimal, SVI as read).
 */
final class ReferenceProfilePrinter {

  private final PrintWriter out;

  ReferenceProfilePrinter(PrintWriter out) {
    this.out = out;
  }

  void print(ReferenceProfile p) {
    out.printf(
        "%s (%s %s)%n",
        p.area().name(), p.area().level().name().toLowerCase(Locale.ROOT), p.area().code());
    ReferenceValue population = p.population();
    row(
        "population",
        population.isPresent() ? String.format("%,d", population.asLong()) : "absent",
        population);
    percent("age under 18", p.pctUnder18());
    percent("age 18-64", p.pct18To64());
    percent("age 65+", p.pct65Plus());
    for (Map.Entry<String, ReferenceValue> race : p.race().entrySet()) {
      percent("race: " + race.getKey(), race.getValue());
    }
    percent("Hispanic or Latino", p.pctHispanic());
    percent("below 150% poverty", p.pctPoverty());
    percent("uninsured", p.pctUninsured());
    for (Map.Entry<String, ReferenceValue> rank : p.sviRanks().entrySet()) {
      row("SVI " + rank.getKey(), rank.getValue().toString(), rank.getValue());
    }
    out.println("PLACES measures (percent of adults): crude [95% CI]; age-adjusted [95% CI]");
    for (MeasurePrevalence m : p.measures().values()) {
      out.printf(
          "  %-14s %-22s %-22s%s%n",
          m.measure(),
          withInterval(m.crude()),
          withInterval(m.ageAdjusted()),
          m.crude().isPresent() ? "  " + m.crude().provenance() : "");
    }
    for (String note : p.notes()) {
      out.println("note: " + note);
    }
  }

  private void percent(String label, ReferenceValue v) {
    row(label, v.isPresent() ? v + "%" : "absent", v);
  }

  private void row(String label, String value, ReferenceValue v) {
    out.printf("  %-45s %12s   %s%n", label, value, v.provenance());
  }

  private static String withInterval(ReferenceValue v) {
    if (!v.isPresent()) {
      return "absent";
    }
    String value = String.format(Locale.ROOT, "%.1f", v.getAsDouble());
    if (v.low() == null) {
      return value;
    }
    return String.format(Locale.ROOT, "%s [%.1f, %.1f]", value, v.low(), v.high());
  }
}
