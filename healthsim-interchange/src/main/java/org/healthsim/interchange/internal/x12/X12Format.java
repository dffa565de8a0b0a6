package org.healthsim.interchange.internal.x12;

import java.io.IOException;
import java.nio.file.Path;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.output.CohortOutput;
import org.healthsim.generation.output.OutputFormat;

/**
 * The {@code x12} output format: X12 5010 837P, 837I, 835 and 834 files. Found by {@code
 * OutputFormats} as a service of this module; {@code InterchangeFormats.X12} in Java.
 */
public final class X12Format implements OutputFormat {

  /** For the service loader; use {@code InterchangeFormats.X12}. */
  public X12Format() {}

  @Override
  public String wireName() {
    return "x12";
  }

  @Override
  public CohortOutput open(Path dir, boolean overwrite, EntityTimelines timelines)
      throws IOException {
    return new X12Output(dir, overwrite, timelines);
  }

  @Override
  public String toString() {
    return wireName();
  }
}
