package org.healthsim.interchange.sdtm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
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
 * The SDTM datasets of three trial journeys, read back as JSON and CSV: each is a Dataset-JSON 1.1
 * object whose rows fit its columns and whose records count them, and its CSV holds the same rows;
 * the rows are the NDJSON run's subjects, visits, adverse events, disposition events, exposure, lab
 * results and vital signs, joined by their ids; the controlled terms are the codelists'; and the
 * bytes do not depend on the thread count.
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

  private static final List<String> DOMAINS = List.of("DM", "DS", "SV", "AE", "EX", "LB", "VS");

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
    assertSameRowsInCsv(dir.resolve(domain + ".csv"), columns, root.path("rows"));
    return new Dataset(columns, rows);
  }

  /** The CSV file: a header of the columns, then the JSON rows, null as an empty field. */
  private static void assertSameRowsInCsv(Path csv, List<String> columns, JsonNode rows)
      throws IOException {
    List<List<String>> lines = parseCsv(Files.readString(csv));
    assertThat(lines.get(0)).as(csv + " header").isEqualTo(columns);
    assertThat(lines).as(csv + " lines").hasSize(rows.size() + 1);
    for (int i = 0; i < rows.size(); i++) {
      List<String> expected = new ArrayList<>();
      List<String> actual = new ArrayList<>(lines.get(i + 1));
      JsonNode row = rows.get(i);
      for (int c = 0; c < row.size(); c++) {
        JsonNode v = row.get(c);
        if (v.isNumber()) {
          // A number's text in CSV keeps its precision (0.60); the JSON parser's does not.
          expected.add(v.decimalValue().stripTrailingZeros().toPlainString());
          actual.set(c, new BigDecimal(actual.get(c)).stripTrailingZeros().toPlainString());
        } else {
          expected.add(v.isNull() ? "" : v.asText());
        }
      }
      assertThat(actual).as(csv + " line " + (i + 2)).isEqualTo(expected);
    }
  }

  /** RFC 4180: fields quoted when they hold a comma, quote or line break, quotes doubled. */
  private static List<List<String>> parseCsv(String text) {
    List<List<String>> lines = new ArrayList<>();
    List<String> line = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        line.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        line.add(field.toString());
        field.setLength(0);
        lines.add(line);
        line = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    return lines;
  }

  @Test
  void theDatasetsHoldTheTrialJourneysSubjectsVisitsEventsAndDispositions() throws IOException {
    Path sdtm = InterchangeRuns.trials(InterchangeFormats.SDTM, 2);
    Map<String, List<JsonNode>> records = new HashMap<>();
    Set<String> courses = new HashSet<>();
    for (JsonNode event : events()) {
      for (JsonNode r : event.path("outputs")) {
        String type = r.path("record_type").asText();
        records.computeIfAbsent(type, t -> new ArrayList<>()).add(r);
        if (TRIAL_RECORDS.contains(type)) {
          courses.add(course(event));
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
        .containsExactlyInAnyOrder(
            "PHASE3-PIVOTAL-SUBJECT", "TRIAL-SAFETY-MONITORING", "PHASE2-SAFETY-LABS");
  }

  @Test
  void exposureRunsFromRandomizationAndSplitsAtEachDoseChange() throws IOException {
    Path sdtm = InterchangeRuns.trials(InterchangeFormats.SDTM, 2);
    Map<String, Integer> doseChanges = new HashMap<>();
    Map<String, String> randomized = new HashMap<>();
    for (JsonNode event : events()) {
      for (JsonNode r : event.path("outputs")) {
        String usubjid = usubjid(event, r);
        if (r.path("record_type").asText().equals("randomization")) {
          randomized.put(usubjid, r.path("date").asText());
        } else if (r.path("record_type").asText().equals("dose_modification")) {
          doseChanges.merge(usubjid, 1, Integer::sum);
        }
      }
    }
    Dataset ex = read(sdtm, "EX");
    Map<String, List<Map<String, JsonNode>>> bySubject = new HashMap<>();
    ex.rows()
        .forEach(r -> bySubject.computeIfAbsent(text(r, "USUBJID"), u -> new ArrayList<>()).add(r));
    assertThat(bySubject.keySet()).isEqualTo(randomized.keySet());
    assertThat(doseChanges).isNotEmpty();
    for (Map.Entry<String, List<Map<String, JsonNode>>> e : bySubject.entrySet()) {
      List<Map<String, JsonNode>> rows = e.getValue();
      assertThat(rows).as(e.getKey()).hasSize(1 + doseChanges.getOrDefault(e.getKey(), 0));
      assertThat(text(rows.get(0), "EXSTDTC")).isEqualTo(randomized.get(e.getKey()));
      assertThat(text(rows.get(0), "EXDOSTXT")).isEqualTo("DOSE LEVEL 1");
      for (int i = 1; i < rows.size(); i++) {
        // Contiguous: each stretch starts the day after the one before ends.
        assertThat(java.time.LocalDate.parse(text(rows.get(i), "EXSTDTC")))
            .isEqualTo(java.time.LocalDate.parse(text(rows.get(i - 1), "EXENDTC")).plusDays(1));
        assertThat(text(rows.get(i), "EXDOSTXT")).isEqualTo("DOSE LEVEL 2");
        assertThat(text(rows.get(i), "EXADJ")).isEqualTo("NEUTROPENIA");
      }
      for (Map<String, JsonNode> r : rows) {
        assertThat(text(r, "EXENDTC")).isGreaterThanOrEqualTo(text(r, "EXSTDTC"));
        assertThat(text(r, "EXTRT")).isIn("TREATMENT", "PLACEBO");
      }
    }
  }

  @Test
  void labResultsAndVitalSignsAreTheTrialJourneysMeasurements() throws IOException {
    Path sdtm = InterchangeRuns.trials(InterchangeFormats.SDTM, 2);
    List<String> labs = new ArrayList<>();
    List<String> vitals = new ArrayList<>();
    Set<String> trialCourses = new HashSet<>();
    for (JsonNode event : events()) {
      for (JsonNode r : event.path("outputs")) {
        if (TRIAL_RECORDS.contains(r.path("record_type").asText())) {
          trialCourses.add(course(event));
        }
      }
    }
    for (JsonNode event : events()) {
      // The measurements of a journey that is a trial (its subject's); not the entity's other care.
      if (!trialCourses.contains(course(event))) {
        continue;
      }
      for (JsonNode r : event.path("outputs")) {
        String type = r.path("record_type").asText();
        String date = r.path("date").asText();
        String subject = usubjid(event, r);
        if (type.equals("lab_result")) {
          labs.add(subject + " " + date + " " + r.path("loinc").asText() + " " + number(r));
        } else if (type.equals("observation") && r.path("loinc").asText().equals("85354-9")) {
          String[] bp = r.path("value").asText().split("/");
          vitals.add(subject + " " + date + " 8480-6 " + bp[0]);
          vitals.add(subject + " " + date + " 8462-4 " + bp[1]);
        } else if (type.equals("observation") && r.path("loinc").asText().equals("39156-5")) {
          vitals.add(subject + " " + date + " 39156-5 " + r.path("value").asText());
        } else if (type.equals("observation")) {
          labs.add(subject + " " + date + " " + r.path("loinc").asText() + " " + number(r));
        }
      }
    }
    Dataset lb = read(sdtm, "LB");
    Dataset vs = read(sdtm, "VS");
    List<String> lbKeys = new ArrayList<>();
    for (Map<String, JsonNode> r : lb.rows()) {
      lbKeys.add(
          text(r, "USUBJID")
              + " "
              + text(r, "LBDTC")
              + " "
              + text(r, "LBLOINC")
              + " "
              + r.get("LBSTRESN").decimalValue().stripTrailingZeros().toPlainString());
    }
    List<String> vsKeys = new ArrayList<>();
    vs.rows()
        .forEach(
            r ->
                vsKeys.add(
                    text(r, "USUBJID")
                        + " "
                        + text(r, "VSDTC")
                        + " "
                        + text(r, "VSLOINC")
                        + " "
                        + text(r, "VSORRES")));
    assertThat(labs).isNotEmpty();
    assertThat(lbKeys).containsExactlyInAnyOrderElementsOf(labs);
    assertThat(vsKeys).containsExactlyInAnyOrderElementsOf(vitals);
    assertThat(lb.values("LBTESTCD")).contains("CREAT", "EGFR", "HGB", "TSH", "K");
    assertThat(lb.values("STUDYID")).contains("PHASE3-PIVOTAL-SUBJECT", "PHASE2-SAFETY-LABS");
    assertThat(vs.values("VSTESTCD")).containsOnly("SYSBP", "DIABP", "BMI");
    assertThat(lb.values("LBNRIND").stream().filter(v -> !v.equals("null")))
        .isNotEmpty()
        .isSubsetOf("LOW", "NORMAL", "HIGH");
    // A finding on the day of a protocol visit carries its number; others have none.
    Map<String, String> visits = new HashMap<>();
    for (Map<String, JsonNode> v : read(sdtm, "SV").rows()) {
      visits.put(text(v, "USUBJID") + " " + text(v, "SVSTDTC"), text(v, "VISITNUM"));
    }
    long numbered = 0;
    for (Dataset d : List.of(lb, vs)) {
      String date = d == lb ? "LBDTC" : "VSDTC";
      for (Map<String, JsonNode> r : d.rows()) {
        String visit = visits.get(text(r, "USUBJID") + " " + text(r, date));
        if (visit == null) {
          assertThat(r.get("VISITNUM").isNull()).isTrue();
        } else {
          assertThat(text(r, "VISITNUM")).isEqualTo(visit);
          numbered++;
        }
      }
    }
    assertThat(numbered).isPositive();
  }

  /** A measurement's value (a number, or a number as text) without trailing zeros. */
  private static String number(JsonNode record) {
    return new BigDecimal(record.path("value").asText()).stripTrailingZeros().toPlainString();
  }

  private static List<JsonNode> events;
  private static Map<String, String> subjects;

  /** The NDJSON run's events, read once. */
  private static synchronized List<JsonNode> events() throws IOException {
    if (events != null) {
      return events;
    }
    events = new ArrayList<>();
    for (String line :
        Files.readAllLines(
            InterchangeRuns.trials(OutputFormat.NDJSON, 2).resolve("events.ndjson"))) {
      events.add(InterchangeRuns.JSON.readTree(line));
    }
    return events;
  }

  /** The subject id of each entity's course through a trial journey. */
  private static synchronized Map<String, String> subjects() throws IOException {
    if (subjects != null) {
      return subjects;
    }
    subjects = new HashMap<>();
    for (JsonNode event : events()) {
      for (JsonNode r : event.path("outputs")) {
        if (r.has("subject_id")) {
          subjects.putIfAbsent(course(event), r.path("subject_id").asText());
        }
      }
    }
    return subjects;
  }

  private static String course(JsonNode event) {
    return event.path("entity_id").asText() + " " + event.path("journey_id").asText();
  }

  /** The USUBJID of a trial record's subject: the study and the record's subject id. */
  private static String usubjid(JsonNode event, JsonNode record) throws IOException {
    String subject = record.path("subject_id").asText();
    if (subject.isEmpty()) {
      subject = subjects().get(course(event));
    }
    return event.path("journey_id").asText().toUpperCase(java.util.Locale.ROOT) + "-" + subject;
  }

  private static String text(Map<String, JsonNode> row, String column) {
    return row.get(column).asText();
  }

  @Test
  void theDatasetsAreTheSameOnOneAndTwoThreads() throws IOException {
    Path one = InterchangeRuns.trials(InterchangeFormats.SDTM, 1);
    Path two = InterchangeRuns.trials(InterchangeFormats.SDTM, 2);
    for (String domain : DOMAINS) {
      for (String file : List.of(domain + ".json", domain + ".csv")) {
        assertThat(two.resolve(file)).hasSameBinaryContentAs(one.resolve(file));
      }
    }
  }
}
