package org.healthsim.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.template.JourneyTemplates;
import org.healthsim.generation.template.ProfileTemplates;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code healthsim templates}: lists the built-in templates. */
@Command(
    name = "templates",
    mixinStandardHelpOptions = true,
    description = "Lists the built-in profile and journey templates.")
final class TemplatesCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.println("profile templates (use with --profile NAME):");
    for (String name : ProfileTemplates.NAMES) {
      ProfileSpecification p = ProfileTemplates.get(name);
      out.printf("  %-28s %s%n", name, p.name());
    }
    out.println("journey templates (use with --journey NAME):");
    for (String name : JourneyTemplates.JOURNEY_TEMPLATES) {
      JourneySpecification j = JourneyTemplates.getJourneyTemplate(name);
      out.printf("  %-28s %s%n", name, j.name());
    }
    return 0;
  }
}
