package org.healthsim.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.template.ProfileTemplates;
import picocli.CommandLine;

/** Reads {@code --profile}: a built-in template name, or a JSON or YAML file. */
final class ProfileSource {

  private ProfileSource() {}

  static ProfileSpecification read(String nameOrFile, CommandLine line) throws IOException {
    if (ProfileTemplates.NAMES.contains(nameOrFile)) {
      return ProfileTemplates.get(nameOrFile);
    }
    Path file = Path.of(nameOrFile);
    if (!Files.exists(file)) {
      throw new CommandLine.ParameterException(
          line,
          "--profile "
              + nameOrFile
              + ": no such file and no such template (templates: "
              + String.join(", ", ProfileTemplates.NAMES)
              + ")");
    }
    return SpecReader.readProfile(file);
  }
}
