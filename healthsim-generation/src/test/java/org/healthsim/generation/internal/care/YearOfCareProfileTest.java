package org.healthsim.generation.internal.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.core.validation.SpecValidationException;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.internal.output.NdjsonCohortSink;
import org.healthsim.generation.journey.EventStatus;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.journey.PatientEventType;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.generation.template.JourneyTemplates;
import org.healthsim.generation.template.ProfileTemplates;
import org.healthsim.generation.trigger.CrossProductCoordinator;
import org.junit.jupiter.api.Test;

/** Year of care for user-written profiles, its options, and its reproducibility guarantees. */
class YearOfCareProfileTest {

  private static final JourneySpecification YEAR =
      JourneyTemplates.getJourneyTemplate("year-of-care");

  private static final ProfileSpecification USER =
      SpecReader.profileFromString(
          "{\"id\": \"mine\", \"generation\": {\"count\": 500, \"as_of\": \"2025-01-01\"},"
              + " \"demographics\": {\"age\": {\"type\": \"uniform\", \"min\": 50, \"max\": 60}},"
              + " \"clinical\": {\"comorbidities\": ["
              + "  {\"code\": \"I10\", \"description\": \"Essential (primary) hypertension\", \"prevalence\": 1.0},"
              + "  {\"code\": \"G47.33\", \"description\": \"Obstructive sleep apnea (adult) (pediatric)\", \"prevalence\": 1.0}]},"
              + " \"coverage\": {\"type\": \"Commercial\"}}");

  @Test
  void aProgramAppliesAndACodeWithoutOneIsNamed() {
    YearOfCareRun run = YearOfCareRun.of(USER, 500);
    long hypertensionVisits =
        run.timelines.values().stream()
            .flatMap(t -> YearOfCareRealismTest.executed(t).stream())
            .filter(
                e -> e.eventId().equals("visit/dx") && "I10".equals(e.parameters().get("icd10")))
            .count();
    assertThat(hypertensionVisits).isGreaterThan(500);
    assertThat(run.report.line("Commercial").uncoveredCodes()).containsOnlyKeys("G47.33");
    assertThat(run.report.text())
        .contains("conditions with no care program")
        .contains("G47.33 (500)");
  }

  @Test
  void theSameBytesOnAnyThreadCountAndEntityAloneAsInTheCohort() {
    ProfileSpecification profile = ProfileTemplates.get("medicare-diabetic");
    LocalDate start = LocalDate.of(2025, 1, 1);
    String one = events(profile, 300, 1, start, LocalDate.of(2025, 12, 31));
    String two = events(profile, 300, 2, start, LocalDate.of(2025, 12, 31));
    assertThat(two).isEqualTo(one);
    EntityTimelines timelines = timelines(start, LocalDate.of(2025, 12, 31));
    GeneratedEntity alone = new ProfileExecutor(42).generateEntity(profile, 137);
    GeneratedEntity inCohort = new ProfileExecutor(42).execute(profile, 300).entities().get(137);
    assertThat(timelines.timeline(alone).events()).isEqualTo(timelines.timeline(inCohort).events());
  }

  @Test
  void aRunToJuneHoldsExactlyTheFullYearsEventsUpToJune() {
    ProfileSpecification profile = ProfileTemplates.get("medicare-diabetic");
    LocalDate start = LocalDate.of(2025, 1, 1);
    LocalDate june = LocalDate.of(2025, 6, 30);
    EntityTimelines half = timelines(start, june);
    EntityTimelines full = timelines(start, LocalDate.of(2025, 12, 31));
    int compared = 0;
    for (GeneratedEntity e : new ProfileExecutor(42).execute(profile, 300).entities()) {
      List<TimelineEvent> a = upTo(half.timeline(e), june);
      List<TimelineEvent> b = upTo(full.timeline(e), june);
      assertThat(a).isEqualTo(b);
      compared += a.size();
    }
    assertThat(compared).isGreaterThan(5_000);
  }

  @Test
  void theProgramsOptionLimitsTheCareAndUnknownOptionsAreNamed() {
    JourneySpecification maternity = JourneyTemplates.getJourneyTemplate("maternity-care");
    EntityTimelines timelines =
        new EntityTimelines(
            new JourneyEngine(42),
            List.of(maternity),
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 12, 31),
            null);
    int deliveries = 0;
    for (GeneratedEntity e :
        new ProfileExecutor(42)
            .execute(ProfileTemplates.get("commercial-maternity"), 400)
            .entities()) {
      for (TimelineEvent ev : YearOfCareRealismTest.executed(timelines.timeline(e))) {
        assertThat(ev.eventId()).doesNotStartWith("acute").doesNotStartWith("preventive");
        if (ev.eventType() == PatientEventType.ADMISSION) {
          deliveries++;
        }
      }
    }
    assertThat(deliveries).isBetween(300, 400);
    JourneySpecification bad =
        SpecReader.journeyFromString(
            "{\"journey_id\": \"j\", \"planner\": \"year-of-care\", \"events\": [],"
                + " \"parameters\": {\"programs\": [\"diabetis\"], \"baselin\": true}}");
    assertThatThrownBy(() -> new JourneyEngine(1).check(bad))
        .isInstanceOf(SpecValidationException.class)
        .hasMessageContaining("parameters.programs[0]")
        .hasMessageContaining("unknown care program")
        .hasMessageContaining("parameters.baselin");
    JourneySpecification typo =
        SpecReader.journeyFromString(
            "{\"journey_id\": \"j\", \"planner\": \"year-of-cure\", \"events\": []}");
    assertThatThrownBy(() -> new JourneyEngine(1).check(typo))
        .hasMessageContaining("planner")
        .hasMessageContaining("did you mean year-of-care?");
  }

  /**
   * The care events up to {@code day}: claims are left out, as the payer adjudicates them in the
   * order it receives them, so a longer window's later services can be decided before an earlier
   * one's (docs/claims.md).
   */
  private static List<TimelineEvent> upTo(Timeline t, LocalDate day) {
    return t.events().stream()
        .filter(
            e -> !e.journeyId().equals(org.healthsim.generation.internal.billing.Biller.JOURNEY_ID))
        .filter(e -> !e.scheduledDate().isAfter(day))
        .filter(e -> e.status() != EventStatus.PENDING)
        .toList();
  }

  private static EntityTimelines timelines(LocalDate start, LocalDate until) {
    return new EntityTimelines(
        new JourneyEngine(42),
        List.of(YEAR),
        start,
        until,
        CrossProductCoordinator.createCoordinator());
  }

  private static String events(
      ProfileSpecification profile, int n, int threads, LocalDate start, LocalDate until) {
    ByteArrayOutputStream entities = new ByteArrayOutputStream();
    ByteArrayOutputStream events = new ByteArrayOutputStream();
    try {
      new ProfileExecutor(42)
          .withThreads(threads)
          .generate(
              profile, n, new NdjsonCohortSink(entities, events, timelines(start, until)), x -> {});
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return events.toString(StandardCharsets.UTF_8);
  }
}
