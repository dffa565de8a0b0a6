package org.healthsim.interchange.x12;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthsim.generation.output.OutputFormat;
import org.healthsim.interchange.InterchangeFormats;
import org.healthsim.interchange.InterchangeRuns;
import org.junit.jupiter.api.Test;

/**
 * The 834 of two runs read back by StAEDI (an X12 reader independent of our writer, which checks
 * the envelopes: ISA/IEA, GS/GE and ST/SE control numbers and counts): a transaction set per
 * insured member, whose member loops are the member's coverage and the enrolment changes of the
 * NDJSON run (re-enrolment, plan change, termination, death), in order, with their dates.
 */
class X12EnrollmentTest {

  /** A transaction set's segments, each its tag and then its elements by position. */
  private record Parsed(List<List<List<String>>> sets, List<String> errors) {}

  private static Parsed read(Path file) throws IOException {
    List<List<List<String>>> sets = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    EDIInputFactory factory = EDIInputFactory.newFactory();
    try (InputStream in = Files.newInputStream(file);
        EDIStreamReader r = factory.createEDIStreamReader(in)) {
      List<List<String>> set = null;
      List<String> segment = null;
      while (r.hasNext()) {
        EDIStreamEvent event = r.next();
        if (event.isError()) {
          errors.add(event + " " + r.getErrorType() + " in " + r.getLocation().getSegmentTag());
          continue;
        }
        switch (event) {
          case START_TRANSACTION -> set = new ArrayList<>();
          case START_SEGMENT -> {
            segment = new ArrayList<>();
            segment.add(r.getText());
          }
          case ELEMENT_DATA -> {
            int position = r.getLocation().getElementPosition();
            while (segment.size() < position) {
              segment.add("");
            }
            segment.add(r.getText());
          }
          case END_SEGMENT -> {
            if (set != null) {
              set.add(segment);
            }
          }
          case END_TRANSACTION -> {
            sets.add(set);
            set = null;
          }
          default -> {}
        }
      }
    } catch (EDIStreamException e) {
      errors.add(e.getMessage());
    }
    return new Parsed(sets, errors);
  }

  private static String element(List<String> segment, int position) {
    return position < segment.size() ? segment.get(position) : "";
  }

  /**
   * Each member's loops as the NDJSON run has them: INS03, INS04, the member-level date's qualifier
   * and date, and the plan (HD04).
   */
  private static Map<String, List<String>> expectedLoops(Path ndjson, String windowStart)
      throws IOException {
    Map<String, List<String>> loops = new LinkedHashMap<>();
    Map<String, String> members = new HashMap<>();
    Map<String, String> plans = new HashMap<>();
    Map<String, String> effective = new HashMap<>();
    for (String line : Files.readAllLines(ndjson.resolve("entities.ndjson"))) {
      JsonNode e = InterchangeRuns.JSON.readTree(line);
      JsonNode coverage = e.path("coverage");
      if (coverage.isMissingNode()
          || coverage.isNull()
          || coverage.path("type").asText().equalsIgnoreCase("uninsured")) {
        continue;
      }
      String member = e.path("identifiers").path("member_id").asText();
      String from = coverage.path("effective_date").asText(windowStart);
      members.put(e.path("entity_id").asText(), member);
      plans.put(member, coverage.path("plan").asText());
      effective.put(member, from);
      loops
          .computeIfAbsent(member, m -> new ArrayList<>())
          .add(loop("021", "28", "356", from, plans.get(member)));
    }
    Map<String, Boolean> ended = new HashMap<>();
    for (String line : Files.readAllLines(ndjson.resolve("events.ndjson"))) {
      JsonNode event = InterchangeRuns.JSON.readTree(line);
      String member = members.get(event.path("entity_id").asText());
      if (member == null) {
        continue;
      }
      for (JsonNode r : event.path("outputs")) {
        boolean over = ended.getOrDefault(member, false);
        switch (r.path("record_type").asText()) {
          case "enrollment" -> {
            String date = r.path("effective_date").asText();
            if (!date.equals(effective.get(member))) {
              if (!r.path("plan").isNull()) {
                plans.put(member, r.path("plan").asText());
              }
              loops.get(member).add(loop("021", "41", "356", date, plans.get(member)));
              ended.put(member, false);
            }
          }
          case "plan_change" -> {
            plans.put(member, r.path("new_plan").asText());
            loops
                .get(member)
                .add(
                    loop("001", "AI", "303", r.path("effective_date").asText(), plans.get(member)));
          }
          case "termination" -> {
            if (!over) {
              loops
                  .get(member)
                  .add(
                      loop(
                          "024",
                          "07",
                          "357",
                          r.path("termination_date").asText(),
                          plans.get(member)));
              ended.put(member, true);
            }
          }
          case "death" -> {
            if (!over) {
              loops
                  .get(member)
                  .add(loop("024", "03", "357", r.path("date").asText(), plans.get(member)));
              ended.put(member, true);
            }
          }
          default -> {}
        }
      }
    }
    return loops;
  }

