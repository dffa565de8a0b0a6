package org.healthsim.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.examples.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON and YAML example in README.md and docs/ reads with the real spec parser, and every
 * NDJSON sample is a line the documented command writes.
 */
class DocsExamplesTest {

  private static final Pattern FENCE = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);

  /** A fenced example: where it is, its language, its text. */
  record Example(String where, String language, String text) {
    @Override
    public String toString() {
      return where + " (" + language + ")";
    }
  }

  static List<Example> examples(String... languages) {
    List<Example> found = new ArrayList<>();
    try (Stream<Path> docs = Files.list(Path.of("..", "docs"))) {
      List<Path> files =
          new ArrayList<>(docs.filter(p -> p.toString().endsWith(".md")).sorted().toList());
      files.add(0, Path.of("..", "README.md"));
      for (Path file : files) {
        String text = Files.readString(file);
        Matcher m = FENCE.matcher(text);
        while (m.find()) {
          if (List.of(languages).contains(m.group(1))) {
            long line = text.substring(0, m.start()).lines().count() + 1;
            found.add(new Example(file.getFileName() + ":" + line, m.group(1), m.group(2)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  static List<Example> specExamples() {
    return examples("json", "yaml", "yml");
  }

  @Test
  void theDocsHaveExamples() {
    assertThat(specExamples()).hasSizeGreaterThanOrEqualTo(14);
    assertThat(examples("ndjson")).hasSize(2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specExamples")
  void readsWithTheRealParser(Example example) throws IOException {
    ObjectMapper mapper =
        example.language().equals("json")
            ? new ObjectMapper()
            : new ObjectMapper(new YAMLFactory());
    JsonNode node = mapper.readTree(example.text());
    String source = example.where();
    if (node.has("journey_id") || node.has("events")) {
      assertThat(SpecReader.journeyFromString(example.text(), source)).isNotNull();
    } else if (node.has("event_id")) {
      assertThat(SpecReader.eventFromString(example.text())).isNotNull();
    } else if (node.has("type") && !node.has("demographics")) {
      assertThat(SpecReader.distributionFromString(example.text())).isNotNull();
    } else {
      assertThat(SpecReader.profileFromString(example.text(), source)).isNotNull();
    }
  }

  @Test
  void ndjsonSamplesAreWhatTheDocumentedCommandWrites(@TempDir Path dir) throws IOException {
    CliRunner.Result run =
        CliRunner.run(
            "generate",
            "--profile",
            "medicare-diabetic",
            "--journey",
            "diabetic-first-year",
            "--count",
            "1",
            "--quiet",
            "--out",
            dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> written = new ArrayList<>(Files.readAllLines(dir.resolve("entities.ndjson")));
    written.addAll(Files.readAllLines(dir.resolve("events.ndjson")));
    for (Example sample : examples("ndjson")) {
      for (String line : sample.text().strip().split("\n")) {
        assertThat(written).as(sample.where()).contains(line);
      }
    }
  }

  /** The README's second set-up command, run as written but into a temporary directory. */
  @Test
  void theReadmeMainJobWritesFilesAPersonCanOpenAndSaysWhere(@TempDir Path dir) throws IOException {
    String command =
        Files.readString(Path.of("..", "README.md"))
            .lines()
            .filter(l -> l.startsWith("./healthsim generate "))
            .findFirst()
            .orElseThrow()
            .replaceAll("\\s+#.*$", "");
    List<String> args =
        new ArrayList<>(List.of(command.substring("./healthsim ".length()).split(" +")));
    int out = args.indexOf("--out");
    assertThat(out).as(command).isPositive();
    args.set(out + 1, dir.toString());
    CliRunner.Result run = CliRunner.run(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    for (String file :
        List.of(
            "entities.ndjson",
            "events.ndjson",
            "validation.txt",
            "calibration.txt",
            "calibration.json")) {
      assertThat(dir.resolve(file)).isNotEmptyFile();
    }
    assertThat(run.out())
        .contains("  " + dir.resolve("entities.ndjson"))
        .contains("  " + dir.resolve("events.ndjson"))
        .contains("details in " + dir.resolve("validation.txt"))
        .contains("  " + dir.resolve("calibration.txt"))
        .contains("calibration Medicare: ");
    assertThat(Files.readAllLines(dir.resolve("entities.ndjson"))).hasSize(10_000);
  }

  /** use-from-your-project.md shows LibraryQuickStart's imports and body as they are. */
  @Test
  void theLibraryPageShowsTheQuickStartClassAsItIs() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "use-from-your-project.md"));
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(page);
    assertThat(m.find()).as("a java block").isTrue();
    String source =
        Files.readString(
            Path.of(
                "src", "main", "java", "org", "healthsim", "examples", "LibraryQuickStart.java"));
    String shown = m.group(1).replaceAll("\\s+", " ").strip();
    assertThat(shown).startsWith("import ").contains(".writeTo(");
    for (String part : shown.split("(?<=;) ")) {
      assertThat(source.replaceAll("\\s+", " ")).as("the class").contains(part);
    }
  }
}
