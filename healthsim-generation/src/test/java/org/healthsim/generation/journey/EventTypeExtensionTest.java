package org.healthsim.generation.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.Product;
import org.healthsim.core.validation.SpecValidationException;
import org.healthsim.generation.CohortMember;
import org.healthsim.generation.HealthSim;
import org.healthsim.generation.json.FieldWriter;
import org.healthsim.generation.output.OutputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application adds an event type of its own with its handler: journeys may write it, its events
 * run its handler, and its records are written like the built-in ones.
 */
class EventTypeExtensionTest {

  /** The application's event type. */
  enum HomeHealth implements EventType {
    HOME_VISIT;

    @Override
    public String wireName() {
      return "home_visit";
    }

    @Override
    public Optional<Product> product() {
      return Optional.of(Product.PATIENTSIM);
    }
  }

  /** The application's record. */
  record HomeVisit(LocalDate date, String discipline, long minutes) implements EventRecord {
    @Override
    public String recordType() {
      return "home_visit";
    }

    @Override
    public void writeFields(FieldWriter out) {
      out.field("date", date).field("discipline", discipline).field("minutes", minutes);
    }
  }

  private static final HandlerSet HOME_HEALTH =
      engine ->
          engine.registerHandler(
              Product.PATIENTSIM,
              HomeHealth.HOME_VISIT,
              c ->
                  HandlerResult.of(
                      new HomeVisit(
                          c.date(),
                          c.text("discipline").orElse("nursing"),
                          30 + c.rng().nextInt(60))));

  private static final JourneySpecification JOURNEY =
      SpecReader.journeyFromString(
          "{\"journey_id\": \"home-health\", \"duration_days\": 90, \"events\": [{\"event_id\":"
              + " \"visit\", \"event_type\": \"home_visit\", \"delay\": {\"days\": 7},"
              + " \"parameters\": {\"discipline\": \"physical_therapy\"}, \"repeat\": {\"count\":"
              + " 3, \"every_days\": 14}}]}");

  private static final HealthSim COHORT =
      HealthSim.cohort("medicare-diabetic")
          .seed(3)
          .count(5)
          .period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31))
          .journeys(JOURNEY)
          .handlers(HOME_HEALTH);

  @TempDir Path dir;

  @Test
  void aJourneyMayWriteTheTypeOnceItIsRegistered() {
    JourneyEngine plain = new JourneyEngine(1);
    assertThatThrownBy(() -> plain.check(JOURNEY))
        .isInstanceOf(SpecValidationException.class)
        .hasMessageContaining("events[0].event_type = home_visit: unknown event type");

    JourneyEngine extended = new JourneyEngine(1);
    HOME_HEALTH.register(extended);
    extended.check(JOURNEY);
    assertThat(extended.eventType("home_visit")).contains(HomeHealth.HOME_VISIT);
    assertThat(extended.eventTypeNames()).endsWith("home_visit").contains("encounter");
  }

  @Test
  void itsEventsRunItsHandlerAndCarryItsRecords() {
    CohortMember member = COHORT.member(2);

    List<TimelineEvent> visits =
        member.events().stream().filter(e -> e.eventType() == HomeHealth.HOME_VISIT).toList();
    assertThat(visits).hasSize(3);
    assertThat(visits).allMatch(e -> e.status() == EventStatus.EXECUTED);
    HomeVisit first = (HomeVisit) visits.get(0).outputs().get(0);
    assertThat(first.discipline()).isEqualTo("physical_therapy");
    assertThat(first.date()).isEqualTo(visits.get(0).scheduledDate());
    assertThat(first.minutes()).isBetween(30L, 89L);
  }

  @Test
  void itsRecordsAreWrittenLikeTheBuiltInOnes() throws IOException {
    COHORT.writeTo(OutputFormat.NDJSON, dir.resolve("ndjson"));
    COHORT.writeTo(OutputFormat.CSV, dir.resolve("csv"));

    List<String> events = Files.readAllLines(dir.resolve("ndjson").resolve("events.ndjson"));
    assertThat(events.stream().filter(l -> l.contains("\"event_type\":\"home_visit\"")))
        .hasSize(15)
        .allMatch(l -> l.contains("\"record_type\":\"home_visit\""))
        .allMatch(l -> l.contains("\"discipline\":\"physical_therapy\""));
    List<String> table = Files.readAllLines(dir.resolve("csv").resolve("home_visit.csv"));
    assertThat(table.get(0)).contains("discipline").contains("minutes");
    assertThat(table).hasSize(16);
  }

  @Test
  void aNameTakenByAnotherTypeIsRefused() {
    EventType impostor =
        new EventType() {
          @Override
          public String wireName() {
            return "encounter";
          }

          @Override
          public Optional<Product> product() {
            return Optional.of(Product.PATIENTSIM);
          }
        };
    JourneyEngine engine = new JourneyEngine(1);

    assertThatThrownBy(() -> engine.registerEventType(impostor))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the name encounter is taken by ENCOUNTER");
    engine.registerEventType(HomeHealth.HOME_VISIT).registerEventType(HomeHealth.HOME_VISIT);
    assertThat(engine.eventType("home_visit")).contains(HomeHealth.HOME_VISIT);
  }
}
