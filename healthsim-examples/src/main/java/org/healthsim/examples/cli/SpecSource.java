package org.healthsim.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import org.healthsim.core.internal.validation.Hints;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.template.JourneyTemplates;
import org.healthsim.generation.template.ProfileTemplates;
import picocli.CommandLine;

/** Reads {@code --profile} and {@code --journey}: a built-in template name, or a JSON/YAML file. */
final class SpecSource {

  private interface FileReader<T> {
    T read(Path file) throws IOException;
  }

  private SpecSource() {}

  static ProfileSpecification profile(String nameOrFile, CommandLine line) throws IOException {
    return read(
        "--profile",
        nameOrFile,
        ProfileTemplates.NAMES,
        ProfileTemplates::get,
        SpecReader::readProfile,
        line);
  }

  static JourneySpecification journey(String nameOrFile, CommandLine line) throws IOException {
    return read(
        "--journey",
        nameOrFile,
        JourneyTemplates.JOURNEY_TEMPLATES,
        JourneyTemplates::getJourneyTemplate,
        SpecReader::readJourney,
        line);
  }

  /**
   * The SHA-256 of the spec inputs as read, for the run's manifest: each input's name, a NUL, its
   * bytes (a template's text, a file's content), a NUL.
   */
  static String sha256(String profile, List<String> journeys) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    digest(
        sha,
        profile,
        ProfileTemplates.NAMES.contains(profile) ? ProfileTemplates.text(profile) : null);
    for (String journey : journeys) {
      digest(
          sha,
          journey,
          JourneyTemplates.JOURNEY_TEMPLATES.contains(journey)
              ? JourneyTemplates.text(journey)
              : null);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void digest(MessageDigest sha, String name, String templateText)
      throws IOException {
    sha.update(name.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    sha.update(
        templateText != null
            ? templateText.getBytes(StandardCharsets.UTF_8)
            : Files.readAllBytes(Path.of(name)));
    sha.update((byte) 0);
  }

  private static <T> T read(
      String option,
      String nameOrFile,
      List<String> templates,
      Function<String, T> template,
      FileReader<T> file,
      CommandLine line)
      throws IOException {
    if (templates.contains(nameOrFile)) {
      return template.apply(nameOrFile);
    }
    Path path = Path.of(nameOrFile);
    if (!Files.exists(path)) {
      throw new CommandLine.ParameterException(
          line,
          option
              + " "
              + nameOrFile
              + ": no such file and no such template"
              + Hints.closest(nameOrFile, templates)
                  .map(t -> "; did you mean " + t + "?")
                  .orElseGet(() -> " (templates: " + String.join(", ", templates) + ")"));
    }
    return file.read(path);
  }
}
