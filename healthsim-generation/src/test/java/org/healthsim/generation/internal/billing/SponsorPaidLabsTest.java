package org.healthsim.generation.internal.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.generation.CohortMember;
import org.healthsim.generation.HealthSim;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.records.Claim;
import org.healthsim.generation.records.ClaimLine;
import org.healthsim.generation.records.LabOrder;
import org.junit.jupiter.api.Test;

/**
 * A lab order {@code paid_by} the sponsor (a trial's protocol lab) is not billed to the plan; the
 * same member's lab paid by the plan is.
 */
class SponsorPaidLabsTest {

  private static final String JOURNEY =
      """
      {"journey_id": "labs", "products": ["patientsim"], "events": [
        {"event_id": "start", "event_type": "journey_start"},
        {"event_id": "protocol", "event_type": "lab_order", "depends_on": "start",
         "delay": {"days": 10}, "parameters": {"lab": "creatinine", "paid_by": "sponsor"}},
        {"event_id": "care", "event_type": "lab_order", "depends_on": "start",
         "delay": {"days": 10}, "parameters": {"lab": "hemoglobin"}}
      ]}
      """;

  @Test
  void aSponsorsLabIsNotBilledAndThePlansIs() {
    Map<String, Integer> ordered = new HashMap<>();
    Map<String, Integer> billed = new HashMap<>();
    HealthSim cohort =
        HealthSim.cohort("medicare-diabetic")
            .journeys(SpecReader.journeyFromString(JOURNEY))
            .count(30)
            .seed(9);
    cohort.stream()
        .map(CohortMember::events)
        .forEach(
            events -> {
              for (TimelineEvent e : events) {
                for (EventRecord r : e.outputs()) {
                  if (r instanceof LabOrder) {
                    ordered.merge(((LabOrder) r).loinc(), 1, Integer::sum);
                  } else if (r instanceof Claim) {
                    for (ClaimLine line : ((Claim) r).lines()) {
                      billed.merge(line.code(), 1, Integer::sum);
                    }
                  }
                }
              }
            });
    assertThat(ordered).containsEntry("2160-0", 30).containsEntry("718-7", 30);
    assertThat(billed).doesNotContainKey("82565").containsKey("85018");
  }
}
