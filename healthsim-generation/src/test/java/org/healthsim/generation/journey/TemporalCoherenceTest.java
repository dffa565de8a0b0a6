package org.healthsim.generation.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.generation.records.Claim;
import org.healthsim.generation.records.Discharge;
import org.healthsim.generation.records.Fill;
import org.healthsim.generation.records.LabOrder;
import org.healthsim.generation.records.LabResult;
import org.healthsim.generation.records.Prescription;
import org.healthsim.generation.records.Screening;
import org.healthsim.generation.records.Termination;
import org.healthsim.generation.template.JourneyTemplates;
import org.healthsim.generation.template.ProfileTemplates;
import org.junit.jupiter.api.Test;

/** Over 100,000 timelines, nothing happens before what it follows or outside its journey. */
class TemporalCoherenceTest {

  private static final LocalDate START = LocalDate.of(2025, 1, 1);

  private static final JourneySpecification PHARMACY =
      SpecReader.journeyFromString(
          """
          {"journey_id": "maintenance", "products": ["rxmembersim", "membersim"], "duration_days": 180, "events": [
            {"event_id": "rx", "event_type": "new_rx", "parameters": {"rxnorm": "314076", "quantity": 90, "days_supply": 90}},
            {"event_id": "fill", "event_type": "fill", "depends_on": "rx", "delay": {"days_min": 0, "days_max": 3}},
            {"event_id": "refill", "event_type": "refill", "depends_on": "fill", "delay": {"days_min": 80, "days_max": 95}, "probability": 0.85},
            {"event_id": "claim", "event_type": "claim_pharmacy", "depends_on": "fill", "parameters": {"rxnorm": "314076"}},
            {"event_id": "term", "event_type": "termination", "delay": {"days_min": 30, "days_max": 400}}
          ]}
          """);

  @Test
  void nothingPrecedesWhatItFollowsOrLeavesItsWindow() {
    List<JourneySpecification> journeys =
        List.of(
            JourneyTemplates.getJourneyTemplate("diabetic-first-year"),
            JourneyTemplates.getJourneyTemplate("hf-exacerbation"),
            JourneyTemplates.getJourneyTemplate("phase3-pivotal-subject"),
            PHARMACY);
    Map<String, Integer> window = new HashMap<>();
    journeys.forEach(j -> window.put(j.journeyId(), j.durationDays()));
    JourneyEngine engine = new JourneyEngine(2025);
    ProfileExecutor profiles = new ProfileExecutor(2025);
    long[] executed = new long[1];
    profiles.stream(ProfileTemplates.get("medicare-diabetic"))
        .limit(60_000)
        .forEach(
            entity -> {
              Timeline t = engine.createTimeline(entity, "entity", journeys.get(0), START);
              for (int j = 1; j < journeys.size(); j++) {
                engine.addJourney(t, entity, journeys.get(j), START);
              }
              engine.executeTimeline(t, entity, START.plusDays(365));
              check(t, entity, window);
              executed[0] +=
                  t.events().stream().filter(e -> e.status() == EventStatus.EXECUTED).count();
            });
    assertThat(executed[0]).isGreaterThan(2_000_000);
  }

  private static void check(Timeline t, GeneratedEntity entity, Map<String, Integer> window) {
    Map<String, LocalDate> orders = new HashMap<>();
    Map<String, LocalDate> prescriptions = new HashMap<>();
    Map<String, LocalDate> endOf = new HashMap<>();
    TimelineEvent previous = null;
    for (TimelineEvent e : t.events()) {
      if (previous != null) {
        assertThat(Timeline.ORDER.compare(previous, e)).isNegative();
      }
      previous = e;
      assertThat(e.status())
          .as("%s %s %s", t.entityId(), e.eventId(), e.reason())
          .isNotEqualTo(EventStatus.FAILED);
      if (e.status() != EventStatus.EXECUTED) {
        continue;
      }
      assertThat(e.scheduledDate())
          .isAfterOrEqualTo(START)
          .isBefore(START.plusDays(window.get(e.journeyId())));
      String stream = e.journeyId() + "/" + e.product();
      assertThat(endOf.get(stream))
          .as("%s %s after the journey ended", t.entityId(), e.eventId())
          .isNull();
      for (Object r : e.outputs()) {
        if (r instanceof LabOrder) {
          orders.put(((LabOrder) r).orderId(), e.scheduledDate());
        } else if (r instanceof LabResult) {
          LocalDate ordered = orders.get(((LabResult) r).orderId());
          assertThat(ordered).as("result without its order").isNotNull();
          assertThat(e.scheduledDate()).isAfterOrEqualTo(ordered);
        } else if (r instanceof Prescription) {
          prescriptions.put(((Prescription) r).rxNumber(), e.scheduledDate());
        } else if (r instanceof Fill) {
          LocalDate written = prescriptions.get(((Fill) r).rxNumber());
          assertThat(written).as("fill without its prescription").isNotNull();
          assertThat(e.scheduledDate()).isAfterOrEqualTo(written);
        } else if (r instanceof Claim) {
          Claim c = (Claim) r;
          assertThat(e.scheduledDate()).isAfterOrEqualTo(c.serviceEndDate());
          assertThat(c.serviceEndDate()).isAfterOrEqualTo(c.serviceDate());
        } else if (r instanceof Discharge) {
          assertThat(((Discharge) r).dischargeDate()).isAfter(((Discharge) r).admitDate());
        } else if (r instanceof Screening && !((Screening) r).passed()) {
          endOf.put(stream, e.scheduledDate());
        } else if (r instanceof Termination) {
          endOf.put(stream, e.scheduledDate());
        }
      }
    }
    assertThat(entity.entityId()).isEqualTo(t.entityId());
  }
}
