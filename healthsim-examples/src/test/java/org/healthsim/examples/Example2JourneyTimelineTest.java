package org.healthsim.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Example2JourneyTimelineTest {

  @Test
  void printsTheGuidesScheduleThenTheExecutedRecords() throws Exception {
    String out = MainOutput.of(Example2JourneyTimeline::main);
    assertThat(out)
        .startsWith(
            "seed 42\n"
                + "2025-01-01: Diagnosis (diagnosis)\n"
                + "2025-01-04: Start Metformin (medication_order)\n"
                + "2025-01-08: Initial A1C (lab_order)\n"
                + "executed, with codes:\n")
        .contains("2025-01-01 dx executed: [Diagnosis[")
        .contains("icd10=E11.9")
        .contains("2025-01-04 med executed: [MedicationOrder[")
        .contains("rxnorm=860975")
        .contains("2025-01-08 lab executed: [LabOrder[")
        .contains("loinc=4548-4");
    assertThat(MainOutput.of(Example2JourneyTimeline::main)).isEqualTo(out);
  }
}
