package org.healthsim.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.generation.template.JourneyTemplates;
import picocli.CommandLine;

/** Reads {@code --journey}: a built-in template name, or a JSON or YAML file. */
final class JourneySource {

  private JourneySource() {}

  static JourneySpecification read(String nameOrFile, CommandLine line) throws IOException {
    if (JourneyTemplates.JOURNEY_TEMPLATES.contains(nameOrFile)) {
      return JourneyTemplates.getJourneyTemplate(nameOrFile);
    }
    Path file = Path.of(nameOrFile);
    if (!Files.exists(file)) {
      throw new CommandLine.ParameterException(
          line,
          "--journey "
              + nameOrFile
              + ": no such file and no such template (templates: "
              + String.join(", ", JourneyTemplates.JOURNEY_TEMPLATES)
              + ")");
    }
    return SpecReader.readJourney(file);
  }
}
