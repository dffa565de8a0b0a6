package org.healthsim.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthSimCommandTest {

  private static final Path EXAMPLE = Path.of("..", "examples", "specs", "diabetic-cohort.json");

  @TempDir Path dir;

  @Test
  void sampleWritesOneRowPerEntityAndPrintsTheSeed() throws IOException {
    Cli.Run run =
        Cli.run(
            "sample", "--profile", EXAMPLE.toString(), "--count", "200", "--out", dir.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("seed 42, 200 entities").contains("wrote ");
    List<String> lines = Files.readAllLines(dir.resolve("samples.csv"));
    assertThat(lines).hasSize(201);
    assertThat(lines.get(0))
        .isEqualTo("index,entity_seed,age,gender,race,severity,labs.a1c,labs.egfr,plan");
    assertThat(lines.get(1)).startsWith("0,5006236285904387910,65,F,");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(dir.resolve("samples.csv"));
    }
  }

  @Test
  void sameSeedSameBytes() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Cli.run(
        "sample",
        "--profile",
        EXAMPLE.toString(),
        "--seed",
        "7",
        "--count",
        "500",
        "--out",
        a.toString());
    Cli.run(
        "sample",
        "--profile",
        EXAMPLE.toString(),
        "--seed",
        "7",
        "--count",
        "500",
        "--out",
        b.toString());
    assertThat(Files.readAllBytes(a.resolve("samples.csv")))
        .isEqualTo(Files.readAllBytes(b.resolve("samples.csv")));
  }

  @Test
  void anExistingFileIsKeptWithoutOverwrite() throws IOException {
    Files.writeString(dir.resolve("samples.csv"), "precious");
    Cli.Run run = Cli.run("sample", "--profile", EXAMPLE.toString(), "--out", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("exists; pass --overwrite");
    assertThat(Files.readString(dir.resolve("samples.csv"))).isEqualTo("precious");
  }

  @Test
  void validateAcceptsTheExample() {
    Cli.Run run = Cli.run("validate", EXAMPLE.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("valid profile diabetic-cohort");
  }

  @Test
  void validateListsEveryProblemWithItsPathAndExitsTwo() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        "{\"demographics\": {\"age\": {\"type\": \"normal\", \"mean\": 45, \"std\": 15},"
            + " \"gender\": {\"type\": \"categorical\", \"weights\": {\"M\": 0.4, \"F\": 0.5}}}}");
    Cli.Run run = Cli.run("validate", bad.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("(3 problems)")
        .contains("demographics.age.std: unknown key; did you mean std_dev?")
        .contains("demographics.age.std_dev: is required")
        .contains("demographics.gender.weights = sum 0.9:")
        .doesNotContain("Exception");
  }

  @Test
  void validateRecognisesJourneys() throws IOException {
    Path journey = dir.resolve("journey.yaml");
    Files.writeString(
        journey,
        "journey_id: j\nevents:\n  - event_id: dx\n  - event_id: lab\n    depends_on: dxx\n");
    Cli.Run run = Cli.run("validate", journey.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("events[1].depends_on = dxx: no event has this id");
  }

  @Test
  void aMissingFileExitsOneWithItsName() {
    Cli.Run run = Cli.run("validate", dir.resolve("nope.json").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("nope.json: no such file");
  }

  @Test
  void aBadArgumentExitsTwo() {
    Cli.Run run =
        Cli.run(
            "sample", "--profile", EXAMPLE.toString(), "--count", "ten", "--out", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--count");
  }

  @Test
  void helpListsEveryCommandInOrder() {
    Cli.Run run = Cli.run("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .containsSubsequence(
            "Commands:",
            "  generate ",
            "  sample ",
            "  validate ",
            "  templates ",
            "  reference ",
            "  new ",
            "  verify ");
  }

  @Test
  void aCommandNamedFirstRunsWithItsOwnHelpAndSubcommands() {
    Cli.Run run = Cli.run("verify", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: healthsim verify ");
    Cli.Run nested = Cli.run("reference", "county", "--help");
    assertThat(nested.exitCode()).isZero();
    assertThat(nested.out()).startsWith("Usage: healthsim reference county ");
  }

  @Test
  void aMistypedCommandIsAnsweredWithTheCommandsItResembles() {
    Cli.Run run = Cli.run("generat", "--count", "2");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'generat'").contains("Did you mean: healthsim generate");
  }
}
