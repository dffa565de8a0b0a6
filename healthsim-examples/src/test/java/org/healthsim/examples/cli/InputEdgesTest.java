package org.healthsim.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The input edges of RELIABILITY-TRIAL F4, F11 and F13 through the command line: numbers the output
 * cannot hold, {@code validate} running every check {@code generate} runs, and dates that would not
 * be {@code YYYY-MM-DD}. Each is refused with its path and exit 2, before anything is written.
 */
class InputEdgesTest {

  private static final String AGE =
      "\"age\": {\"type\": \"normal\", \"mean\": 50, \"std_dev\": 10}";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private Path profileWithLab(String egfr) throws IOException {
    return write(
        "lab.json",
        "{\"demographics\": {"
            + AGE
            + "}, \"clinical\": {\"lab_values\": {\"egfr\": "
            + egfr
            + "}}}");
  }

  /** Refused by both commands with exit 2, each message part present, and no output written. */
  private void assertRefused(Path spec, String... message) {
    Cli.Run validate = Cli.run("validate", spec.toString());
    Path out = dir.resolve("out-" + spec.getFileName());
    Cli.Run generate =
        Cli.run("generate", "--profile", spec.toString(), "--count", "5", "--out", out.toString());
    for (Cli.Run run : new Cli.Run[] {validate, generate}) {
      assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
      assertThat(run.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
    }
    assertThat(out).doesNotExist();
  }

  @Test
  void aLabMeanTheOutputCannotHoldIsRefused() throws IOException {
    // F4: it was written as Long.MAX_VALUE while the validation report said ok.
    assertRefused(
        profileWithLab("{\"type\": \"normal\", \"mean\": 1e20, \"std_dev\": 1e19}"),
        "clinical.lab_values.egfr.mean = ",
        "clinical.lab_values.egfr.std_dev = ",
        "beyond the limit of 10^15");
    assertRefused(
        profileWithLab(
            "{\"type\": \"normal\", \"mean\": 1e308, \"std_dev\": 1e308, \"min\": -1e308,"
                + " \"max\": 1e308}"),
        "clinical.lab_values.egfr.min = ",
        "clinical.lab_values.egfr.max = ");
    assertRefused(
        profileWithLab("{\"type\": \"log_normal\", \"mu\": 700, \"sigma\": 1}"),
        "clinical.lab_values.egfr.mu = 700",
        "beyond the limit of 34.5");
  }

  @Test
  void anUnknownFormatListsTheFormatsWithTheNameMeant() {
    Path out = dir.resolve("never");
    Cli.Run run =
        Cli.run(
            "generate",
            "--profile",
            "medicare-diabetic",
            "--count",
            "2",
            "--format",
            "parquett",
            "--out",
            out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("'parquett' is not a format: ndjson, csv, duckdb, parquet")
        .contains("did you mean parquet?")
        .doesNotContain("\tat ");
    assertThat(out).doesNotExist();
  }

  @Test
  void aLargeLabWithinTheLimitIsWrittenAsDrawn() throws IOException {
    Path spec = profileWithLab("{\"type\": \"uniform\", \"min\": 1e14, \"max\": 2e14}");
    Path out = dir.resolve("big");
    Cli.Run run =
        Cli.run("generate", "--profile", spec.toString(), "--count", "20", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    for (String line : Files.readAllLines(out.resolve("entities.ndjson"))) {
      double egfr = Double.parseDouble(line.replaceAll(".*\"egfr\":([^,}]*).*", "$1"));
      assertThat(egfr).isBetween(1e14, 2e14);
    }
  }

  @Test
  void validateRefusesAnUnknownEventTypeAsGenerateDoes() throws IOException {
    // F11: validate said "valid journey t (1 events)".
    Path journey =
        write(
            "teleport.json",
            "{\"journey_id\": \"t\", \"events\": [{\"event_id\": \"u\", \"event_type\":"
                + " \"teleport\"}]}");

    Path profile = write("plain.json", "{\"demographics\": {" + AGE + "}}");
    Path out = dir.resolve("out");

    Cli.Run validate = Cli.run("validate", journey.toString());
    Cli.Run generate =
        Cli.run(
            "generate",
            "--profile",
            profile.toString(),
            "--journey",
            journey.toString(),
            "--out",
            out.toString());

    for (Cli.Run run : new Cli.Run[] {validate, generate}) {
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("events[0].event_type = teleport: unknown event type");
    }
    assertThat(out).doesNotExist();
  }

  @Test
  void agesBeyondTheRangeAreRefusedByValidateNamingWhatWasWritten() throws IOException {
    // F11: validate passed it, and generate named a max of 120 the user had not written.
    Path old =
        write(
            "old.json",
            "{\"demographics\": {\"age\": {\"type\": \"normal\", \"mean\": 150, \"std_dev\": 5,"
                + " \"min\": 130, \"max\": 200}}}");

    assertRefused(old, "demographics.age.min = 130", "ages must lie between 0 and 120");
    assertThat(Cli.run("validate", old.toString()).err()).doesNotContain("max (120)");
  }

  @Test
  void validateTakesJourneyTemplates() {
    Cli.Run run = Cli.run("validate", "year-of-care");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("template year-of-care: valid journey");
  }

  @Test
  void aDelayBeyondAHundredYearsIsRefused() throws IOException {
    // F13: the event was written on +2739932-01-05.
    Path far =
        write(
            "far.json",
            "{\"journey_id\": \"far\", \"duration_days\": 365, \"events\": [{\"event_id\": \"d\","
                + " \"event_type\": \"encounter\", \"delay\": {\"days\": 1000000000}}]}");

    Cli.Run run = Cli.run("validate", far.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("events[0]: can fall 1000000000 days after the journey start")
        .contains("beyond the limit of 36525 days (100 years)");
  }

  @Test
  void repeatsOrADurationPastAHundredYearsAreRefused() throws IOException {
    String event = "events:\n  - event_id: v\n    event_type: encounter\n";
    Path repeats =
        write(
            "repeats.yaml",
            "journey_id: r\n" + event + "    repeat: {count: 5000, every_days: 30}\n");
    Path longJourney = write("long.yaml", "journey_id: l\nduration_days: 1000000000\n" + event);

    Cli.Run run = Cli.run("validate", repeats.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("events[0]: can fall 149970 days after the journey start");
    run = Cli.run("validate", longJourney.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("duration_days = 1000000000: is beyond the limit of 36525 days (100 years)");
  }

  @Test
  void anAsOfDateBeyondTheYearsAllowedIsRefusedInTheSpecAndOnTheCommandLine() throws IOException {
    // F13: birth dates of -0065-11-30 were written.
    Path early =
        write(
            "early.json",
            "{\"generation\": {\"as_of\": \"0001-01-01\"}, \"demographics\": {" + AGE + "}}");
    assertRefused(early, "generation.as_of = 0001-01-01: must lie from 1900-01-01 to 2200-12-31");

    Path profile = write("plain.json", "{\"demographics\": {" + AGE + "}}");
    Path out = dir.resolve("o");
    for (String[] option :
        new String[][] {
          {"--as-of", "0001-01-01"}, {"--start", "2201-01-01"}, {"--until", "2140-01-01"}
        }) {
      Cli.Run run =
          Cli.run(
              "generate",
              "--profile",
              profile.toString(),
              "--journey",
              "year-of-care",
              option[0],
              option[1],
              "--count",
              "2",
              "--out",
              out.toString());
      assertThat(run.exitCode()).as(String.join(" ", option)).isEqualTo(2);
      assertThat(run.err()).contains(option[0] + " " + option[1]).doesNotContain("Exception");
    }
    assertThat(out).doesNotExist();
  }
}
