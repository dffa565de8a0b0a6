package org.healthsim.interchange.internal.fhir;

import java.io.IOException;
import java.nio.file.Path;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.output.CohortOutput;
import org.healthsim.generation.output.OutputFormat;

/**
 * The {@code fhir} output format: FHIR R4 Bulk Data NDJSON, one file per resource type. Found by
 * {@code OutputFormats} as a service of this module; {@code InterchangeFormats.FHIR} in Java.
 */
public final class FhirBulkFormat implements OutputFormat {

  /** For the service loader; use {@code InterchangeFormats.FHIR}. */
  public FhirBulkFormat() {}

  @Override
  public String wireName() {
    return "fhir";
  }

  @Override
  public CohortOutput open(Path dir, boolean overwrite, EntityTimelines timelines)
      throws IOException {
    return new FhirBulkOutput(dir, overwrite, timelines);
  }

  @Override
  public String toString() {
    return wireName();
  }
}
