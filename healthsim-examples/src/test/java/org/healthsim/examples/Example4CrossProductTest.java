package org.healthsim.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.healthsim.core.spec.Product;
import org.healthsim.generation.journey.EventStatus;
import org.healthsim.generation.journey.MemberEventType;
import org.healthsim.generation.journey.PatientEventType;
import org.healthsim.generation.journey.RxEventType;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.records.Claim;
import org.healthsim.generation.records.Fill;
import org.healthsim.generation.records.PharmacyClaim;
import org.junit.jupiter.api.Test;

class Example4CrossProductTest {

  private static TimelineEvent only(List<TimelineEvent> events, Object type) {
    List<TimelineEvent> matching = events.stream().filter(e -> e.eventType() == type).toList();
    assertThat(matching).as("events of type %s", type).hasSize(1);
    return matching.get(0);
  }

  private static long days(TimelineEvent from, TimelineEvent to) {
    return ChronoUnit.DAYS.between(from.scheduledDate(), to.scheduledDate());
  }

  @Test
  void theDiagnosisAndOrderReachTheMemberAndPharmacySides() {
    Map<Product, List<TimelineEvent>> results = Example4CrossProduct.run();
    List<TimelineEvent> patient = results.get(Product.PATIENTSIM);
    List<TimelineEvent> member = results.get(Product.MEMBERSIM);
    List<TimelineEvent> rx = results.get(Product.RXMEMBERSIM);
    assertThat(results.values())
        .allSatisfy(
            list ->
                assertThat(list)
                    .allSatisfy(
                        e -> {
                          assertThat(e.status()).isEqualTo(EventStatus.EXECUTED);
                          assertThat(e.scheduledDate())
                              .isBeforeOrEqualTo(LocalDate.of(2025, 3, 31));
                        }));

    TimelineEvent dx = only(patient, PatientEventType.DIAGNOSIS);
    TimelineEvent claim = only(member, MemberEventType.CLAIM_PROFESSIONAL);
    assertThat(claim.triggeredBy()).isEqualTo(dx.timelineEventId());
    assertThat(((Claim) claim.outputs().get(0)).diagnosisCodes()).containsExactly("E11.9");
    assertThat(days(dx, claim)).isBetween(1L, 7L);

    TimelineEvent order = only(patient, PatientEventType.MEDICATION_ORDER);
    TimelineEvent pharmacy = only(member, MemberEventType.CLAIM_PHARMACY);
    TimelineEvent fill = only(rx, RxEventType.FILL);
    assertThat(List.of(pharmacy.triggeredBy(), fill.triggeredBy()))
        .containsOnly(order.timelineEventId());
    assertThat(((PharmacyClaim) pharmacy.outputs().get(0)).rxnorm()).isEqualTo("860975");
    assertThat(((Fill) fill.outputs().get(0)).ndc()).matches("\\d{11}");
    assertThat(days(order, fill)).isBetween(0L, 3L);
  }

  @Test
  void printsEveryProductAndIsTheSameEveryRun() {
    assertThat(Example4CrossProduct.run().toString())
        .isEqualTo(Example4CrossProduct.run().toString());
  }

  @Test
  void mainPrintsTheSeedThenEachProductsEvents() throws Exception {
    String out = MainOutput.of(Example4CrossProduct::main);
    assertThat(out)
        .startsWith("seed 42: E001 (P001, M001) through diabetic-first-year to 2025-03-31, ")
        .contains("\npatientsim:\n")
        .contains("\nmembersim:\n")
        .contains("claim_pharmacy executed P001:diabetic-first-year:metformin_start:0>med-claim");
  }
}
