package org.healthsim.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.healthsim.core.reader.SpecReader;

/** Finds out what kind of spec a file holds and reads it. */
final class SpecFiles {

  /** The kinds of spec file. */
  enum Kind {
    PROFILE,
    JOURNEY
  }

  private SpecFiles() {}

  /**
   * A journey when the document has {@code events} or {@code journey_id} (or is wrapped as {@code
   * journey}), else a profile. Unreadable text counts as a profile, whose reader then reports the
   * syntax error with its line.
   */
  static Kind kindOf(Path file) throws IOException {
    String text = read(file);
    ObjectMapper mapper =
        SpecReader.Format.of(file) == SpecReader.Format.YAML
            ? new ObjectMapper(new YAMLFactory())
            : new ObjectMapper();
    try {
      JsonNode root = mapper.readTree(text);
      boolean journey =
          root != null && (root.has("events") || root.has("journey_id") || root.has("journey"));
      return journey ? Kind.JOURNEY : Kind.PROFILE;
    } catch (IOException e) {
      return Kind.PROFILE;
    }
  }

  static String read(Path file) throws IOException {
    try {
      return Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(file.toString(), null, "no such file");
    }
  }
}
