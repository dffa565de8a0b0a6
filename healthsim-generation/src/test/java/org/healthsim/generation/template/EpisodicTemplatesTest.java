package org.healthsim.generation.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.internal.calendar.BusinessCalendar;
import org.healthsim.generation.internal.stats.GoodnessOfFit;
import org.healthsim.generation.journey.EventStatus;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.profile.ProfileExecutor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The episodic templates run only for entities with their condition and start on a drawn day, so a
 * cohort's episodes spread over the year instead of all starting on the start date.
 */
class EpisodicTemplatesTest {

  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final double ALPHA = 0.001;

  /** Lung cancer in half the entities, for the oncology cycle (no built-in profile has it). */
  private static final ProfileSpecification LUNG_CANCER =
      SpecReader.profileFromString(
          "{\"id\": \"lung\", \"generation\": {\"as_of\": \"2025-01-01\"},"
              + " \"demographics\": {\"age\": {\"type\": \"normal\", \"mean\": 65, \"std_dev\": 12,"
              + " \"min\": 30, \"max\": 90}},"
              + " \"clinical\": {\"comorbidities\": [{\"code\": \"C34.90\", \"description\":"
              + " \"Malignant neoplasm of unspecified part of unspecified bronchus or lung\","
              + " \"prevalence\": 0.5}]}, \"coverage\": {\"type\": \"Medicare\"}}");

  @ParameterizedTest
  @CsvSource({
    "hf-exacerbation, medicare-advantage-complex, I50, ed_visit, 270",
    "surgical-episode, medicare-advantage-complex, M17.11, consult, 270",
    "oncology-treatment-cycle, lung-cancer, C34, cancer_dx, 330"
  })
  void runsOnlyForItsConditionAndStartsOnADrawnDay(
      String template, String profile, String condition, String firstEvent, int lastStartDay) {
    JourneySpecification journey = JourneyTemplates.getJourneyTemplate(template);
    ProfileSpecification spec =
        profile.equals("lung-cancer") ? LUNG_CANCER : ProfileTemplates.get(profile);
    JourneyEngine engine = new JourneyEngine(2025);
    int bins = 9;
    double binDays = (lastStartDay + 4) / (double) bins;
    long[] observed = new long[bins];
    int with = 0;
    for (GeneratedEntity e : new ProfileExecutor(2025).execute(spec, 4000).entities()) {
      boolean has = e.hasCondition(condition);
      Timeline t = engine.createTimeline(e, "patient", journey, START);
      engine.executeTimeline(t, e, START.plusDays(400));
      List<TimelineEvent> executed =
          t.events().stream().filter(x -> x.status() == EventStatus.EXECUTED).toList();
      if (!has) {
        assertThat(executed).as("%s without %s", e.entityId(), condition).isEmpty();
        continue;
      }
      with++;
      TimelineEvent first =
          t.event(t.entityId() + ":" + template + ":" + firstEvent + ":0").orElseThrow();
      assertThat(first.status()).isEqualTo(EventStatus.EXECUTED);
      long day = ChronoUnit.DAYS.between(START, first.scheduledDate());
      observed[(int) Math.min(bins - 1, day / binDays)]++;
    }
    assertThat(with).as("entities with %s", condition).isGreaterThan(500);
    // Expected: a uniform draw over days 0..lastStartDay, moved to the next business day when the
    // first event is held on business days (the surgical consult), binned the same way.
    boolean businessDays = template.equals("surgical-episode");
    double[] expected = new double[bins];
    for (int d = 0; d <= lastStartDay; d++) {
      LocalDate date = START.plusDays(d);
      long held =
          ChronoUnit.DAYS.between(START, businessDays ? BusinessCalendar.onOrAfter(date) : date);
      expected[(int) Math.min(bins - 1, held / binDays)] += 1.0 / (lastStartDay + 1);
    }
    assertThat(GoodnessOfFit.chiSquare(expected, observed).pValue())
        .as("first-event days of %s over %s bins", template, bins)
        .isGreaterThan(ALPHA);
  }
}
