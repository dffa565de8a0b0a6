package org.healthsim.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.healthsim.generation.output.RunManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code healthsim verify DIR}: exit 0 when DIR holds exactly one complete run (every file of its
 * manifest, with its size and SHA-256, and no other), 2 with one problem a line when not.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description =
        "Checks that an output directory holds exactly one complete run: its manifest.json says"
            + " complete, and every file it lists is there with its size and SHA-256, and no other.")
final class VerifyCommand implements Callable<Integer> {

  @Parameters(paramLabel = "DIR", description = "a generate --out directory")
  Path dir;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<String> problems = RunManifest.verify(dir);
    if (!problems.isEmpty()) {
      problems.forEach(p -> spec.commandLine().getErr().println("healthsim: " + p));
      return HealthSimCommand.INVALID;
    }
    RunManifest manifest = RunManifest.read(dir).orElseThrow();
    RunManifest.Run run = manifest.run();
    spec.commandLine()
        .getOut()
        .printf(
            "%s: one complete run of %s (seed %d, %,d entities%s, %s), %d files as listed%n",
            dir,
            run.profile(),
            run.seed(),
            run.count(),
            run.journeys().isEmpty() ? "" : ", " + String.join(", ", run.journeys()),
            String.join(", ", run.formats()),
            manifest.files().size());
    return 0;
  }
}
