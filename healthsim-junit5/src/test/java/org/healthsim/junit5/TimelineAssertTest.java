package org.healthsim.junit5;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthsim.junit5.HealthSimAssertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.journey.EventStatus;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.generation.records.Claim;
import org.healthsim.generation.records.LabOrder;
import org.healthsim.generation.records.MedicationOrder;
import org.healthsim.generation.template.JourneyTemplates;
import org.healthsim.generation.template.ProfileTemplates;
import org.junit.jupiter.api.Test;

/** The timeline assertions pass on generated timelines and fail on tampered ones. */
class TimelineAssertTest {

  private static final java.time.LocalDate START = java.time.LocalDate.of(2025, 1, 1);

  private static final GeneratedEntity ENTITY =
      new ProfileExecutor(7).generateEntity(ProfileTemplates.get("medicare-diabetic"), 0);

  private static Timeline generated() {
    return new EntityTimelines(
            new JourneyEngine(7),
            List.of(JourneyTemplates.getJourneyTemplate("diabetic-first-year")),
            START,
            START.plusDays(364),
            org.healthsim.generation.trigger.CrossProductCoordinator.createCoordinator())
        .timeline(ENTITY);
  }

  /**
   * A copy of {@code t} without the events {@code drop} matches, others changed by {@code edit}.
   */
  private static Timeline copy(
      Timeline t,
      Predicate<TimelineEvent> drop,
      java.util.function.UnaryOperator<TimelineEvent> edit) {
    Timeline copy = Timeline.empty(t.entityId(), t.entityType(), t.startDate());
    for (TimelineEvent e : t.events()) {
      if (!drop.test(e)) {
        copy.schedule(edit.apply(e));
      }
    }
    return copy;
  }

  private static boolean outputs(TimelineEvent e, Class<?> type) {
    return e.status() == EventStatus.EXECUTED && e.outputs().stream().anyMatch(type::isInstance);
  }

  private static TimelineEvent redated(TimelineEvent e, java.time.LocalDate date) {
    return new TimelineEvent(
        e.timelineEventId(),
        e.entityId(),
        e.journeyId(),
        e.eventId(),
        e.occurrence(),
        e.name(),
        e.product(),
        e.eventType(),
        date,
        e.priority(),
        e.sequence(),
        e.seed(),
        e.status(),
        e.reason(),
        e.parameters(),
        e.outputs(),
        e.triggeredBy());
  }

  @Test
  void aGeneratedTimelineIsCoherent() {
    assertThat(generated())
        .isCoherent()
        .hasExecutedEvent("diagnosis")
        .hasExecutedEvent("lab_result")
        .hasExecutedEvent("fill");
  }

  @Test
  void aClaimBeforeItsServiceFails() {
    Timeline t =
        copy(
            generated(),
            e -> false,
            e -> {
              if (!outputs(e, Claim.class)) {
                return e;
              }
              Claim c =
                  (Claim) e.outputs().stream().filter(Claim.class::isInstance).findFirst().get();
              return redated(e, c.serviceDate().minusDays(1));
            });
    assertThatThrownBy(() -> assertThat(t).everyClaimFollowsItsService())
        .hasMessageContaining("bills a service from");
  }

  @Test
  void aResultWithoutItsOrderFails() {
    Timeline t = copy(generated(), e -> outputs(e, LabOrder.class), e -> e);
    assertThatThrownBy(() -> assertThat(t).everyResultFollowsItsOrder())
        .hasMessageContaining("not made before it");
  }

  @Test
  void aFillWithoutItsOrderFails() {
    Timeline t = copy(generated(), e -> outputs(e, MedicationOrder.class), e -> e);
    assertThatThrownBy(() -> assertThat(t).everyFillFollowsItsPrescription())
        .hasMessageContaining("not written before it");
  }

  @Test
  void aTriggeredEventBeforeItsSourceFails() {
    Timeline t =
        copy(
            generated(),
            e -> false,
            e -> e.triggeredBy() == null ? e : redated(e, e.scheduledDate().minusDays(400)));
    assertThatThrownBy(() -> assertThat(t).isChronological())
        .hasMessageContaining("before the timeline starts");
    Timeline late =
        copy(
            generated(),
            e -> false,
            e -> e.triggeredBy() != null ? e : redated(e, e.scheduledDate().plusDays(30)));
    assertThatThrownBy(() -> assertThat(late).isChronological())
        .hasMessageContaining("which triggered it");
  }

  @Test
  void entityAssertionsNameTheEntity() {
    assertThat(ENTITY).hasCondition("E11").hasAgeBetween(65, 95).doesNotHaveCondition("Z99");
    assertThatThrownBy(() -> assertThat(ENTITY).hasCondition("C50"))
        .hasMessageStartingWith("E001 has no condition C50; its conditions: [E11");
    assertThatThrownBy(() -> assertThat(ENTITY).hasAgeBetween(0, 17))
        .hasMessageContaining("not between 0 and 17");
  }
}
