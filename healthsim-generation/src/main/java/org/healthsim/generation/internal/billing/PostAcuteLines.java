package org.healthsim.generation.internal.billing;

import java.util.ArrayList;
import java.util.List;
import org.healthsim.generation.internal.providers.CsvLine;

/** The revenue-code lines of SNF and home health claims ({@code post-acute-revenue-lines.csv}). */
final class PostAcuteLines {

  /**
   * A revenue line.
   *
   * @param units {@code days}, {@code 1}, or {@code visits:<share>}
   */
  record Line(
      String setting,
      String revenueCode,
      String code,
      String description,
      double chargeWeight,
      String units) {

    /** The line's units for a stay of {@code days} covered days and {@code visits} visits. */
    int units(int days, int visits) {
      if (units.equals("days")) {
        return days;
      }
      if (units.startsWith("visits:")) {
        return (int) Math.round(visits * Double.parseDouble(units.substring(7)));
      }
      return Integer.parseInt(units);
    }
  }

  private static final List<Line> LINES = load();

  private PostAcuteLines() {}

  /** The lines of {@code setting} ({@code skilled_nursing} or {@code home_health}). */
  static List<Line> of(String setting) {
    List<Line> out = new ArrayList<>();
    for (Line l : LINES) {
      if (l.setting().equals(setting)) {
        out.add(l);
      }
    }
    return out;
  }

  private static List<Line> load() {
    List<Line> list = new ArrayList<>();
    for (List<String> r :
        CsvLine.rows(
            PostAcuteLines.class,
            "post-acute-revenue-lines.csv",
            "setting,revenue_code,code,description,charge_weight,units")) {
      list.add(
          new Line(r.get(0), r.get(1), r.get(2), r.get(3), Double.parseDouble(r.get(4)), r.get(5)));
    }
    return List.copyOf(list);
  }
}
