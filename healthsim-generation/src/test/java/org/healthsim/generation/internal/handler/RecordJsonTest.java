package org.healthsim.generation.internal.handler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    return new ObjectMapper().readTree(text(r));
  }

  /** The record's JSON as written, before any parser normalises its numbers. */
  private static String text(org.healthsim.generation.journey.EventRecord r) {
    JsonBytes out = new JsonBytes();
    r.writeJson(out);
    return new String(out.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
  }

  private static Claim officeClaim(List<String> diagnoses, List<ClaimLine> lines) {
    LocalDate day = LocalDate.of(2025, 1, 3);
    return Claim.submitted(
        "claim_professional",
        "CLM-1",
        "M001",
        day,
        day,
        "1234567893",
        "1234567893",
        "11",
        diagnoses,
        null,
        lines,
        "paid",
        day);
  }

  @Test
  void aClaimWritesItsLinesAndTotals() throws Exception {
    Claim claim =
        officeClaim(
            List.of("E11.9", "I10"),
            List.of(
                new ClaimLine(1, "99214", null, 1, List.of(1, 2), 18000, 11250, 9000, 2250),
                new ClaimLine(2, "83036", null, 1, List.of(1), 4000, 1325, 1325, 0)));
    JsonNode node = json(claim);
    assertThat(node.get("record_type").asText()).isEqualTo("claim_professional");
    assertThat(node.get("lines").get(0).get("diagnosis_pointers").toString()).isEqualTo("[1,2]");
    assertThat(node.get("billed").asDouble()).isEqualTo(220.0);
    assertThat(node.get("paid").asDouble()).isEqualTo(103.25);
    assertThat(node.get("drg").isNull()).isTrue();
    assertThat(text(claim)).contains("\"billed\":220.00").contains("\"paid\":103.25");
  }

  @Test
  void amountsAreExactCentsWrittenAsDollars() throws Exception {
    List<ClaimLine> dimes = new java.util.ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      dimes.add(new ClaimLine(i, "36415", null, 1, List.of(1), 10, 10, 7, 3));
    }
    Claim claim = officeClaim(List.of("E11.9"), dimes);
    // Ten lines of $0.10 in doubles sum to 0.9999999999999999; in cents they are one dollar.
    assertThat(claim.billedCents()).isEqualTo(100);
    String json = text(claim);
    assertThat(json)
        .contains("\"billed\":1.00")
        .contains("\"paid\":0.70")
        .contains("\"member_responsibility\":0.30")
        .contains("\"billed\":0.10");
    org.healthsim.generation.json.JsonBytes out = new org.healthsim.generation.json.JsonBytes();
    out.cents(-5).raw(' ').cents(0).raw(' ').cents(123_456_789_01L);
    assertThat(new String(out.toByteArray(), java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("-0.05 0.00 123456789.01");
  }

  @Test
  void aLineWhoseSharesDoNotAddUpIsRefused() {
    assertThatThrownBy(() -> new ClaimLine(3, "99213", null, 1, List.of(1), 9000, 8000, 6000, 1999))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 3: paid 6000 + member responsibility 1999 cents is not the allowed 8000");
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
