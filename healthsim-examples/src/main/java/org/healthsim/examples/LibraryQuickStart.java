package org.healthsim.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.output.CohortOutput;
import org.healthsim.generation.output.OutputFormat;
import org.healthsim.generation.output.RunDirectory;
import org.healthsim.generation.output.RunManifest;
import org.healthsim.generation.profile.ExecutionResult;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.generation.template.JourneyTemplates;
import org.healthsim.generation.template.ProfileTemplates;
import org.healthsim.generation.trigger.CrossProductCoordinator;

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
    long seed = 42;
    int count = 1_000;
    ProfileSpecification profile = ProfileTemplates.get("medicare-diabetic");
    List<JourneySpecification> journeys =
        List.of(JourneyTemplates.getJourneyTemplate("year-of-care"));
    LocalDate start = LocalDate.of(2025, 1, 1);
    LocalDate until = LocalDate.of(2025, 12, 31);

    // Each entity's timeline: its journeys, what they trigger in other products, and the claims.
    EntityTimelines timelines =
        new EntityTimelines(
            new JourneyEngine(seed),
            journeys,
            start,
            until,
            CrossProductCoordinator.createCoordinator());

    // A run directory: locked while written, files renamed into place, manifest.json last.
    try (RunDirectory run = RunDirectory.open(out, true)) {
      ExecutionResult result;
      try (CohortOutput output = OutputFormat.NDJSON.open(out, true, timelines)) {
        result = new ProfileExecutor(seed).generate(profile, count, output.sink(), done -> {});
        run.put(output);
      }
      run.writeText("validation.txt", result.validation() + "\n");
      run.commit(
          new RunManifest.Run(
              profile.id(),
              List.of("year-of-care"),
              null,
              seed,
              count,
              null,
              start.toString(),
              until.toString(),
              List.of(OutputFormat.NDJSON.wireName())));
      System.out.printf(
          "seed %d: %,d members in %s (validation %s)%n",
          result.seed(), result.count(), out, result.validation().passed() ? "ok" : "failed");
    }
  }
}
