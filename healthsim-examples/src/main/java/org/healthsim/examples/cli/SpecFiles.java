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
   * journey} alone), else a profile, so a profile with a stray {@code journey} key is reported as a
   * profile with an unknown key. Unreadable text counts as a profile, whose reader then reports the
   * syntax error with its line.
   */
  static Kind kindOf(Path file) throws IOException {
    // Leniently decoded: a file that is not UTF-8 is named by the spec reader, with the offset.
    String text = new String(bytes(file), java.nio.charset.StandardCharsets.UTF_8);
    ObjectMapper mapper =
        SpecReader.Format.of(file) == SpecReader.Format.YAML
            ? new ObjectMapper(new YAMLFactory())
            : new ObjectMapper();
    try {
      JsonNode root = mapper.readTree(text);
      boolean journey =
          root != null
              && (root.has("events")
                  || root.has("journey_id")
                  || root.size() == 1 && root.has("journey"));
      return journey ? Kind.JOURNEY : Kind.PROFILE;
    } catch (IOException e) {
      return Kind.PROFILE;
    }
  }

  /**
   * At most one byte more than a spec may have: enough to tell the kind of any spec, and a file
   * past the limit is then refused by name by the reader, never read whole (a device such as
   * /dev/zero has no end).
   */
  private static byte[] bytes(Path file) throws IOException {
    try (java.io.InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(SpecReader.MAX_SPEC_SIZE + 1);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(file.toString(), null, "no such file");
    }
  }
}
