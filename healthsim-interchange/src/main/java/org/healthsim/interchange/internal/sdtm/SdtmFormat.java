package org.healthsim.interchange.internal.sdtm;

import java.io.IOException;
import java.nio.file.Path;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.output.CohortOutput;
import org.healthsim.generation.output.OutputFormat;

/**
 * The {@code sdtm} output format: CDISC SDTM DM, DS, SV and AE as Dataset-JSON 1.1. Found by {@code
 * OutputFormats} as a service of this module; {@code InterchangeFormats.SDTM} in Java.
 */
public final class SdtmFormat implements OutputFormat {

  /** For the service loader; use {@code InterchangeFormats.SDTM}. */
  public SdtmFormat() {}

  @Override
  public String wireName() {
    return "sdtm";
  }

  @Override
  public CohortOutput open(Path dir, boolean overwrite, EntityTimelines timelines)
      throws IOException {
    return new SdtmOutput(dir, overwrite, timelines);
  }

  @Override
  public String toString() {
    return wireName();
  }
}
