package org.healthsim.interchange.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.healthsim.generation.output.OutputFormat;
import org.healthsim.generation.output.RunManifest;
import org.healthsim.interchange.InterchangeFormats;
import org.healthsim.interchange.InterchangeRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Bulk Data files: each holds its type only, ids are unique, every reference resolves within
 * the output, the run is the same as its NDJSON twin (the same people and services, joined by ids,
 * and EOB amounts equal to the claims'), and the bytes do not depend on the thread count.
 */
class FhirBulkOutputTest {

  static Stream<Arguments> runs() {
    return InterchangeRuns.fhirRuns().stream()
        .map(dir -> Arguments.of(dir.getFileName().toString(), dir));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void everyReferenceResolvesAndEveryIdIsUniqueInItsType(String name, Path dir) {
    Map<String, List<JsonNode>> resources = InterchangeRuns.resources(dir);
    Set<String> ids = new HashSet<>();
    List<String> problems = new ArrayList<>();
    resources.forEach(
        (type, list) -> {
          for (JsonNode r : list) {
            if (!r.path("resourceType").asText().equals(type)) {
              problems.add(type + ".ndjson holds a " + r.path("resourceType").asText());
            }
            if (!ids.add(type + "/" + r.path("id").asText())) {
              problems.add("duplicate id " + type + "/" + r.path("id").asText());
            }
          }
        });
    int references = 0;
    for (List<JsonNode> list : resources.values()) {
      for (JsonNode r : list) {
        for (String reference : references(r)) {
          references++;
          if (!ids.contains(reference)) {
            problems.add(
                r.path("resourceType").asText()
                    + "/"
                    + r.path("id").asText()
                    + " refers to missing "
                    + reference);
          }
        }
      }
    }
    assertThat(references).isGreaterThan(resources.get("Patient").size());
    assertThat(problems).isEmpty();
  }

  /** Every {@code "reference": "Type/id"} in a resource. */
  static List<String> references(JsonNode node) {
    List<String> found = new ArrayList<>();
    collect(node, found);
    return found;
  }

  private static void collect(JsonNode node, List<String> found) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (e.getKey().equals("reference") && e.getValue().isTextual()) {
          found.add(e.getValue().asText());
        } else {
          collect(e.getValue(), found);
        }
      }
    } else if (node.isArray()) {
      node.forEach(n -> collect(n, found));
    }
  }

  @Test
  void theFhirRunDescribesTheSamePeopleAndServicesAsTheNdjsonRun() throws IOException {
    Path ndjson = InterchangeRuns.yearOfCare(OutputFormat.NDJSON);
    Map<String, List<JsonNode>> fhir =
        InterchangeRuns.resources(InterchangeRuns.yearOfCare(InterchangeFormats.FHIR));
    List<JsonNode> entities = readLines(ndjson.resolve("entities.ndjson"));
    Map<String, List<JsonNode>> records = new HashMap<>();
    for (JsonNode event : readLines(ndjson.resolve("events.ndjson"))) {
      for (JsonNode r : event.path("outputs")) {
        records.computeIfAbsent(r.path("record_type").asText(), t -> new ArrayList<>()).add(r);
      }
    }

    assertThat(ids(fhir, "Patient")).isEqualTo(set(entities, "entity_id"));
    long conditions = entities.stream().mapToLong(e -> e.path("conditions").size()).sum();
    assertThat(count(fhir, "Condition")).isEqualTo(conditions + count(records, "diagnosis"));
    assertThat(count(fhir, "Encounter"))
        .isEqualTo(
            count(records, "encounter")
                + count(records, "admission")
                + count(records, "post_acute_stay"));
    assertThat(count(fhir, "Observation"))
        .isEqualTo(count(records, "lab_result") + count(records, "observation"));
    assertThat(count(fhir, "ServiceRequest"))
        .isEqualTo(count(records, "lab_order") + count(records, "referral"));
    assertThat(count(fhir, "Procedure") + count(fhir, "Immunization"))
        .isEqualTo(count(records, "procedure"));
    assertThat(identifierValues(fhir, "MedicationDispense"))
        .isEqualTo(set(records.get("fill"), "fill_id"));
    assertThat(count(fhir, "Coverage")).isEqualTo(entities.size());

    // Every claim has its EOB (every member is insured here), with the claim's amounts.
    Map<String, JsonNode> eobs = new HashMap<>();
    for (JsonNode eob : fhir.get("ExplanationOfBenefit")) {
      eobs.put(eob.path("identifier").get(0).path("value").asText(), eob);
    }
    List<JsonNode> medical = new ArrayList<>(records.get("claim_professional"));
    medical.addAll(records.get("claim_institutional"));
    assertThat(eobs).hasSize(medical.size() + records.get("claim_pharmacy").size());
    for (JsonNode claim : medical) {
      JsonNode eob = eobs.get(claim.path("claim_id").asText());
      assertThat(eob).as(claim.path("claim_id").asText()).isNotNull();
      assertThat(total(eob, "submitted")).isEqualTo(cents(claim, "billed"));
      assertThat(total(eob, "eligible")).isEqualTo(cents(claim, "allowed"));
      assertThat(total(eob, "paidtoprovider")).isEqualTo(cents(claim, "paid"));
      assertThat(total(eob, "deductible")).isEqualTo(cents(claim, "deductible"));
      assertThat(total(eob, "memberliability")).isEqualTo(cents(claim, "member_responsibility"));
      assertThat(eob.path("item").size()).isEqualTo(claim.path("lines").size());
      assertThat(cents(eob.path("payment").path("amount"), "value"))
          .isEqualTo(cents(claim, "paid"));
    }
    for (JsonNode claim : records.get("claim_pharmacy")) {
      JsonNode eob = eobs.get(claim.path("claim_id").asText());
      assertThat(total(eob, "submitted")).isEqualTo(cents(claim, "billed"));
      assertThat(total(eob, "eligible")).isEqualTo(cents(claim, "allowed"));
      assertThat(total(eob, "paidtoprovider")).isEqualTo(cents(claim, "plan_paid"));
      assertThat(total(eob, "memberliability"))
          .isEqualTo(cents(claim, "deductible") + cents(claim, "copay"));
    }
  }

  @Test
  void theFilesAreTheSameOnOneAndTwoThreadsAndTheManifestListsThem() throws IOException {
    Path one = InterchangeRuns.yearOfCare(InterchangeFormats.FHIR, 1);
    Path two = InterchangeRuns.yearOfCare(InterchangeFormats.FHIR, 2);
    Map<String, List<String>> a = InterchangeRuns.lines(one);
    assertThat(a).containsKeys("Patient", "ExplanationOfBenefit", "Practitioner");
    for (String type : a.keySet()) {
      assertThat(Files.readAllBytes(two.resolve(type + ".ndjson")))
          .as(type)
          .isEqualTo(Files.readAllBytes(one.resolve(type + ".ndjson")));
    }
    assertThat(InterchangeRuns.lines(two).keySet()).isEqualTo(a.keySet());
    assertThat(RunManifest.verify(one)).isEmpty();
  }

  private static long total(JsonNode eob, String category) {
    for (JsonNode t : eob.path("total")) {
      if (t.path("category").path("coding").get(0).path("code").asText().equals(category)) {
        return cents(t.path("amount"), "value");
      }
    }
    throw new AssertionError("no total " + category + " in " + eob.path("id"));
  }

  private static long cents(JsonNode node, String field) {
    return node.path(field).decimalValue().movePointRight(2).longValueExact();
  }

  private static List<JsonNode> readLines(Path file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      nodes.add(InterchangeRuns.JSON.readTree(line));
    }
    return nodes;
  }

  private static long count(Map<String, List<JsonNode>> byType, String type) {
    return byType.getOrDefault(type, List.of()).size();
  }

  private static Set<String> ids(Map<String, List<JsonNode>> fhir, String type) {
    Set<String> ids = new HashSet<>();
    fhir.get(type).forEach(r -> ids.add(r.path("id").asText()));
    return ids;
  }

  private static Set<String> identifierValues(Map<String, List<JsonNode>> fhir, String type) {
    Set<String> values = new HashSet<>();
    fhir.get(type).forEach(r -> values.add(r.path("identifier").get(0).path("value").asText()));
    return values;
  }

  private static Set<String> set(List<JsonNode> nodes, String field) {
    Set<String> values = new HashSet<>();
    nodes.forEach(n -> values.add(n.path(field).asText()));
    return values;
  }
}
