package org.healthsim.generation.internal.billing;

import java.util.ArrayList;
import java.util.List;
import org.healthsim.generation.internal.providers.CsvLine;

/** The revenue-code lines of an inpatient claim ({@code inpatient-revenue-lines.csv}). */
final class InpatientLines {

  /** A revenue line, its share of the stay's charges and when a stay has it. */
  record Line(String revenueCode, String description, double chargeWeight, String when) {}

  static final List<Line> LINES = load();

  private InpatientLines() {}

  /** The lines of a stay with these traits. */
  static List<Line> of(boolean emergency, boolean surgery, boolean respiratory, boolean cardiac) {
    List<Line> out = new ArrayList<>();
    for (Line l : LINES) {
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
            "revenue_code,description,charge_weight,when")) {
      list.add(new Line(r.get(0), r.get(1), Double.parseDouble(r.get(2)), r.get(3)));
    }
    return List.copyOf(list);
  }
}
