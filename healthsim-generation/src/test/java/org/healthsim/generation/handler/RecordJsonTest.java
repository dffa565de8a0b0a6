package org.healthsim.generation.handler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.healthsim.generation.json.JsonBytes;
import org.healthsim.generation.records.Claim;
import org.healthsim.generation.records.ClaimLine;
import org.healthsim.generation.records.LabResult;
import org.junit.jupiter.api.Test;

class RecordJsonTest {

  private static JsonNode json(org.healthsim.generation.journey.EventRecord r) throws Exception {
    JsonBytes out = new JsonBytes();
    r.writeJson(out);
    return new ObjectMapper().readTree(out.toByteArray());
  }

  @Test
  void aClaimWritesItsLinesAndTotals() throws Exception {
    Claim claim =
        new Claim(
            "claim_professional",
            "CLM-1",
            "M001",
            LocalDate.of(2025, 1, 3),
            LocalDate.of(2025, 1, 3),
            "1234567893",
            "1234567893",
            "11",
            List.of("E11.9", "I10"),
            null,
            List.of(
                new ClaimLine(1, "99214", null, 1, List.of(1, 2), 180.0, 112.5, 90.0, 22.5),
                new ClaimLine(2, "83036", null, 1, List.of(1), 40.0, 13.25, 13.25, 0)),
            "paid");
    JsonNode node = json(claim);
    assertThat(node.get("record_type").asText()).isEqualTo("claim_professional");
    assertThat(node.get("lines").get(0).get("diagnosis_pointers").toString()).isEqualTo("[1,2]");
    assertThat(node.get("billed").asDouble()).isEqualTo(220.0);
    assertThat(node.get("paid").asDouble()).isEqualTo(103.25);
    assertThat(node.get("drg").isNull()).isTrue();
  }

  @Test
  void aLabResultKeepsItsPrecision() throws Exception {
    JsonNode node =
        json(
            new LabResult(
                "RES-1",
                "ORD-1",
                LocalDate.of(2025, 1, 9),
                "4548-4",
                "Hemoglobin A1c",
                8.2,
                1,
                "%",
                4.0,
                5.6,
                "H"));
    assertThat(node.toString())
        .contains("\"value\":8.2")
        .contains("\"reference_high\":5.6")
        .contains("\"interpretation\":\"H\"");
  }
}