  private static String loop(
      String type, String reason, String qualifier, String date, String plan) {
    return String.join(
        " ",
        type,
        reason,
        qualifier,
        date.replace("-", ""),
        plan.toUpperCase(java.util.Locale.ROOT));
  }

  /** The loops of an 834 transaction set, in the form of {@link #expectedLoops}. */
  private static List<String> loops(List<List<String>> set) {
    List<String> loops = new ArrayList<>();
    String[] current = null;
    for (List<String> segment : set) {
      switch (segment.get(0)) {
        case "INS" -> {
          assertThat(element(segment, 1)).as("subscriber").isEqualTo("Y");
          assertThat(element(segment, 2)).as("self").isEqualTo("18");
          current = new String[] {element(segment, 3), element(segment, 4), null, null, null};
        }
        case "DTP" -> {
          if (current[2] == null) {
            current[2] = element(segment, 1);
            current[3] = element(segment, 3);
          } else {
            // The coverage date: benefit end (349) for a termination, else begin (348).
            assertThat(element(segment, 1)).isEqualTo(current[0].equals("024") ? "349" : "348");
            assertThat(element(segment, 3)).isEqualTo(current[3]);
            loops.add(String.join(" ", current));
          }
        }
        case "HD" -> {
          assertThat(element(segment, 1)).as("HD01 is INS03").isEqualTo(current[0]);
          assertThat(element(segment, 3)).isEqualTo("HLT");
          current[4] = element(segment, 4);
        }
        default -> {}
      }
    }
    return loops;
  }

  private static void assertMembersEnrolmentIsTheRuns(Path x12, Path ndjson) throws IOException {
    Parsed parsed = read(x12.resolve("834.x12"));
    assertThat(parsed.errors()).isEmpty();
    Map<String, List<String>> expected = expectedLoops(ndjson, "2025-01-01");
    Map<String, List<String>> actual = new LinkedHashMap<>();
    for (List<List<String>> set : parsed.sets()) {
      List<String> bgn = set.stream().filter(s -> s.get(0).equals("BGN")).findFirst().orElseThrow();
      assertThat(element(bgn, 8)).as("BGN08: changes").isEqualTo("2");
      assertThat(set.stream().filter(s -> s.get(0).equals("N1")).map(s -> element(s, 1)))
          .containsExactly("P5", "IN");
      actual.put(element(bgn, 2), loops(set));
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void aYearOfCareHasEachMembersCoverageTerminationsAndDeaths() throws IOException {
    Path x12 = InterchangeRuns.yearOfCare(InterchangeFormats.X12);
    assertMembersEnrolmentIsTheRuns(x12, InterchangeRuns.yearOfCare(OutputFormat.NDJSON));
    String file = Files.readString(x12.resolve("834.x12"));
    assertThat(file).contains("INS*Y*18*024*");
  }

  @Test
  void reEnrolmentsAndPlanChangesAreMemberLoopsToo() throws IOException {
    Path x12 = InterchangeRuns.everyEventType(InterchangeFormats.X12);
    assertMembersEnrolmentIsTheRuns(x12, InterchangeRuns.everyEventType(OutputFormat.NDJSON));
    String file = Files.readString(x12.resolve("834.x12"));
    assertThat(file).contains("INS*Y*18*001*AI*A~", "INS*Y*18*021*41*A~");
  }

  @Test
  void theReaderCatchesAnEnvelopeThatDoesNotAgree() throws IOException {
    Path x12 = InterchangeRuns.yearOfCare(InterchangeFormats.X12);
    Path broken = Files.createTempFile("broken", ".x12");
    Files.writeString(
        broken,
        Files.readString(x12.resolve("834.x12"))
            .replaceFirst("SE\\*(\\d+)\\*0001~", "SE*99*0001~"));
    assertThat(read(broken).errors()).isNotEmpty();
    Files.delete(broken);
  }
}
