package org.healthsim.interchange.internal.ncpdp;

import java.io.IOException;
import java.nio.file.Path;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.output.CohortOutput;
import org.healthsim.generation.output.OutputFormat;

/**
 * The {@code ncpdp} output format: NCPDP D.0 pharmacy claim transmissions and their responses.
 * Found by {@code OutputFormats} as a service of this module; {@code InterchangeFormats.NCPDP} in
 * Java.
 */
public final class NcpdpFormat implements OutputFormat {

  /** For the service loader; use {@code InterchangeFormats.NCPDP}. */
  public NcpdpFormat() {}

  @Override
  public String wireName() {
    return "ncpdp";
  }

  @Override
  public CohortOutput open(Path dir, boolean overwrite, EntityTimelines timelines)
      throws IOException {
    return new NcpdpOutput(dir, overwrite, timelines);
  }

  @Override
  public String toString() {
    return wireName();
  }
}
