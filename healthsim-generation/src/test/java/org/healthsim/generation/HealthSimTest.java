package org.healthsim.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.validation.SpecValidationException;
import org.healthsim.generation.output.OutputFormat;
import org.healthsim.generation.output.RunDirectoryException;
import org.healthsim.generation.output.RunManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fluent entry point runs the same pipeline as its parts, immutably. */
class HealthSimTest {

  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final LocalDate UNTIL = LocalDate.of(2025, 6, 30);

  private static final HealthSim BASE =
      HealthSim.cohort("medicare-diabetic")
          .journeys("year-of-care")
          .seed(7)
          .count(40)
          .period(START, UNTIL);

  @TempDir Path dir;

  @Test
  void eachCallReturnsANewValueAndLeavesTheOldOneAsItWas() {
    HealthSim other = BASE.seed(8).count(3).triggers(false);

    assertThat(BASE.seedUsed()).isEqualTo(7);
    assertThat(BASE.countUsed()).isEqualTo(40);
    assertThat(other.seedUsed()).isEqualTo(8);
    assertThat(other.countUsed()).isEqualTo(3);
    assertThat(BASE.journeys("diabetic-first-year").journeyList()).hasSize(2);
    assertThat(BASE.journeyList()).hasSize(1);
  }

  @Test
  void defaultsAreTheSpecsSeedCountAndAsOfDateAndTheLongestJourney() {
    HealthSim plain = HealthSim.cohort("medicare-diabetic").journeys("year-of-care");

    assertThat(plain.seedUsed()).isEqualTo(plain.profile().generation().seed());
    assertThat(plain.countUsed()).isEqualTo(plain.profile().generation().count());
    assertThat(plain.startDate()).isEqualTo(plain.profile().generation().asOf());
    assertThat(plain.untilDate()).isEqualTo(plain.startDate().plusDays(364));
  }

  @Test
  void aStreamedMemberIsTheSameMemberAlone() {
    List<CohortMember> streamed = BASE.stream().limit(5).collect(Collectors.toList());
    CohortMember fourth = BASE.member(4);

    assertThat(streamed).hasSize(5);
    assertThat(streamed.get(4).entity()).isEqualTo(fourth.entity());
    assertThat(streamed.get(4).events()).isEqualTo(fourth.events());
    assertThat(fourth.events()).isNotEmpty();
    assertThat(BASE.stream().count()).isEqualTo(40);
  }

  @Test
  void withoutJourneysAMemberHasNoEvents() {
    CohortMember one = HealthSim.cohort("medicare-diabetic").seed(7).member(0);

    assertThat(one.timeline()).isNull();
    assertThat(one.events()).isEmpty();
  }

  @Test
  void writesOneCompleteRunWhoseEventsAreTheStreamedOnes() throws IOException {
    AtomicLong progress = new AtomicLong();
    RunSummary run = BASE.threads(2).progress(progress::set).writeTo(OutputFormat.NDJSON, dir);

    long streamedEvents = BASE.stream().mapToLong(m -> m.events().size()).sum();
    assertThat(run.members()).isEqualTo(40);
    assertThat(run.events()).isEqualTo(streamedEvents);
    assertThat(Files.readAllLines(dir.resolve("events.ndjson"))).hasSize((int) streamedEvents);
    assertThat(progress.get()).isEqualTo(40);
    assertThat(run.validation()).isNotNull();
    assertThat(run.calibration().lines()).isNotEmpty();
    RunManifest manifest = RunManifest.read(dir).orElseThrow();
    assertThat(manifest.run().profile()).isEqualTo("medicare-diabetic");
    assertThat(manifest.run().journeys()).containsExactly("year-of-care");
    assertThat(manifest.run().from()).isEqualTo("2025-01-01");
    assertThat(manifest.run().until()).isEqualTo("2025-06-30");
    assertThat(RunManifest.verify(dir)).isEmpty();
  }

  @Test
  void theOutputDoesNotDependOnTheNumberOfThreads() throws IOException {
    BASE.threads(1).writeTo(OutputFormat.NDJSON, dir.resolve("one"));
    BASE.threads(2).writeTo(OutputFormat.NDJSON, dir.resolve("two"));

    for (String file : List.of("entities.ndjson", "events.ndjson")) {
      assertThat(Files.readAllBytes(dir.resolve("two").resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(dir.resolve("one").resolve(file)));
    }
  }

  @Test
  void oneMemberWrittenAloneIsItsLineOfTheFullRun() throws IOException {
    BASE.writeTo(OutputFormat.NDJSON, dir.resolve("all"));
    RunSummary one = BASE.writeMemberTo(6, OutputFormat.NDJSON, dir.resolve("one"));

    assertThat(one.members()).isEqualTo(1);
    assertThat(one.validation()).isNull();
    assertThat(Files.readAllLines(dir.resolve("one").resolve("entities.ndjson")))
        .containsExactly(Files.readAllLines(dir.resolve("all").resolve("entities.ndjson")).get(6));
    assertThat(RunManifest.read(dir.resolve("one")).orElseThrow().run().entity()).isEqualTo(6L);
    assertThatThrownBy(() -> BASE.writeMemberTo(40, OutputFormat.NDJSON, dir.resolve("none")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside the cohort of 40");
  }

  @Test
  void anEarlierRunIsReplacedOnlyWhenAskedTo() throws IOException {
    BASE.count(2).writeTo(OutputFormat.NDJSON, dir);

    assertThatThrownBy(() -> BASE.count(3).writeTo(OutputFormat.NDJSON, dir))
        .isInstanceOf(RunDirectoryException.class)
        .hasMessageContaining("holds an earlier run");
    assertThat(Files.readAllLines(dir.resolve("entities.ndjson"))).hasSize(2);
    BASE.count(3).overwrite(true).writeTo(OutputFormat.NDJSON, dir);
    assertThat(Files.readAllLines(dir.resolve("entities.ndjson"))).hasSize(3);
  }

  @Test
  void aBadJourneyIsRefusedWithItsPathBeforeAnythingIsWritten() {
    HealthSim bad =
        BASE.journeys(
            SpecReader.journeyFromString(
                "{\"journey_id\": \"j\", \"events\": [{\"event_id\": \"e\", \"event_type\":"
                    + " \"encounter\", \"delay\": {\"days\": 0}, \"parameters\": {\"encounter_type\":"
                    + " \"ofice\"}}]}"));

    assertThatThrownBy(bad::check)
        .isInstanceOf(SpecValidationException.class)
        .hasMessageContaining("events[0].parameters.encounter_type");
    assertThatThrownBy(() -> bad.writeTo(OutputFormat.NDJSON, dir.resolve("bad")))
        .isInstanceOf(SpecValidationException.class);
    assertThat(dir.resolve("bad")).doesNotExist();
  }

  @Test
  void anUnknownTemplateNamesTheTemplates() {
    assertThatThrownBy(() -> HealthSim.cohort("medicare-diabetc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("medicare-diabetic");
    assertThatThrownBy(() -> BASE.journeys("year-of-car"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("year-of-care");
  }
}
