package org.healthsim.generation.internal.billing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthsim.generation.internal.providers.CsvLine;

/** The CPT code a lab order is billed under, by LOINC ({@code lab-cpt.csv}). */
final class LabCodes {

  private static final Map<String, String> CPT = load();

  private LabCodes() {}

  static Optional<String> cpt(String loinc) {
    return Optional.ofNullable(CPT.get(loinc));
  }

  private static Map<String, String> load() {
    Map<String, String> map = new HashMap<>();
    for (List<String> r : CsvLine.rows(LabCodes.class, "lab-cpt.csv", "loinc,cpt")) {
      map.put(r.get(0), r.get(1));
    }
    return Map.copyOf(map);
  }
}
