package org.healthsim.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.template.ProfileTemplates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code healthsim validate FILE}: exit 0 when valid, 2 with one problem a line when not. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Checks a profile or journey spec file (JSON or YAML), or a built-in template, and lists"
            + " every problem.")
final class ValidateCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE|TEMPLATE", description = "a spec file or a built-in template name")
  String target;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (ProfileTemplates.NAMES.contains(target)) {
      ProfileTemplates.get(target);
      spec.commandLine().getOut().printf("template %s: valid profile%n", target);
      return 0;
    }
    Path file = Path.of(target);
    if (SpecFiles.kindOf(file) == SpecFiles.Kind.JOURNEY) {
      JourneySpecification journey = SpecReader.readJourney(file);
      spec.commandLine()
          .getOut()
          .printf(
              "%s: valid journey %s (%d events)%n",
              file, journey.journeyId(), journey.events().size());
    } else {
      ProfileSpecification profile = SpecReader.readProfile(file);
      spec.commandLine()
          .getOut()
          .printf("%s: valid profile%s%n", file, profile.id() == null ? "" : " " + profile.id());
    }
    return 0;
  }
}
