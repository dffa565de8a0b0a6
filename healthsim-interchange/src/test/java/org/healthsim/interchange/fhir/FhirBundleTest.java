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
import org.healthsim.interchange.InterchangeFormats;
import org.healthsim.interchange.InterchangeRuns;
import org.healthsim.interchange.R4Validator;
import org.junit.jupiter.api.Test;

/**
 * {@code fhir-bundle}: a transaction Bundle per patient holding exactly the Bulk output's resources
 * of that patient (the same bytes) and the shared ones they refer to, every reference resolving
 * within its bundle, every entry a PUT of its Type/id; a sample validates against R4.
 */
class FhirBundleTest {

  @Test
  void eachBundleHoldsItsPatientsBulkResourcesAndResolvesEveryReference() throws IOException {
    Path bundles = InterchangeRuns.yearOfCare(InterchangeFormats.FHIR_BUNDLE);
    Map<String, String> bulk = new HashMap<>();
    InterchangeRuns.lines(InterchangeRuns.yearOfCare(InterchangeFormats.FHIR))
        .forEach(
            (type, lines) -> {
              for (String line : lines) {
                try {
                  bulk.put(
                      type + "/" + InterchangeRuns.JSON.readTree(line).path("id").asText(), line);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              }
            });
    List<String> lines = Files.readAllLines(bundles.resolve("Bundle.ndjson"));
    assertThat(lines).hasSize(InterchangeRuns.YEAR_OF_CARE_MEMBERS);
    Set<String> seen = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (String line : lines) {
      JsonNode bundle = InterchangeRuns.JSON.readTree(line);
      assertThat(bundle.path("type").asText()).isEqualTo("transaction");
      Set<String> entries = new HashSet<>();
      for (JsonNode entry : bundle.path("entry")) {
        JsonNode resource = entry.path("resource");
        String url = resource.path("resourceType").asText() + "/" + resource.path("id").asText();
        assertThat(entry.path("request").path("url").asText()).isEqualTo(url);
        assertThat(entry.path("request").path("method").asText()).isEqualTo("PUT");
        assertThat(entry.path("fullUrl").asText()).isEqualTo("https://example.org/fhir/" + url);
        if (!entries.add(url)) {
          problems.add(bundle.path("id").asText() + " holds " + url + " twice");
        }
        // The same bytes as the Bulk line of the same resource.
        if (!InterchangeRuns.JSON.writeValueAsString(resource).equals(compact(bulk.get(url)))) {
          problems.add(url + " differs from its Bulk line");
        }
        seen.add(url);
      }
      for (JsonNode entry : bundle.path("entry")) {
        for (String reference : FhirBulkOutputTest.references(entry.path("resource"))) {
          if (!entries.contains(reference)) {
            problems.add(bundle.path("id").asText() + " refers to " + reference + " outside it");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(seen).isEqualTo(bulk.keySet());
  }

  private static String compact(String json) throws IOException {
    return json == null
        ? null
        : InterchangeRuns.JSON.writeValueAsString(InterchangeRuns.JSON.readTree(json));
  }

  @Test
  void aSampleOfBundlesValidatesAgainstR4WithoutError() throws IOException {
    List<String> errors = new ArrayList<>();
    for (Path run :
        List.of(
            InterchangeRuns.yearOfCare(InterchangeFormats.FHIR_BUNDLE),
            InterchangeRuns.everyEventType(InterchangeFormats.FHIR_BUNDLE))) {
      // A year of care's bundle is about 350 KB: the smallest of each run keeps the validator
      // quick (FhirValidationTest validates a sample of every resource type on its own).
      String smallest =
          Files.readAllLines(run.resolve("Bundle.ndjson")).stream()
              .min(java.util.Comparator.comparingInt(String::length))
              .orElseThrow();
      for (String error : R4Validator.errors(smallest)) {
        errors.add(run.getFileName() + " smallest bundle: " + error);
      }
    }
    assertThat(errors).isEmpty();
  }
}
