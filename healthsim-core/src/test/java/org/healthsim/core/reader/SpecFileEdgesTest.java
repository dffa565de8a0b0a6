package org.healthsim.core.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.healthsim.core.validation.SpecValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edges of reading a spec file (RELIABILITY-TRIAL F10, F14): content after the document, a
 * second YAML document, a byte-order mark, bytes that are not UTF-8; and limits worded as limits
 * (F16).
 */
class SpecFileEdgesTest {

  private static final String PROFILE =
      "{\"demographics\": {\"age\": {\"type\": \"normal\", \"mean\": 50, \"std_dev\": 10}}}";

  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  @Test
  void contentAfterTheJsonDocumentIsAnError() throws IOException {
    Path file =
        write("trailing.json", (PROFILE + " {\"x\": 1}\n").getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> SpecReader.readProfile(file))
        .isInstanceOf(SpecValidationException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("line 1, column ")
        .hasMessageContaining("content after the end of the JSON document");
  }

  @Test
  void aSecondYamlDocumentIsAnError() throws IOException {
    String yaml =
        "demographics:\n  age: {type: normal, mean: 50, std_dev: 10}\n---\n"
            + "demographics:\n  age: {type: normal, mean: -70, std_dev: -10}\n";
    Path file = write("multi.yaml", yaml.getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> SpecReader.readProfile(file))
        .isInstanceOf(SpecValidationException.class)
        .hasMessageContaining("a second YAML document; a spec file holds one document");
  }

  @Test
  void aByteOrderMarkIsSkipped() throws IOException {
    byte[] body = PROFILE.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);

    assertThat(SpecReader.readProfile(write("bom.json", withBom)).demographics().age()).isNotNull();
  }

  @Test
  void bytesThatAreNotUtf8AreNamedWithTheirOffset() throws IOException {
    byte[] body = "{\"name\": \"Medicare \u0000\u0000 diabetic\"}".getBytes(StandardCharsets.UTF_8);
    int at = new String(body, StandardCharsets.UTF_8).indexOf('\u0000');
    body[at] = (byte) 0xFF;
    body[at + 1] = (byte) 0xFE;
    Path file = write("latin.json", body);

    assertThatThrownBy(() -> SpecReader.readProfile(file))
        .isInstanceOf(SpecValidationException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("not UTF-8: byte 0xFF at offset " + at + " (line 1)");
  }

  @Test
  void aProfileWithAStrayKeyBesideItsWrapperIsReportedAsAProfile() {
    assertThatThrownBy(
            () -> SpecReader.profileFromString("{\"profile\": " + PROFILE + ", \"journey\": {}}"))
        .isInstanceOf(SpecValidationException.class)
        .hasMessageContaining("journey: unknown key beside 'profile'")
        .hasMessageContaining("1 problem");
  }

  @Test
  void aCountPastTheLimitIsReportedAsALimit() {
    assertThatThrownBy(
            () ->
                SpecReader.profileFromString(
                    "{\"generation\": {\"count\": 1000000000000}, \"demographics\": {\"age\":"
                        + " {\"type\": \"normal\", \"mean\": 50, \"std_dev\": 10}}}"))
        .isInstanceOf(SpecValidationException.class)
        .hasMessageContaining("generation.count = 1000000000000: must be at most 2147483647");
  }

  @Test
  void utf16IsNamed() throws IOException {
    Path file = write("utf16.json", PROFILE.getBytes(StandardCharsets.UTF_16));

    assertThatThrownBy(() -> SpecReader.readProfile(file))
        .isInstanceOf(SpecValidationException.class)
        .hasMessageContaining("the file is UTF-16 (a byte-order mark); save it as UTF-8");
  }
}
