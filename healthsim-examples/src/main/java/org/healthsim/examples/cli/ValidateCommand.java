package org.healthsim.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.healthsim.core.internal.validation.Hints;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.core.validation.SpecValidationException;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.generation.template.JourneyTemplates;
import org.healthsim.generation.template.ProfileTemplates;
import org.healthsim.reference.ReferenceDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code healthsim validate FILE}: exit 0 when valid, 2 with one problem a line when not. It runs
 * every check {@code generate} runs (event types, planners, the age range...), not only the
 * reader's.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Checks a profile or journey spec file (JSON or YAML), or a built-in template, with every"
            + " check generate runs, and lists every problem.")
final class ValidateCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE|TEMPLATE", description = "a spec file or a built-in template name")
  String target;

  @Option(
      names = "--reference-db",
      paramLabel = "FILE",
      description = "reference database to resolve a populationsim/hybrid profile against")
  Path referenceDb;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (referenceDb == null) {
      return validate(new ProfileExecutor());
    }
    try (ReferenceDatabase reference = ReferenceDatabase.open(referenceDb)) {
      return validate(new ProfileExecutor().withReference(reference));
    }
  }

  private int validate(ProfileExecutor executor) throws IOException {
    if (ProfileTemplates.NAMES.contains(target)) {
      SpecValidationException.checkAs(target, () -> executor.check(ProfileTemplates.get(target)));
      spec.commandLine().getOut().printf("template %s: valid profile%n", target);
      return 0;
    }
    if (JourneyTemplates.JOURNEY_TEMPLATES.contains(target)) {
      JourneySpecification journey = JourneyTemplates.getJourneyTemplate(target);
      checkJourney(journey);
      spec.commandLine().getOut().printf("template %s: valid journey%n", target);
      return 0;
    }
    Path file = Path.of(target);
    if (!java.nio.file.Files.exists(file)) {
      List<String> templates = new ArrayList<>(ProfileTemplates.NAMES);
      templates.addAll(JourneyTemplates.JOURNEY_TEMPLATES);
      throw new java.nio.file.NoSuchFileException(
          target, null, "no such file and no such template" + Hints.didYouMean(target, templates));
    }
    if (SpecFiles.kindOf(file) == SpecFiles.Kind.JOURNEY) {
      JourneySpecification journey = SpecReader.readJourney(file);
      checkJourney(journey);
      spec.commandLine()
          .getOut()
          .printf(
              "%s: valid journey %s (%d events)%n",
              file, journey.journeyId(), journey.events().size());
    } else {
      ProfileSpecification profile = SpecReader.readProfile(file);
      SpecValidationException.checkAs(target, () -> executor.check(profile));
      spec.commandLine()
          .getOut()
          .printf("%s: valid profile%s%n", file, profile.id() == null ? "" : " " + profile.id());
    }
    return 0;
  }

  /** Every check {@code generate} runs on {@code journey}, its problems named with the target. */
  private void checkJourney(JourneySpecification journey) {
    SpecValidationException.checkAs(
        target, () -> new JourneyEngine(ProfileExecutor.DEFAULT_SEED).check(journey));
  }
}
