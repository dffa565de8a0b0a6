package org.healthsim.interchange.internal.fhir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthsim.core.spec.LineOfBusiness;
import org.healthsim.generation.internal.plan.PlanCatalog;
import org.healthsim.generation.internal.providers.CsvLine;
import org.healthsim.generation.profile.Coverage;

/** The code mappings the FHIR output reads from its resource files, each file with its source. */
final class Terminology {

  /** A coded value: system-less code and display (the system is known from the use). */
  record Code(String code, String display) {}

  /** A line of business's payer. */
  record Payer(String id, String name, String soptCode, String soptDisplay) {}

  private static final Map<String, Code> RACES = new HashMap<>();
  private static final Map<String, Code> ETHNICITIES = new HashMap<>();
  private static final Map<String, Code> VACCINES = new HashMap<>();
  private static final Map<String, Payer> PAYERS = new HashMap<>();

  static {
    for (List<String> row :
        CsvLine.rows(Terminology.class, "race-ethnicity.csv", "kind,label,code,display")) {
      (row.get(0).equals("race") ? RACES : ETHNICITIES)
          .put(row.get(1), new Code(row.get(2), row.get(3)));
    }
    for (List<String> row : CsvLine.rows(Terminology.class, "vaccines.csv", "cpt,cvx,display")) {
      VACCINES.put(row.get(0), new Code(row.get(1), row.get(2)));
    }
    for (List<String> row :
        CsvLine.rows(
            Terminology.class,
            "payers.csv",
            "line_of_business,payer_id,name,sopt_code,sopt_display")) {
      PAYERS.put(row.get(0), new Payer(row.get(1), row.get(2), row.get(3), row.get(4)));
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

  /**
   * The payer of {@code coverage}: of its line of business as the claims are adjudicated (its
   * plan's, else its type's; {@link PlanCatalog#lineOfBusiness(String, String, Integer)}).
   */
  static Payer payer(Coverage coverage, Integer age) {
    LineOfBusiness line = PlanCatalog.lineOfBusiness(coverage.type(), coverage.plan(), age);
    Payer payer = PAYERS.get(line.displayName());
    if (payer == null) {
      throw new IllegalArgumentException("no payer for line of business " + line.displayName());
    }
    return payer;
  }

  /** True when {@code coverage} pays for care: present, and not drawn uninsured. */
  static boolean insured(Coverage coverage) {
    return coverage != null
        && LineOfBusiness.parse(coverage.type()).orElse(null) != LineOfBusiness.UNINSURED;
  }
}
