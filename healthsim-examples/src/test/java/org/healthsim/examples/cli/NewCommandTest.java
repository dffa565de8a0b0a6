package org.healthsim.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.DemographicsSpec;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.reference.ReferenceDatabase;
import org.healthsim.reference.SharedReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code healthsim new}: from a short description to a spec that validates and runs. */
class NewCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void theGuidesQuickStartSentenceMakesTwoHundredMedicareDiabeticsWithClaims() throws IOException {
    Path spec = dir.resolve("spec.json");
    Cli.Run run =
        Cli.run(
            "new",
            "200 Medicare diabetics with claims for demo",
            "--yes",
            "--out",
            spec.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("took the defaults of the questions not answered:")
        .contains("  ages=typical")
        .contains("  location=nationwide")
        .contains("five sample entities:")
        .contains("wrote " + spec);
    ProfileSpecification profile = SpecReader.readProfile(spec);
    assertThat(profile.generation().count()).isEqualTo(200);
    List<GeneratedEntity> members = new ProfileExecutor(7).execute(profile).entities();
    assertThat(members).hasSize(200);
    assertThat(members)
        .allSatisfy(
            m -> {
              assertThat(m.age()).isGreaterThanOrEqualTo(65);
              assertThat(m.coverage().type()).isEqualTo("Medicare");
              assertThat(m.conditions()).anySatisfy(c -> assertThat(c.code()).startsWith("E11"));
            });

    String command = printedCommand(run.out());
    assertThat(command).contains("--journey year-of-care").contains("--count 200");
    Path out = dir.resolve("out");
    Cli.Run generate = Cli.run(withOut(command, out));
    assertThat(generate.exitCode()).as(generate.err()).isZero();
    String events = Files.readString(out.resolve("events.ndjson"));
    assertThat(events)
        .contains("\"event_type\":\"claim_professional\"")
        .contains("\"event_type\":\"claim_pharmacy\"");
  }

  @Test
  void inTexasIsTheStateAndEveryMemberLivesThere() throws IOException {
    Path spec = dir.resolve("tx.json");
    Cli.Run run =
        Cli.run("new", "200 Medicare diabetics in Texas with claims", "--yes", "--out", "" + spec);

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode reference = JSON.readTree(spec.toFile()).get("demographics").get("reference");
    assertThat(reference.get("type").asText()).isEqualTo("state");
    assertThat(reference.get("state").asText()).isEqualTo("TX");
    assertThat(new ProfileExecutor(3).execute(SpecReader.readProfile(spec)).entities())
        .allSatisfy(m -> assertThat(m.state()).isEqualTo("TX"));
  }

