package org.healthsim.interchange.internal.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.healthsim.generation.json.JsonBytes;
import org.junit.jupiter.api.Test;

class FragmentsTest {

  private static final String SYSTEM = "http://hl7.org/fhir/sid/icd-10-cm";

  @Test
  void aFragmentIsKeptTheSecondTimeItsStringsAreSeenAndFoundTheThird() {
    Fragments fragments = new Fragments();
    JsonBytes out = new JsonBytes();
    String code = "E11.9";

    for (int time = 1; time <= 3; time++) {
      int slot = fragments.slot(1, SYSTEM, code, null, null);
      if (time < 3) {
        assertThat(fragments.kept(slot)).as("time %d", time).isNull();
        int from = out.size();
        out.string(code);
        fragments.keep(slot, 1, SYSTEM, code, null, null, out, from);
      } else {
        assertThat(fragments.kept(slot)).asString(StandardCharsets.UTF_8).isEqualTo("\"E11.9\"");
      }
    }
  }

  @Test
  void equalStringsThatAreOtherObjectsOrAnotherKindAreNotFound() {
    Fragments fragments = new Fragments();
    JsonBytes out = new JsonBytes();
    String code = "E11.9";
    for (int time = 0; time < 2; time++) {
      int slot = fragments.slot(1, SYSTEM, code, null, null);
      fragments.keep(slot, 1, SYSTEM, code, null, null, out, 0);
    }
    assertThat(fragments.kept(fragments.slot(1, SYSTEM, code, null, null))).isNotNull();

    String same = new String(code.toCharArray());
    assertThat(fragments.kept(fragments.slot(1, SYSTEM, same, null, null))).isNull();
    assertThat(fragments.kept(fragments.slot(2, SYSTEM, code, null, null))).isNull();
  }

  @Test
  void aSlotTakenByOtherStringsMeanwhileKeepsNothing() {
    Fragments fragments = new Fragments();
    JsonBytes out = new JsonBytes();
    out.string("x");
    String code = "E11.9";
    int slot = fragments.slot(1, SYSTEM, code, null, null);
    fragments.keep(slot, 1, SYSTEM, code, null, null, out, 0);
    fragments.slot(1, SYSTEM, code, null, null);
    // another fragment written inside this one took the slot over (forced here)
    fragments.keep(slot, 1, SYSTEM, "I10", null, null, out, 0);
    assertThat(fragments.kept(slot)).isNull();
  }

  @Test
  void fhirJsonWritesTheSameBytesFromItsFragmentsAsWithout() {
    Fragments fragments = new Fragments();
    JsonBytes cached = new JsonBytes();
    FhirJson json = new FhirJson(cached, fragments);
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      // new strings each round for the code: only the constants are found again
      String code = i % 2 == 0 ? "E11.9" : new String("E11.9".toCharArray());
      json.resource("Condition", "c" + i)
          .concept("code", SYSTEM, code, "Type 2 diabetes mellitus without complications")
          .reference("subject", "Patient", "p1")
          .array("category")
          .conceptItem("http://terminology.hl7.org/CodeSystem/condition-category", "x", null)
          .end()
          .coding("class", "http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory")
          .money("amount", 1234)
          .text("status", "active")
          .endResource();
      expected
          .append("{\"resourceType\":\"Condition\",\"id\":\"c")
          .append(i)
          .append("\",\"code\":{\"coding\":[{\"system\":\"")
          .append(SYSTEM)
          .append("\",\"code\":\"E11.9\",\"display\":\"Type 2 diabetes mellitus without")
          .append(" complications\"}]},\"subject\":{\"reference\":\"Patient/p1\"},")
          .append("\"category\":[{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/")
          .append("condition-category\",\"code\":\"x\"}]}],\"class\":{\"system\":\"http://")
          .append("terminology.hl7.org/CodeSystem/v3-ActCode\",\"code\":\"AMB\",\"display\":")
          .append("\"ambulatory\"},\"amount\":{\"value\":12.34,\"currency\":\"USD\"},")
          .append("\"status\":\"active\"}\n");
    }
    assertThat(new String(cached.toByteArray(), StandardCharsets.UTF_8))
        .isEqualTo(expected.toString());
  }
}
