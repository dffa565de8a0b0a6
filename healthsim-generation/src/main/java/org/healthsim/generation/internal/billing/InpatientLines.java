package org.healthsim.generation.internal.billing;

import java.util.ArrayList;
import java.util.List;
import org.healthsim.generation.internal.providers.CsvLine;

/** The revenue-code lines of an inpatient claim ({@code inpatient-revenue-lines.csv}). */
public final class InpatientLines {

  /**
   * A revenue line, its share of the stay's charges, when a stay has it, its units ({@code days} or
   * a number) and whether the short claim of a journey's {@code claim} event carries it.
   */
  public record Line(
      String revenueCode,
      String description,
      double chargeWeight,
      String when,
      String units,
      boolean summary) {

    /** The line's units for a stay of {@code days} days. */
    public int units(int days) {
      return units.equals("days") ? days : Integer.parseInt(units);
    }
  }

  static final List<Line> LINES = load();

  private InpatientLines() {}

  /** The lines of a stay with these traits. */
  static List<Line> of(boolean emergency, boolean surgery, boolean respiratory, boolean cardiac) {
    return select(LINES, emergency, surgery, respiratory, cardiac);
  }

  /** The lines of the short claim a journey's {@code claim} event bills for a stay. */
  public static List<Line> summary(boolean emergency, boolean surgery) {
    return select(LINES.stream().filter(Line::summary).toList(), emergency, surgery, false, false);
  }

  private static List<Line> select(
      List<Line> lines, boolean emergency, boolean surgery, boolean respiratory, boolean cardiac) {
    List<Line> out = new ArrayList<>();
    for (Line l : lines) {
      boolean has =
          switch (l.when()) {
            case "always" -> true;
            case "emergency" -> emergency;
            case "surgery" -> surgery;
            case "respiratory" -> respiratory;
            case "cardiac" -> cardiac;
            default ->
                throw new IllegalStateException(
                    "inpatient-revenue-lines.csv: unknown when " + l.when());
          };
      if (has) {
        out.add(l);
      }
    }
    return out;
  }

  private static List<Line> load() {
    List<Line> list = new ArrayList<>();
    for (List<String> r :
        CsvLine.rows(
            InpatientLines.class,
            "inpatient-revenue-lines.csv",
            "revenue_code,description,charge_weight,when,units,summary")) {
      list.add(
          new Line(
              r.get(0),
              r.get(1),
              Double.parseDouble(r.get(2)),
              r.get(3),
              r.get(4),
              r.get(5).equals("1")));
    }
    return List.copyOf(list);
  }
}
