package org.healthsim.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.healthsim.generation.template.JourneyTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 16's typos that produced wrong data with exit 0: a misspelt attribute in an expression,
 * misspelt or missing handler parameters, an expression nested past the limit, and events that
 * failed while the run reported success. Each is now refused before anything is written, with its
 * path, every problem in one run; or, for a failure only the run can find, listed, and with {@code
 * --strict} an exit of 3.
 */
class NothingPassesQuietlyTest {

  private static final Path EXAMPLE = Path.of("..", "examples", "specs", "diabetic-cohort.json");

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private static void assertRefused(Cli.Run run, String... message) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aMisspeltAttributeInAProfileIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path profile =
        write(
            "agee.json",
            "{\"demographics\": {\"age\": {\"type\": \"normal\", \"mean\": 70, \"std_dev\": 5}},"
                + " \"clinical\": {\"comorbidities\": [{\"code\": \"I10\", \"prevalence\": 0.5,"
                + " \"when\": \"agee >= 65\"}]}}");
    Path out = dir.resolve("out");
    String problem =
        "clinical.comorbidities[0].when = agee >= 65: unknown attribute 'agee'; did you mean age?";

    assertRefused(Cli.run("validate", profile.toString()), "invalid " + profile, problem);
    assertRefused(
        Cli.run("generate", "--profile", profile.toString(), "--out", out.toString()),
        "invalid " + profile,
        problem);
    assertThat(out).doesNotExist();
  }

  @Test
  void everyProblemOfAJourneyIsReportedInOneRun() throws IOException {
    Path journey =
        write(
            "bad.json",
            "{\"journey_id\": \"bad\", \"events\": ["
                + "{\"event_id\": \"dx\", \"event_type\": \"diagnosis\", \"parameters\":"
                + " {\"icd_10\": \"E11.9\"}},"
                + "{\"event_id\": \"dx2\", \"event_type\": \"diagnosis\", \"parameters\":"
                + " {\"icd10\": \"NOTACODE\"}},"
                + "{\"event_id\": \"m\", \"event_type\": \"medication_order\"},"
                + "{\"event_id\": \"l\", \"event_type\": \"lab_order\", \"parameters\":"
                + " {\"lab\": \"unicorn_blood\"}},"
                + "{\"event_id\": \"e\", \"event_type\": \"encounter\", \"when\": \"sevrity =="
                + " 'x'\", \"parameters\": {\"encounter_type\": \"ofice\", \"reason\":"
                + " \"${entity.agee}\"}},"
                + "{\"event_id\": \"r\", \"event_type\": \"referral\"},"
                + "{\"event_id\": \"t\", \"event_type\": \"teleport\"}]}");
    Path out = dir.resolve("out");

    Cli.Run validate = Cli.run("validate", journey.toString());
    Cli.Run generate =
        Cli.run(
            "generate",
            "--profile",
            EXAMPLE.toString(),
            "--journey",
            journey.toString(),
            "--out",
            out.toString());

    for (Cli.Run run : new Cli.Run[] {validate, generate}) {
      assertRefused(
          run,
          "(9 problems)",
          "events[0].parameters.icd_10: unknown parameter of a diagnosis event; did you mean"
              + " icd10?",
          "events[1].parameters.icd10 = NOTACODE: is not an ICD-10-CM code",
          "events[2].parameters: a medication_order event needs the parameter rxnorm",
          "events[3].parameters.lab = unicorn_blood: is not a known lab in lab-catalog.csv",
          "events[4].when = sevrity == 'x': unknown attribute 'sevrity'; did you mean severity?",
          "events[4].parameters.encounter_type = ofice: must be one of office,",
          "events[4].parameters.reason = ${entity.agee}: unknown attribute 'entity.agee'",
          "events[5].parameters: a referral event needs the parameter specialty",
          "events[6].event_type = teleport: unknown event type");
    }
    assertThat(out).doesNotExist();
  }

  @Test
  void aMistypedTemplateNameGetsTheNameProbablyMeant() {
    Cli.Run run =
        Cli.run(
            "generate", "--profile", "medicare-diabetc", "--out", dir.resolve("out").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "--profile medicare-diabetc: no such file and no such template; did you mean"
                + " medicare-diabetic?");
    Cli.Run validate = Cli.run("validate", "year-of-cre");
    assertThat(validate.exitCode()).isEqualTo(1);
    assertThat(validate.err())
        .contains("year-of-cre: no such file and no such template; did you mean year-of-care?");
  }

  static java.util.List<String> journeyTemplates() {
    return JourneyTemplates.JOURNEY_TEMPLATES;
  }

  @ParameterizedTest
  @MethodSource("journeyTemplates")
  void everyJourneyTemplatePassesValidate(String template) {
    Cli.Run run = Cli.run("validate", template);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("template " + template + ": valid journey");
  }

  @Test
  void anExpressionNestedPastTheLimitIsRefusedWithoutAStackTrace() throws IOException {
    Path profile =
        write(
            "deep.json",
            "{\"demographics\": {\"age\": {\"type\": \"normal\", \"mean\": 70, \"std_dev\": 5}},"
                + " \"clinical\": {\"comorbidities\": [{\"code\": \"I10\", \"prevalence\": 0.5,"
                + " \"when\": \""
                + "(".repeat(2000)
                + "age > 1"
                + ")".repeat(2000)
                + "\"}]}}");

    Cli.Run run = Cli.run("validate", profile.toString());

    assertRefused(run, "column 65: nested more than 64 levels deep, beyond the limit");
    assertThat(run.err().length()).isLessThan(1000);
  }

  @Test
  void eventsThatFailAreListedAndStrictMakesTheRunFail() throws IOException {
    Path journey =
        write(
            "discharge.json",
            "{\"journey_id\": \"d\", \"events\": [{\"event_id\": \"x\", \"event_type\":"
                + " \"discharge\"}]}");
    String[] args = {
      "generate",
      "--profile",
      EXAMPLE.toString(),
      "--journey",
      journey.toString(),
      "--count",
      "12",
      "--quiet",
      "--out",
    };

    Cli.Run lenient = Cli.run(append(args, dir.resolve("a").toString()));
    Cli.Run strict = Cli.run(append(args, dir.resolve("b").toString(), "--strict"));

    for (Cli.Run run : new Cli.Run[] {lenient, strict}) {
      assertThat(run.err())
          .contains("healthsim: 12 events failed")
          .contains("12 x discharge: no open admission on the timeline");
    }
    assertThat(lenient.exitCode()).isZero();
    assertThat(strict.exitCode()).isEqualTo(3);
    assertThat(Cli.run("verify", dir.resolve("b").toString()).exitCode()).isZero();
  }

  private static String[] append(String[] args, String... more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  @Test
  void runningOutOfMemoryIsOneLineWithTheRemedy() throws Exception {
    // RELIABILITY-TRIAL F6: a 128 MB heap ended in OutOfMemoryError and a stack trace. A year of
    // care's chunks in flight need more than 48 MB (diabetic-first-year's now fit in it).
    Path out = dir.resolve("oom");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                HealthSimCommand.class.getName(),
                "generate",
                "--profile",
                "medicare-diabetic",
                "--journey",
                "year-of-care",
                "--count",
                "300000",
                "--quiet",
                "--out",
                out.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(child.waitFor()).as(err).isEqualTo(1);
    assertThat(err.strip())
        .startsWith("healthsim: out of memory (the Java heap is ")
        .contains("HEALTHSIM_JAVA_OPTS=-Xmx2g")
        .doesNotContain("\tat ")
        .doesNotContain("\n");
    assertThat(out.resolve("manifest.json")).doesNotExist();
  }

  @Test
  void aFileWithoutEndIsRefusedAtTheSizeLimit() {
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero), "no /dev/zero here");

    Cli.Run run = Cli.run("validate", zero.toString());

    assertRefused(run, "the spec is more than 4194304 bytes, beyond the limit of 4194304 (4 MiB)");
  }

  @Test
  void aCohortOfDaysIsRefusedWithItsProjectionUnlessAskedFor() {
    // Issue 16: --count in the billions started a run of days without a word.
    Path out = dir.resolve("huge");
    Cli.Run run =
        Cli.run(
            "generate",
            "--profile",
            "medicare-diabetic",
            "--journey",
            "year-of-care",
            "--count",
            "200000000",
            "--out",
            out.toString());

    assertRefused(
        run,
        "--count 200,000,000 is past 100,000,000 entities: about 26 TB of NDJSON in about 2 days",
        "add --large to run it");
    assertThat(out).doesNotExist();
    assertThat(
            RunProjection.of(
                    2_000_000, false, java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.MAX)
                .toString())
        .startsWith("about 3.0 GB of NDJSON in about 12 s");
  }
}
