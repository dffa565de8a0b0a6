package org.healthsim.interchange;

import java.util.List;
import org.healthsim.generation.output.OutputFormat;
import org.healthsim.interchange.internal.fhir.FhirBulkFormat;
import org.healthsim.interchange.internal.fhir.FhirBundleFormat;
import org.healthsim.interchange.internal.ncpdp.NcpdpFormat;
import org.healthsim.interchange.internal.sdtm.SdtmFormat;
import org.healthsim.interchange.internal.x12.X12Format;

/**
 * The standards formats this module adds beside the built-in {@link OutputFormat}s. Each is also
 * found by name ({@code OutputFormats.byName("fhir")}, {@code healthsim generate --format fhir})
 * when this module is on the class path.
 *
 * <pre>{@code
 * HealthSim.cohort("medicare-diabetic").journeys("year-of-care").count(1_000)
 *     .writeTo(InterchangeFormats.FHIR, Path.of("out/fhir"));
 * }</pre>
 */
public final class InterchangeFormats {

  /**
   * FHIR R4 Bulk Data NDJSON: {@code Patient.ndjson}, {@code Encounter.ndjson}, ..., one resource a
   * line, conforming to US Core 6.1 and, for ExplanationOfBenefit, CARIN Blue Button 2.x
   * (docs/interchange.md).
   */
  public static final OutputFormat FHIR = new FhirBulkFormat();

  /**
   * FHIR R4 transaction Bundles, one per patient, a line each of {@code Bundle.ndjson}: the same
   * resources as {@link #FHIR}, with the practitioners, organizations and payers each patient's
   * refer to, every entry a {@code PUT} (docs/interchange.md).
   */
  public static final OutputFormat FHIR_BUNDLE = new FhirBundleFormat();

  /**
   * X12 5010: {@code 837P.x12} and {@code 837I.x12}, a claim per transaction set, {@code 835.x12},
   * a remittance per transaction set, and {@code 834.x12}, a member's enrolment per transaction
   * set, each file one interchange (docs/interchange.md).
   */
  public static final OutputFormat X12 = new X12Format();

  /**
   * NCPDP Telecommunication D.0: {@code pharmacy-requests.ncpdp}, a B1 billing or B2 reversal
   * transmission per pharmacy claim, and {@code pharmacy-responses.ncpdp}, the response to each
   * (paid, rejected with its reject code, reversal approved) on the same line
   * (docs/interchange.md).
   */
  public static final OutputFormat NCPDP = new NcpdpFormat();

  /**
   * CDISC SDTM in Dataset-JSON 1.1 and CSV: DM, DS, SV, AE, EX, LB and VS of the trial journeys'
   * subjects, {@code DM.json} and {@code DM.csv} and so on (docs/interchange.md).
   */
  public static final OutputFormat SDTM = new SdtmFormat();

  /** Every format of this module. */
  public static final List<OutputFormat> ALL = List.of(FHIR, FHIR_BUNDLE, X12, NCPDP, SDTM);

  private InterchangeFormats() {}
}
