package org.healthsim.generation.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.healthsim.core.spec.Product;
import org.healthsim.generation.journey.BaseEventType;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.journey.EventStatus;
import org.healthsim.generation.journey.PatientEventType;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.json.FieldWriter;
import org.healthsim.generation.json.JsonBytes;
import org.healthsim.generation.json.JsonObject;
import org.junit.jupiter.api.Test;

class EventJsonTest {

  private record Note(String text, long count) implements EventRecord {
    @Override
    public String recordType() {
      return "note";
    }

    @Override
    public void writeFields(FieldWriter out) {
      out.field("text", text).field("count", count);
    }
  }

  private static TimelineEvent event(
      String entity,
      int occurrence,
      String name,
      Product product,
      EventStatus status,
      String reason,
      String triggeredBy,
      List<EventRecord> outputs) {
    return new TimelineEvent(
        entity + ":j:e:" + occurrence,
        entity,
        "j",
        "e",
        occurrence,
        name,
        product,
        product == null ? BaseEventType.MILESTONE : PatientEventType.DIAGNOSIS,
        LocalDate.of(2025, 3, 9).plusDays(occurrence),
        TimelineEvent.NORMAL_PRIORITY,
        occurrence,
        occurrence * 7L,
        status,
        reason,
        Map.of(),
        outputs,
        triggeredBy);
  }

  /** The line as the event table's columns (EventJson.fields) and the records write it. */
  private static String throughFields(TimelineEvent e) {
    JsonBytes out = new JsonBytes();
    JsonObject o = JsonObject.start(out);
    EventJson.fields(e, o);
    JsonBytes outputs = o.value("outputs").raw('[');
    for (int i = 0; i < e.outputs().size(); i++) {
      if (i > 0) {
        outputs.raw(',');
      }
      e.outputs().get(i).writeJson(outputs);
    }
    outputs.raw(']');
    o.end();
    out.raw('\n');
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  @Test
  void aLineHasTheKeysAndValuesOfTheEventTableAndItsRecords() throws Exception {
    List<TimelineEvent> events = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      String entity = "E00" + k;
      events.add(
          event(
              entity,
              0,
              "Diagnosis",
              Product.PATIENTSIM,
              EventStatus.EXECUTED,
              null,
              null,
              List.of(new Note("first", 1), new Note("a \"quoted\" é", 2))));
      events.add(event(entity, 1, "Tab\there", null, EventStatus.PENDING, null, null, List.of()));
      events.add(
          event(
              entity,
              2,
              "Skipped",
              Product.PATIENTSIM,
              EventStatus.SKIPPED,
              "the entity died",
              entity + ":j:e:0",
              List.of()));
    }
    EventJson json = new EventJson();
    JsonBytes lines = new JsonBytes();
    StringBuilder expected = new StringBuilder();
    for (TimelineEvent e : events) {
      json.write(e, lines);
      expected.append(throughFields(e));
    }
    String written = new String(lines.toByteArray(), StandardCharsets.UTF_8);
    assertThat(written).isEqualTo(expected.toString());

    ObjectMapper mapper = new ObjectMapper();
    String[] parsed = written.split("\n");
    assertThat(parsed).hasSize(events.size());
    JsonNode skipped = mapper.readTree(parsed[5]);
    assertThat(skipped.get("entity_id").asText()).isEqualTo("E001");
    assertThat(skipped.get("status").asText()).isEqualTo("skipped");
    assertThat(skipped.get("triggered_by").asText()).isEqualTo("E001:j:e:0");
    JsonNode pending = mapper.readTree(parsed[4]);
    assertThat(pending.get("product").isNull()).isTrue();
    assertThat(pending.get("name").asText()).isEqualTo("Tab\there");
    assertThat(mapper.readTree(parsed[0]).get("outputs").get(1).get("text").asText())
        .isEqualTo("a \"quoted\" é");
  }
}
