package org.healthsim.interchange.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthsim.core.spec.LineOfBusiness;
import org.healthsim.generation.internal.plan.PlanCatalog;
import org.healthsim.generation.internal.providers.CsvLine;
import org.healthsim.generation.profile.Coverage;

/** The payer of each line of business ({@code payers.csv}, with its sources), for every format. */
public final class Payers {

  /**
   * A line of business's payer.
   *
   * @param id the FHIR Organization id
   * @param name its name
   * @param soptCode the Source of Payment Typology code (FHIR Coverage.type)
   * @param soptDisplay its display
   * @param x12PayerId its payer id in X12 (837 loop 2010BB, 835 loop 1000A)
   * @param claimFilingCode the X12 claim filing indicator (837 SBR09, 835 CLP06)
   * @param ncpdpBin the NCPDP BIN pharmacy claims are routed by (101-A1)
   * @param ncpdpPcn the NCPDP processor control number (104-A4)
   */
  public record Payer(
      String id,
      String name,
      String soptCode,
      String soptDisplay,
      String x12PayerId,
      String claimFilingCode,
      String ncpdpBin,
      String ncpdpPcn) {}

  private static final Map<String, Payer> PAYERS = new HashMap<>();

  static {
    for (List<String> row :
        CsvLine.rows(
            Payers.class,
            "payers.csv",
            "line_of_business,payer_id,name,sopt_code,sopt_display,x12_payer_id,claim_filing_code,"
                + "ncpdp_bin,ncpdp_pcn")) {
      PAYERS.put(
          row.get(0),
          new Payer(
              row.get(1),
              row.get(2),
              row.get(3),
              row.get(4),
              row.get(5),
              row.get(6),
              row.get(7),
              row.get(8)));
    }
  }

  private Payers() {}

  /**
   * The payer of {@code coverage}: of its line of business as the claims are adjudicated (its
   * plan's, else its type's; {@link PlanCatalog#lineOfBusiness(String, String, Integer)}).
   *
   * @throws IllegalArgumentException for a line of business without a payer (uninsured)
   */
  public static Payer of(Coverage coverage, Integer age) {
    LineOfBusiness line = PlanCatalog.lineOfBusiness(coverage.type(), coverage.plan(), age);
    Payer payer = PAYERS.get(line.displayName());
    if (payer == null) {
      throw new IllegalArgumentException("no payer for line of business " + line.displayName());
    }
    return payer;
  }

  /** True when {@code coverage} pays for care: present, and not drawn uninsured. */
  public static boolean insured(Coverage coverage) {
    return coverage != null
        && LineOfBusiness.parse(coverage.type()).orElse(null) != LineOfBusiness.UNINSURED;
  }
}
