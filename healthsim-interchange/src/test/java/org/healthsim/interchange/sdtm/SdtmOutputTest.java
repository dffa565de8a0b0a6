package org.healthsim.interchange.sdtm;

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
import org.healthsim.generation.output.OutputFormat;
import org.healthsim.interchange.InterchangeFormats;
import org.healthsim.interchange.InterchangeRuns;
import org.junit.jupiter.api.Test;

/**
 * The SDTM datasets of two trial journeys, read back as JSON: each is a Dataset-JSON 1.1 object
 * whose rows fit its columns and whose records count them; the rows are the NDJSON run's subjects,
 * visits, adverse events and disposition events, joined by their ids; the controlled terms are the
 * codelists'; and the bytes do not depend on the thread count.
 */
class SdtmOutputTest {

  private static final Set<String> TRIAL_RECORDS =
      Set.of(
          "screening",
          "randomization",
          "withdrawal",
          "trial_visit",
          "adverse_event",
          "serious_adverse_event");
  private static final Set<String> AESEV = Set.of("MILD", "MODERATE", "SEVERE");
  private static final Set<String> AEOUT =
      Set.of(
          "RECOVERED/RESOLVED",
          "RECOVERING/RESOLVING",
          "NOT RECOVERED/NOT RESOLVED",
          "RECOVERED/RESOLVED WITH SEQUELAE",
          "FATAL",
          "UNKNOWN");
  private static final Set<String> DSDECOD =
      Set.of(
          "INFORMED CONSENT OBTAINED",
          "RANDOMIZED",
          "SCREEN FAILURE",
          "WITHDRAWAL BY SUBJECT",
          "ADVERSE EVENT",
          "LOST TO FOLLOW-UP",
          "PHYSICIAN DECISION",
          "DEATH",
          "PROTOCOL DEVIATION",
          "OTHER");

  /** A dataset read back: column names, and each row by column name. */
  private record Dataset(List<String> columns, List<Map<String, JsonNode>> rows) {
    List<String> values(String column) {
      List<String> values = new ArrayList<>();
      rows.forEach(r -> values.add(r.get(column).asText()));
      return values;
    }
  }

  private static Dataset read(Path dir, String domain) throws IOException {
    JsonNode root = InterchangeRuns.JSON.readTree(dir.resolve(domain + ".json").toFile());
    assertThat(root.path("datasetJSONVersion").asText()).isEqualTo("1.1.0");
    assertThat(root.path("name").asText()).isEqualTo(domain);
    assertThat(root.path("itemGroupOID").asText()).isEqualTo("IG." + domain);
    List<String> columns = new ArrayList<>();
    root.path("columns").forEach(c -> columns.add(c.path("name").asText()));
    List<Map<String, JsonNode>> rows = new ArrayList<>();
    for (JsonNode row : root.path("rows")) {
      assertThat(row.size()).as(domain + " row width").isEqualTo(columns.size());
      Map<String, JsonNode> byName = new HashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        byName.put(columns.get(i), row.get(i));
      }
      rows.add(byName);
    }
    assertThat(root.path("records").asLong()).as(domain + " records").isEqualTo(rows.size());
    return new Dataset(columns, rows);
  }

  @Test
  void theDatasetsHoldTheTrialJourneysSubjectsVisitsEventsAndDispositions() throws IOException {
    Path sdtm = InterchangeRuns.trials(InterchangeFormats.SDTM, 2);
    Map<String, List<JsonNode>> records = new HashMap<>();
    Set<String> courses = new HashSet<>();
    for (String line :
        Files.readAllLines(
            InterchangeRuns.trials(OutputFormat.NDJSON, 2).resolve("events.ndjson"))) {
      JsonNode event = InterchangeRuns.JSON.readTree(line);
      for (JsonNode r : event.path("outputs")) {
        String type = r.path("record_type").asText();
        records.computeIfAbsent(type, t -> new ArrayList<>()).add(r);
        if (TRIAL_RECORDS.contains(type)) {
          courses.add(event.path("entity_id").asText() + " " + event.path("journey_id").asText());
        }
      }
    }
    Dataset dm = read(sdtm, "DM");
    Dataset ds = read(sdtm, "DS");
    Dataset sv = read(sdtm, "SV");
    Dataset ae = read(sdtm, "AE");

    // A subject per entity and trial journey that recorded anything of it.
    List<JsonNode> screenings = records.get("screening");
    assertThat(dm.rows()).hasSize(courses.size());
    assertThat(new HashSet<>(dm.values("USUBJID"))).hasSize(dm.rows().size());
    long failures = screenings.stream().filter(s -> !s.path("passed").asBoolean()).count();
    assertThat(dm.values("ARMCD").stream().filter("SCRNFAIL"::equals).count()).isEqualTo(failures);
    assertThat(dm.values("SEX")).isSubsetOf("F", "M", "U");
    assertThat(failures).isPositive();

    List<JsonNode> randomized = records.get("randomization");
    long withdrawals = records.getOrDefault("withdrawal", List.of()).size();
    assertThat(ds.rows())
        .hasSize((int) (screenings.size() + failures + randomized.size() + withdrawals));
    assertThat(ds.values("DSDECOD")).isSubsetOf(DSDECOD);
    assertThat(ds.values("DSDECOD").stream().filter("RANDOMIZED"::equals).count())
        .isEqualTo(randomized.size());

    assertThat(sv.rows()).hasSize(records.get("trial_visit").size());
    List<JsonNode> adverse = new ArrayList<>(records.get("adverse_event"));
    adverse.addAll(records.getOrDefault("serious_adverse_event", List.of()));
    assertThat(ae.rows()).hasSize(adverse.size());
    Set<String> aeIds = new HashSet<>();
    adverse.forEach(r -> aeIds.add(r.path("ae_id").asText()));
    assertThat(new HashSet<>(ae.values("AESPID"))).isEqualTo(aeIds);
    assertThat(ae.values("AESEV")).isSubsetOf(AESEV);
    assertThat(ae.values("AEOUT")).isSubsetOf(AEOUT);
    assertThat(ae.values("AESER")).isSubsetOf("Y", "N");

    Set<String> subjects = new HashSet<>(dm.values("USUBJID"));
    for (Dataset d : List.of(ds, sv, ae)) {
      assertThat(subjects).containsAll(d.values("USUBJID"));
    }
    assertThat(new HashSet<>(dm.values("STUDYID")))
        .containsExactlyInAnyOrder("PHASE3-PIVOTAL-SUBJECT", "TRIAL-SAFETY-MONITORING");
  }

  @Test
  void theDatasetsAreTheSameOnOneAndTwoThreads() throws IOException {
    Path one = InterchangeRuns.trials(InterchangeFormats.SDTM, 1);
    Path two = InterchangeRuns.trials(InterchangeFormats.SDTM, 2);
    for (String domain : List.of("DM", "DS", "SV", "AE")) {
      assertThat(two.resolve(domain + ".json"))
          .hasSameBinaryContentAs(one.resolve(domain + ".json"));
    }
  }
}
