package org.healthsim.generation.internal.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthsim.generation.internal.providers.CsvLine;

/** Known labs (resource {@code lab-catalog.csv}): LOINC code, unit and reporting precision. */
public final class LabCatalog {

  /** Decimals of labs the catalog does not list. */
  public static final int DEFAULT_DECIMALS = 2;

  /**
   * One lab.
   *
   * @param name the name profiles use under {@code clinical.lab_values}
   * @param loinc LOINC code
   * @param display LOINC long common name (shortened)
   * @param unit UCUM unit
   * @param decimals how many decimals results are reported with
   * @param low low end of the adult reference range
   * @param high high end of the adult reference range
   * @param mean typical result without the condition
   * @param sd its spread
   * @param condition ICD-10 prefix of the condition that shifts results, or empty
   * @param conditionMean typical result with that condition
   * @param conditionSd its spread
   * @param min lowest plausible result
   * @param max highest plausible result
   */
  public record Lab(
      String name,
      String loinc,
      String display,
      String unit,
      int decimals,
      double low,
      double high,
      double mean,
      double sd,
      String condition,
      double conditionMean,
      double conditionSd,
      double min,
      double max) {}

  private static final Map<String, Lab> LABS = load();
  private static final Map<String, Lab> BY_LOINC = byLoinc();

  private LabCatalog() {}

  /** The lab profiles call {@code name}, if the catalog has it. */
  public static Optional<Lab> lab(String name) {
    return Optional.ofNullable(LABS.get(name));
  }

  /** The lab with LOINC code {@code loinc}, if the catalog has it. */
  public static Optional<Lab> byLoinc(String loinc) {
    return Optional.ofNullable(BY_LOINC.get(loinc));
  }

  private static Map<String, Lab> byLoinc() {
    Map<String, Lab> map = new LinkedHashMap<>();
    LABS.values().forEach(lab -> map.put(lab.loinc(), lab));
    return Map.copyOf(map);
  }

  /** Every lab, in catalog order. */
  public static Map<String, Lab> all() {
    return LABS;
  }

  /** The reporting precision of lab {@code name}. */
  public static int decimals(String name) {
    Lab lab = LABS.get(name);
    return lab == null ? DEFAULT_DECIMALS : lab.decimals();
  }

  private static double number(String text) {
    return text.isBlank() ? Double.NaN : Double.parseDouble(text);
  }

  private static Map<String, Lab> load() {
    Map<String, Lab> labs = new LinkedHashMap<>();
    for (List<String> f :
        CsvLine.rows(
            LabCatalog.class,
            "lab-catalog.csv",
            "name,loinc,display,unit,decimals,low,high,mean,sd,condition,condition_mean,condition_sd,min,max")) {
      labs.put(
          f.get(0),
          new Lab(
              f.get(0),
              f.get(1),
              f.get(2),
              f.get(3),
              Integer.parseInt(f.get(4)),
              number(f.get(5)),
              number(f.get(6)),
              number(f.get(7)),
              number(f.get(8)),
              f.get(9),
              number(f.get(10)),
              number(f.get(11)),
              number(f.get(12)),
              number(f.get(13))));
    }
    // In file order, so that lists of them (in messages) read the same in every run.
    return java.util.Collections.unmodifiableMap(labs);
  }
}
