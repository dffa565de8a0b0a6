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
 * The edges of reading a spec file (RELIABILITY-TRIAL F10, F14, F15): content after the document, a
 * second YAML document, a byte-order mark, bytes that are not UTF-8, YAML aliases and tags; and
 * limits worded as limits (F15, F16).
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
  void aDelayPastTheLimitIsReportedAsALimit() {
    assertThatThrownBy(
            () ->
                SpecReader.journeyFromString(
                    "{\"journey_id\": \"far\", \"events\": [{\"event_id\": \"d\", \"delay\":"
                        + " {\"days\": 1000000000000000000}}]}"))
        .isInstanceOf(SpecValidationException.class)
        .hasMessageContaining("events[0].delay.days = 1000000000000000000: must be at most");
  }

  @Test
  void utf16IsNamed() throws IOException {
    Path file = write("utf16.json", PROFILE.getBytes(StandardCharsets.UTF_16));

    assertThatThrownBy(() -> SpecReader.readProfile(file))
        .isInstanceOf(SpecValidationException.class)
        .hasMessageContaining("the file is UTF-16 (a byte-order mark); save it as UTF-8");
  }

  @Test
  void aYamlAliasIsRefusedByName() {
    String yaml =
        "demographics:\n  age: &d {type: normal, mean: 50, std_dev: 10}\n"
            + "clinical:\n  lab_values:\n    a1c: *d\n";

    assertThatThrownBy(() -> SpecReader.profileFromString(yaml, "alias.yaml"))
        .isInstanceOf(SpecValidationException.class)
        .hasMessageContaining("alias.yaml")
        .hasMessageContaining("line 5, column 10: the YAML alias *d is not supported");
  }

  @Test
  void aYamlMergeKeyIsRefusedByItsAlias() {
    String yaml =
        "common: &c {type: normal, mean: 50}\n"
            + "demographics:\n  age:\n    <<: *c\n    std_dev: 10\n";

    assertThatThrownBy(() -> SpecReader.profileFromString(yaml))
        .isInstanceOf(SpecValidationException.class)
        .hasMessageContaining("the YAML alias *c is not supported (nor merge keys)")
        .hasMessageContaining("1 problem");
  }

  @Test
  void aYamlTagIsRefusedByName() {
    String yaml = "demographics:\n  age: !!python/object {type: normal, mean: 50, std_dev: 10}\n";

    assertThatThrownBy(() -> SpecReader.profileFromString(yaml))
        .isInstanceOf(SpecValidationException.class)
        .hasMessageContaining("line 2, column 8: the YAML tag !!python/object is not supported");
    assertThatThrownBy(() -> SpecReader.profileFromString("demographics: !Custom {}\n"))
        .isInstanceOf(SpecValidationException.class)
        .hasMessageContaining("the YAML tag !Custom is not supported");
  }

  @Test
  void aSpecPastTheSizeLimitIsReportedAsALimitInEitherFormat() throws IOException {
    StringBuilder labs = new StringBuilder();
    for (int i = 0; labs.length() <= SpecReader.MAX_SPEC_SIZE; i++) {
      labs.append("    lab").append(i).append(": {type: normal, mean: 50, std_dev: 10}\n");
    }
    String yaml =
        "demographics:\n  age: {type: normal, mean: 50, std_dev: 10}\n"
            + "clinical:\n  lab_values:\n"
            + labs;
    Path file = write("big.yaml", yaml.getBytes(StandardCharsets.UTF_8));

    String limit = "beyond the limit of 4194304 (4 MiB) that a spec may have";
    assertThatThrownBy(() -> SpecReader.readProfile(file))
        .isInstanceOf(SpecValidationException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("the spec is " + Files.size(file) + " bytes, " + limit);
    assertThatThrownBy(() -> SpecReader.profileFromString("{\"name\": \"" + labs + "\"}"))
        .isInstanceOf(SpecValidationException.class)
        .hasMessageContaining(limit);
  }

  @Test
  void aYamlSpecJustUnderTheLimitIsRead() throws IOException {
    // SnakeYAML's own limit (3 MiB) would refuse this as 'malformed'; ours is the one that holds.
    StringBuilder labs = new StringBuilder();
    String lab = "    lab%d: {type: normal, mean: 50, std_dev: 10}\n";
    for (int i = 0; labs.length() < 3_500_000; i++) {
      labs.append(String.format(lab, i));
    }
    String yaml =
        "demographics:\n  age: {type: normal, mean: 50, std_dev: 10}\n"
            + "clinical:\n  lab_values:\n"
            + labs;

    assertThat(SpecReader.profileFromString(yaml).clinical().labValues())
        .hasSizeGreaterThan(60_000);
  }
}
