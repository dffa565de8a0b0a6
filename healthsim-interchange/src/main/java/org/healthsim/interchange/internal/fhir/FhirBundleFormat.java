package org.healthsim.interchange.internal.fhir;

import java.io.IOException;
import java.nio.file.Path;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.output.CohortOutput;
import org.healthsim.generation.output.OutputFormat;

/**
 * The {@code fhir-bundle} output format: a FHIR R4 transaction Bundle per patient, a line each of
 * {@code Bundle.ndjson}. Found by {@code OutputFormats} as a service of this module; {@code
 * InterchangeFormats.FHIR_BUNDLE} in Java.
 */
public final class FhirBundleFormat implements OutputFormat {

  /** For the service loader; use {@code InterchangeFormats.FHIR_BUNDLE}. */
  public FhirBundleFormat() {}

  @Override
  public String wireName() {
    return "fhir-bundle";
  }

  @Override
  public CohortOutput open(Path dir, boolean overwrite, EntityTimelines timelines)
      throws IOException {
    return new FhirBundleOutput(dir, overwrite, timelines);
  }

  @Override
  public String toString() {
    return wireName();
  }
}