  @Test
  void harrisCountyIsAHybridProfileOnItsFipsCode() throws IOException {
    Path raw = SharedReferenceData.raw();
    Path db = dir.resolve("reference.duckdb");
    Cli.Run imported =
        Cli.run(
            "reference",
            "import",
            "--db",
            db.toString(),
            "--places",
            raw.resolve("places_county_2022release_gis.csv").toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    Path spec = dir.resolve("harris.yaml");

    Cli.Run run =
        Cli.run(
            "new",
            "200 Medicare diabetics in Harris County with claims",
            "--yes",
            "--reference-db",
            db.toString(),
            "--out",
            spec.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("--reference-db " + db);
    ProfileSpecification profile = SpecReader.readProfile(spec);
    assertThat(profile.demographics().source()).isEqualTo(DemographicsSpec.Source.HYBRID);
    assertThat(profile.demographics().reference().fips()).isEqualTo("48201");
    try (ReferenceDatabase reference = ReferenceDatabase.open(db)) {
      List<GeneratedEntity> members =
          new ProfileExecutor(5).withReference(reference).execute(profile).entities();
      assertThat(members).hasSize(200).allSatisfy(m -> assertThat(m.state()).isEqualTo("TX"));
    }

    assertThat(countyOf("diabetics in Washington County, Oregon", db)).isEqualTo("41067");
    assertThat(countyOf("diabetics in St. Louis County", db)).isEqualTo("29189");
    Cli.Run several =
        Cli.run(
            "new",
            "diabetics in Washington County",
            "--yes",
            "--reference-db",
            db.toString(),
            "--out",
            dir.resolve("several.json").toString());
    assertThat(several.out())
        .contains("  county=41067 (several counties have that name; the largest is the default)");
  }

  /** The county FIPS of the spec {@code new --yes} writes for {@code description}. */
  private String countyOf(String description, Path db) throws IOException {
    Path spec = Files.createTempFile(dir, "county", ".json");
    Cli.Run run =
        Cli.run(
            "new",
            description,
            "--yes",
            "--overwrite",
            "--reference-db",
            db.toString(),
            "--out",
            spec.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return SpecReader.readProfile(spec).demographics().reference().fips();
  }

  @Test
  void aCountyCanBeNamedByItsCodeWithoutADatabase() throws IOException {
    Path spec = dir.resolve("fips.json");
    Cli.Run run =
        Cli.run("new", "100 medicare diabetics in county 48201", "--yes", "--out", "" + spec);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("(no preview: a county profile needs --reference-db to draw)");
    assertThat(SpecReader.readProfile(spec).demographics().reference().fips()).isEqualTo("48201");
  }

  @Test
  void interactiveAsksExactlyTheMissingQuestionsAndWritesWhatTheAnswersSay() throws IOException {
    Path spec = dir.resolve("asked.json");
    String answers = String.join("\n", "500", "with-disabled", "Ohio", "poorly-controlled", "none");

    Cli.Run run =
        Cli.withInput(
            answers + "\n", "new", "Medicare diabetics", "--interactive", "--out", "" + spec);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(questionsAsked(run.out()))
        .containsExactly(
            "How many people? [100]",
            "Typical Medicare ages (65-95), or younger people on Medicare by disability too?"
                + " [typical]",
            "Which state (name or code), or nationwide? [nationwide]",
            "Diabetes control: the typical mix, mostly well controlled, or more poorly"
                + " controlled? [typical]",
            "What happens to them: a year of care with claims, or nothing (profiles only)?"
                + " [year-of-care]");
    assertThat(run.out()).doesNotContain("took the defaults");
    JsonNode json = JSON.readTree(spec.toFile());
    assertThat(json.at("/generation/count").asInt()).isEqualTo(500);
    assertThat(json.at("/demographics/reference/state").asText()).isEqualTo("OH");
    assertThat(json.at("/demographics/age/bands/45-64").asDouble()).isEqualTo(0.089);
    assertThat(json.at("/clinical/severity/weights/uncontrolled").asDouble()).isEqualTo(0.30);
    assertThat(printedCommand(run.out())).doesNotContain("--journey");
  }

  @Test
  void aWrongAnswerIsAskedAgainAndAnEmptyLineTakesTheDefault() throws IOException {
    Path spec = dir.resolve("again.json");
    Cli.Run run =
        Cli.withInput(
            "lots\n12\n\n\n\n",
            "new",
            "Medicare diabetics",
            "--interactive",
            "--out",
            spec.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("count 'lots': a whole number from 1 to 10000000; try again");
    JsonNode json = JSON.readTree(spec.toFile());
    assertThat(json.at("/generation/count").asInt()).isEqualTo(12);
    assertThat(json.at("/demographics/age/min").asInt()).isEqualTo(65);
    assertThat(json.at("/demographics/reference").isMissingNode()).isTrue();
  }

  @Test
  void answersOnTheCommandLineFillTheirQuestions() throws IOException {
    Path spec = dir.resolve("answered.json");
    Cli.Run run =
        Cli.run(
            "new",
            "asthmatics",
            "--yes",
            "--answer",
            "count=40",
            "--answer",
            "population=medicaid",
            "--answer",
            "location=WA",
            "--out",
            spec.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    ProfileSpecification profile = SpecReader.readProfile(spec);
    List<GeneratedEntity> members = new ProfileExecutor(1).execute(profile).entities();
    assertThat(members)
        .hasSize(40)
        .allSatisfy(
            m -> {
              assertThat(m.state()).isEqualTo("WA");
              assertThat(m.age()).isLessThan(18);
              assertThat(m.coverage().type()).isEqualTo("Medicaid");
              assertThat(m.conditions()).anySatisfy(c -> assertThat(c.code()).isEqualTo("J45.909"));
            });
  }

  @Test
  void diabetesOutsideTheTemplatesIsCodedByItsSeverity() throws IOException {
    Path spec = dir.resolve("coded.json");
    Cli.Run run =
        Cli.run(
            "new",
            "300 commercial diabetics with heart failure",
            "--yes",
            "--answer",
            "severity=poorly-controlled",
            "--out",
            spec.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, String> codeOfSeverity =
        Map.of(
            "without_complications", "E11.9",
            "with_complications", "E11.8",
            "uncontrolled", "E11.65");
    List<GeneratedEntity> members =
        new ProfileExecutor(2).execute(SpecReader.readProfile(spec)).entities();
    assertThat(members)
        .hasSize(300)
        .allSatisfy(
            m ->
                assertThat(m.conditions().stream().map(c -> c.code()).toList())
                    .containsExactlyInAnyOrder("I50.9", codeOfSeverity.get(m.severity())));
    assertThat(members).anySatisfy(m -> assertThat(m.severity()).isEqualTo("uncontrolled"));
  }

  @Test
  void anExistingSpecIsKeptWithoutOverwrite() throws IOException {
    Path spec = dir.resolve("kept.json");
    Files.writeString(spec, "{\"mine\": true}\n");

    Cli.Run run = Cli.run("new", "100 medicare diabetics", "--yes", "--out", spec.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(spec + " exists; add --overwrite to replace it");
    assertThat(Files.readString(spec)).isEqualTo("{\"mine\": true}\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "200 Medicare diabeetics with claims | did not understand 'diabeetics'; did you mean"
            + " diabetics?",
        "100 commercial asthmatics in Texsa | did not understand 'texsa'; did you mean texas?",
        "50 kids with ashtma | did not understand 'ashtma'; did you mean asthma?",
        "seniors with hart failure | did not understand 'hart failure'; did you mean heart"
            + " failure?",
        "seniors with failure | did not understand 'failure' alone; it is known in congestive"
            + " heart failure, heart failure",
        "100 medicaire members | did not understand 'medicaire'; did you mean medicare?",
        "pregnant men | pregnancy among men",
        "pregnant kids | pregnancy among children: a pregnancy profile is of women aged 18-45",
        "1000000000 medicare diabetics | count 1000000000 is out of range (1 to 10000000)",
        "100 or 200 diabetics | two counts, 100 and 200; say one",
        "100 diabetics with zebras | did not understand 'zebras'",
        "Medicare diabetics in Harris County | a county by name ('harris county') needs"
            + " --reference-db FILE",
        "100 medicare diabetics | --answer severity=awful: answer 'awful' to severity: choose one"
            + " of typical, well-controlled, poorly-controlled",
      })
  void aWordItDoesNotKnowIsNamedAndNothingIsWritten(String description, String message) {
    Path spec = dir.resolve("never.json");
    List<String> args = new ArrayList<>(List.of("new", description, "--yes", "--out", "" + spec));
    if (message.startsWith("--answer")) {
      args.addAll(List.of("--answer", "severity=awful"));
      message = message.substring(message.indexOf(": ") + 2);
    }

    Cli.Run run = Cli.run(args.toArray(String[]::new));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(spec).doesNotExist();
  }

  private static List<String> questionsAsked(String out) {
    List<String> asked = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^(?:> )*([A-Z][^\\n]*\\[[^\\]]*\\])$").matcher(out);
    while (m.find()) {
      asked.add(m.group(1));
    }
    return asked;
  }

  /** The generate command {@code healthsim new} printed, without its leading ./healthsim. */
  private static String printedCommand(String out) {
    Matcher m = Pattern.compile("(?m)^  \\./healthsim (generate .*)$").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    return m.group(1);
  }

  private static String[] withOut(String command, Path out) {
    List<String> args = new ArrayList<>(Arrays.asList(command.split(" ")));
    int at = args.indexOf("--out");
    args.set(at + 1, out.toString());
    return args.toArray(String[]::new);
  }
}
