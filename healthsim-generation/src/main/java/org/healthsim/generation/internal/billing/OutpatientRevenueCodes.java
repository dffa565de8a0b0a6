package org.healthsim.generation.internal.billing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthsim.generation.internal.providers.CsvLine;

/**
 * The revenue code of an outpatient facility line no fee schedule codes, by what is billed ({@code
 * outpatient-revenue-codes.csv}).
 */
final class OutpatientRevenueCodes {

  private static final Map<String, String> BY_BILLED = load();

  /** A hemodialysis session's code. */
  static final String DIALYSIS = of("dialysis");

  private OutpatientRevenueCodes() {}

  /**
   * The code for a service of {@code category} ({@code drug}, {@code lab}; anything else bills as
   * {@code other}).
   */
  static String forCategory(String category) {
    return BY_BILLED.getOrDefault(category, BY_BILLED.get("other"));
  }

  private static String of(String billed) {
    String code = BY_BILLED.get(billed);
    if (code == null) {
      throw new IllegalStateException("outpatient-revenue-codes.csv: no row for " + billed);
    }
    return code;
  }

  private static Map<String, String> load() {
    Map<String, String> codes = new LinkedHashMap<>();
    for (List<String> row :
        CsvLine.rows(
            OutpatientRevenueCodes.class,
            "outpatient-revenue-codes.csv",
            "billed,revenue_code,description")) {
      codes.put(row.get(0), row.get(1));
    }
    if (!codes.containsKey("other")) {
      throw new IllegalStateException("outpatient-revenue-codes.csv: no row for other");
    }
    return Map.copyOf(codes);
  }
}
