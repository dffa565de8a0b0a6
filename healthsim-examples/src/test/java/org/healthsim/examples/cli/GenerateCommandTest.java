package org.healthsim.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.healthsim.generation.template.ProfileTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GenerateCommandTest {

  @TempDir Path dir;

  private Path generate(String name, String... extra) {
    Path out = dir.resolve(name);
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "generate",
                "--profile",
                "medicare-diabetic",
                "--count",
                "3000",
                "--seed",
                "42",
                "--quiet",
                "--out",
                out.toString()));
    args.addAll(List.of(extra));
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return out.resolve("entities.ndjson");
  }

  @Test
  void sameSeedSameBytesOnOneAndTwoThreads() throws IOException {
    byte[] one = Files.readAllBytes(generate("one", "--threads", "1"));
    byte[] two = Files.readAllBytes(generate("two", "--threads", "2"));
    byte[] three = Files.readAllBytes(generate("three", "--threads", "3"));
    assertThat(one).isEqualTo(two).isEqualTo(three);
    assertThat(new String(one, java.nio.charset.StandardCharsets.UTF_8).split("\n")).hasSize(3000);
  }

  @Test
  void entityFiveEqualsLineSixOfAFullRun() throws IOException {
    List<String> full = Files.readAllLines(generate("full"));
    List<String> alone = Files.readAllLines(generate("alone", "--entity", "5"));
    assertThat(alone).containsExactly(full.get(5));
    assertThat(full.get(5)).startsWith("{\"entity_id\":\"E006\",\"index\":5,");
  }

  @Test
  void writesAReportAndSaysWhere() throws IOException {
    Path out = dir.resolve("report");
    Cli.Run run =
        Cli.run(
            "generate",
            "--profile",
            "commercial-healthy",
            "--count",
            "2000",
            "--quiet",
            "--out",
            out.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("seed 42: generating 2,000 entities of commercial-healthy")
        .contains("wrote 2,000 entities in ")
        .contains("  " + out.resolve("entities.ndjson"))
        .contains("validation: every metric consistent with the spec");
    assertThat(Files.readString(out.resolve("validation.txt")))
        .contains("demographics.age")
        .contains("(family-wise alpha = 0.001, Holm-Bonferroni)");
  }

  @Test
  void asOfAndNoPersonDetails() throws IOException {
    List<String> lines =
        Files.readAllLines(generate("asof", "--as-of", "2030-06-30", "--no-person-details"));
    assertThat(lines.get(0)).contains("\"person\":null").contains("\"birth_date\":\"196");
  }

  @Test
  void existingOutputIsKeptWithoutOverwrite() throws IOException {
    Path target = generate("keep");
    byte[] before = Files.readAllBytes(target);
    Cli.Run again =
        Cli.run(
            "generate",
            "--profile",
            "medicare-diabetic",
            "--count",
            "10",
            "--quiet",
            "--out",
            target.getParent().toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("holds an earlier run (manifest.json); pass --overwrite");
    assertThat(Files.readAllBytes(target)).isEqualTo(before);
  }

  @Test
  void aMalformedSpecExitsTwoWithItsJsonPath() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        "{\"demographics\": {\"age\": {\"type\": \"normal\", \"mean\": 45, \"std_dev\": -15}}}");
    Cli.Run run =
        Cli.run("generate", "--profile", bad.toString(), "--out", dir.resolve("x").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("demographics.age.std_dev = -15: must be > 0 and finite");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void anUnknownTemplateOrFileExitsTwo() {
    Cli.Run run = Cli.run("generate", "--profile", "medicare-diabetes", "--out", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("no such file and no such template")
        .contains("medicare-diabetic");
  }

  @Test
  void badArgumentsExitTwo() {
    assertThat(
            Cli.run(
                    "generate",
                    "--profile",
                    "medicare-diabetic",
                    "--count",
                    "0",
                    "--out",
                    dir.toString())
                .exitCode())
        .isEqualTo(2);
    assertThat(
            Cli.run(
                    "generate",
                    "--profile",
                    "medicare-diabetic",
                    "--threads",
                    "0",
                    "--out",
                    dir.toString())
                .exitCode())
        .isEqualTo(2);
    assertThat(
            Cli.run(
                    "generate",
                    "--profile",
                    "medicare-diabetic",
                    "--as-of",
                    "tomorrow",
                    "--out",
                    dir.toString())
                .exitCode())
        .isEqualTo(2);
    assertThat(Cli.run("generate", "--profile", "medicare-diabetic").exitCode()).isEqualTo(2);
  }

  private Path journeyRun(String name, String count, String... extra) {
    Path out = dir.resolve(name);
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "generate",
                "--profile",
                "medicare-diabetic",
                "--journey",
                "diabetic-first-year",
                "--journey",
                "new-member-onboarding",
                "--count",
                count,
                "--seed",
                "7",
                "--quiet",
                "--out",
                out.toString()));
    args.addAll(List.of(extra));
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return out;
  }

  @Test
  void eventsAreTheSameBytesOnAnyThreadCount() throws IOException {
    Path one = journeyRun("e1", "2500", "--threads", "1");
    Path three = journeyRun("e3", "2500", "--threads", "3");
    assertThat(Files.readAllBytes(one.resolve("events.ndjson")))
        .isEqualTo(Files.readAllBytes(three.resolve("events.ndjson")));
    List<String> events = Files.readAllLines(one.resolve("events.ndjson"));
    assertThat(events).hasSizeGreaterThan(2500 * 10);
    assertThat(events)
        .as("triggered events are part of the compared bytes")
        .anyMatch(l -> l.contains("\"triggered_by\":\"E"));
  }

  @Test
  void anEntitysEventsDoNotDependOnTheCohortSize() throws IOException {
    List<String> small = Files.readAllLines(journeyRun("small", "300").resolve("events.ndjson"));
    List<String> large = Files.readAllLines(journeyRun("large", "2000").resolve("events.ndjson"));
    assertThat(large.subList(0, small.size())).isEqualTo(small);
    List<String> alone =
        Files.readAllLines(journeyRun("alone", "2000", "--entity", "5").resolve("events.ndjson"));
    assertThat(alone)
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).startsWith("{\"entity_id\":\"E006\""));
    assertThat(large).containsSubsequence(alone);
    assertThat(alone).anyMatch(l -> l.contains("\"triggered_by\":\"E006"));
  }

  static List<String> templates() {
    return ProfileTemplates.NAMES;
  }

  @ParameterizedTest
  @MethodSource("templates")
  void everyTemplatePassesValidate(String template) {
    Cli.Run run = Cli.run("validate", template);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("template " + template + ": valid profile");
  }

  @Test
  void templatesListsThemAll() {
    Cli.Run run = Cli.run("templates");
    assertThat(run.exitCode()).isZero();
    ProfileTemplates.NAMES.forEach(name -> assertThat(run.out()).contains(name));
    assertThat(run.out()).contains("journey templates (use with --journey NAME):");
    org.healthsim.generation.template.JourneyTemplates.JOURNEY_TEMPLATES.forEach(
        name -> assertThat(run.out()).contains("  " + name + " "));
  }
}
