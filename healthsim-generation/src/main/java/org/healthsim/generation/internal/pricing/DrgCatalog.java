package org.healthsim.generation.internal.pricing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.healthsim.generation.internal.providers.CsvLine;

/**
 * MS-DRG assignment and weights ({@code ms-drg.csv}, {@code cc-mcc.csv}): the DRG family of a
 * stay's principal diagnosis, at the severity its secondary diagnoses give.
 */
public final class DrgCatalog {

  /**
   * An assigned DRG.
   *
   * @param drg the three-digit MS-DRG
   * @param description the family's title and severity
   * @param weight its relative weight
   * @param surgical a surgical family's (grouped by an operation)
   */
  public record Drg(String drg, String description, double weight, boolean surgical) {}

  private record Family(
      String prefix, String description, String[] drgs, double[] weights, Set<String> procedures) {

    boolean matches(String principal, Collection<String> operations) {
      if (procedures.isEmpty()) {
        return !prefix.isEmpty() && principal.startsWith(prefix);
      }
      if (!prefix.isEmpty() && !principal.startsWith(prefix)) {
        return false;
      }
      for (String op : operations) {
        if (procedures.contains(op)) {
          return true;
        }
      }
      return false;
    }
  }

  private record Severity(String prefix, int level) {}

  private static final List<Family> FAMILIES = families();
  private static final List<Severity> SEVERITIES = severities();
  private static final String[] LEVEL_NAMES = {"without CC/MCC", "with CC", "with MCC"};

  private DrgCatalog() {}

  /** The DRG of a stay with {@code principal} and {@code secondaries} (ICD-10-CM codes). */
  public static Drg assign(String principal, List<String> secondaries) {
    return assign(principal, secondaries, List.of());
  }

  /**
   * The DRG of a stay with {@code principal} and {@code secondaries} (ICD-10-CM codes) and the
   * operations (CPT) done during it: a surgical family when an operation groups to one.
   */
  public static Drg assign(
      String principal, List<String> secondaries, Collection<String> operations) {
    int level = 0;
    for (String code : secondaries) {
      level = Math.max(level, severity(code));
    }
    Family family =
        FAMILIES.stream()
            .filter(f -> f.matches(principal, operations))
            .findFirst()
            .orElse(FAMILIES.get(FAMILIES.size() - 1));
    return new Drg(
        family.drgs()[level],
        family.description() + " " + LEVEL_NAMES[level],
        family.weights()[level],
        !family.procedures().isEmpty());
  }

  /** The relative weight of the MS-DRG {@code drg}, or 0 when the catalogue lacks it. */
  public static double weight(String drg) {
    for (Family f : FAMILIES) {
      for (int level = 0; level < 3; level++) {
        if (f.drgs()[level].equals(drg)) {
          return f.weights()[level];
        }
      }
    }
    return 0;
  }

  /** 2 for an MCC, 1 for a CC, else 0: the longest listed prefix of {@code code} decides. */
  static int severity(String code) {
    Severity best = null;
    for (Severity s : SEVERITIES) {
      if (code.startsWith(s.prefix())
          && (best == null || s.prefix().length() > best.prefix().length())) {
        best = s;
      }
    }
    return best == null ? 0 : best.level();
  }

  private static List<Family> families() {
    List<Family> list = new ArrayList<>();
    for (List<String> r :
        CsvLine.rows(
            DrgCatalog.class,
            "ms-drg.csv",
            "prefix,description,drg_mcc,weight_mcc,drg_cc,weight_cc,drg,weight,procedures")) {
      list.add(
          new Family(
              r.get(0),
              r.get(1),
              new String[] {r.get(6), r.get(4), r.get(2)},
              new double[] {
                Double.parseDouble(r.get(7)),
                Double.parseDouble(r.get(5)),
                Double.parseDouble(r.get(3))
              },
              r.get(8).isBlank() ? Set.of() : Set.of(r.get(8).trim().split(" +"))));
    }
    Family last = list.isEmpty() ? null : list.get(list.size() - 1);
    if (last == null || !last.prefix().isEmpty() || !last.procedures().isEmpty()) {
      throw new IllegalStateException("ms-drg.csv: the last row must be the catch-all (no prefix)");
    }
    return List.copyOf(list);
  }

  private static List<Severity> severities() {
    List<Severity> list = new ArrayList<>();
    for (List<String> r : CsvLine.rows(DrgCatalog.class, "cc-mcc.csv", "prefix,level")) {
      list.add(new Severity(r.get(0), r.get(1).equals("MCC") ? 2 : 1));
    }
    return List.copyOf(list);
  }
}
