package org.healthsim.interchange.internal.fhir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthsim.generation.internal.providers.CsvLine;

/** The code mappings the FHIR output reads from its resource files, each file with its source. */
final class Terminology {

  /** A coded value: system-less code and display (the system is known from the use). */
  record Code(String code, String display) {}

  private static final Map<String, Code> RACES = new HashMap<>();
  private static final Map<String, Code> ETHNICITIES = new HashMap<>();
  private static final Map<String, Code> VACCINES = new HashMap<>();

  static {
    for (List<String> row :
        CsvLine.rows(Terminology.class, "race-ethnicity.csv", "kind,label,code,display")) {
      (row.get(0).equals("race") ? RACES : ETHNICITIES)
          .put(row.get(1), new Code(row.get(2), row.get(3)));
    }
    for (List<String> row : CsvLine.rows(Terminology.class, "vaccines.csv", "cpt,cvx,display")) {
      VACCINES.put(row.get(0), new Code(row.get(1), row.get(2)));
    }
  }

  private Terminology() {}

  /** The OMB race category of a profile's race label. */
  static Optional<Code> race(String label) {
    return Optional.ofNullable(RACES.get(label));
  }

  /** The OMB ethnicity category of a profile's ethnicity label. */
  static Optional<Code> ethnicity(String label) {
    return Optional.ofNullable(ETHNICITIES.get(label));
  }

  /** The CVX code of a vaccine product's CPT code. */
  static Optional<Code> vaccine(String cpt) {
    return Optional.ofNullable(VACCINES.get(cpt));
  }
}
