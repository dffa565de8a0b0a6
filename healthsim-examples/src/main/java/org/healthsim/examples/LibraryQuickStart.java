package org.healthsim.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import org.healthsim.generation.HealthSim;
import org.healthsim.generation.RunSummary;
import org.healthsim.generation.output.OutputFormat;

/**
 * The library from another project, as docs/use-from-your-project.md shows it: 1,000 Medicare
 * members with a year of care and its claims, written as NDJSON into a run directory with its
 * manifest, exactly as {@code healthsim generate} writes one.
 *
 * <pre>
 * java -cp healthsim-examples/target/healthsim.jar org.healthsim.examples.LibraryQuickStart [OUT DIR]
 * </pre>
 */
public final class LibraryQuickStart {

  private LibraryQuickStart() {}

  /** Generates the cohort and prints where it is. */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "out/library-quick-start");

    // The whole pipeline: profile, journeys, triggers and claims (both on by default), seed, count.
    RunSummary run =
        HealthSim.cohort("medicare-diabetic")
            .journeys("year-of-care")
            .seed(42)
            .count(1_000)
            .period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
            .overwrite(true)
            .writeTo(OutputFormat.NDJSON, out);

    // entities.ndjson, events.ndjson, validation.txt, calibration.txt and .json, manifest.json.
    System.out.printf(
        "seed %d: %,d members in %s (validation %s)%n",
        run.seed(), run.members(), run.dir(), run.validation().passed() ? "ok" : "failed");
  }
}
