package org.healthsim.generation.internal.table;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.healthsim.generation.internal.output.EventJson;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.profile.Coverage;
import org.healthsim.generation.profile.EntityCondition;
import org.healthsim.generation.profile.EntityMedication;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.profile.Identifiers;

/**
 * An entity and its timeline as table rows (docs/output-schema.md): {@code entity}, {@code
 * entity_condition}, {@code entity_medication}, {@code entity_lab_value}, {@code event}, and one
 * table per kind of record an event produces ({@code claim}, {@code claim_line}, {@code
 * lab_result}, {@code fill}, ...), named after the record in snake_case. Record rows start with
 * {@code entity_id}, {@code timeline_event_id} and {@code record_index} (the record's position
 * among the event's outputs), which join them to their event; a claim line carries its claim's
 * three.
 */
public final class CohortRows {

  private static final List<Column> ENTITY_KEY = List.of(Column.of("entity_id", ColumnType.TEXT));
  private static final List<Column> RECORD_KEY =
      List.of(
          Column.of("entity_id", ColumnType.TEXT),
          Column.of("timeline_event_id", ColumnType.TEXT),
          Column.of("record_index", ColumnType.WHOLE));
  private static final Map<Class<?>, String> TABLES = new ConcurrentHashMap<>();

  private CohortRows() {}

  /** Adds {@code e}'s rows to {@code batch}. */
  public static void entity(GeneratedEntity e, TableBatch batch) {
    RowWriter row = new RowWriter(batch, "entity", List.of(), new Object[0]);
    row.field("entity_id", e.entityId()).field("index", e.index()).field("seed", e.seed());
    wholeOrNull(row, "age", e.age());
    row.field("birth_date", e.birthDate())
        .field("gender", e.gender())
        .field("race", e.race())
        .field("ethnicity", e.ethnicity())
        .field("state", e.state())
        .field("county_fips", e.countyFips())
        .field("severity", e.severity());
    Coverage c = e.coverage();
    row.field("coverage_type", c == null ? null : c.type())
        .field("coverage_plan", c == null ? null : c.plan())
        .field("coverage_effective_date", c == null ? null : c.effectiveDate())
        .field("coverage_group_id", c == null ? null : c.groupId());
    Identifiers ids = e.identifiers();
    row.field("patient_id", ids.patientId())
        .field("member_id", ids.memberId())
        .field("rx_member_id", ids.rxMemberId())
        .field("subject_id", ids.subjectId());
    var p = e.person();
    row.field("given_name", p == null ? null : p.givenName())
        .field("family_name", p == null ? null : p.familyName())
        .field("address_line", p == null ? null : p.address().line())
        .field("city", p == null ? null : p.address().city())
        .field("address_county", p == null ? null : p.address().county())
        .field("zip", p == null ? null : p.address().zip())
        .field("phone", p == null ? null : p.phone());
    row.end();
    Object[] key = {e.entityId()};
    for (EntityCondition condition : e.conditions()) {
      new RowWriter(batch, "entity_condition", ENTITY_KEY, key)
          .field("code", condition.code())
          .field("description", condition.description())
          .field("role", condition.role().wireName())
          .end();
    }
    for (EntityMedication m : e.medications()) {
      new RowWriter(batch, "entity_medication", ENTITY_KEY, key)
          .field("rxnorm", m.rxnorm())
          .field("name", m.name())
          .end();
    }
    for (Map.Entry<String, Double> lab : e.labValues().entrySet()) {
      new RowWriter(batch, "entity_lab_value", ENTITY_KEY, key)
          .field("lab", lab.getKey())
          .number("value", lab.getValue())
          .end();
    }
  }

  /** Adds the events of {@code timeline}, and their records, to {@code batch}. */
  public static void timeline(Timeline timeline, TableBatch batch) {
    for (TimelineEvent e : timeline.events()) {
      RowWriter event = new RowWriter(batch, "event", List.of(), new Object[0]);
      EventJson.fields(e, event);
      event.end();
      batch.countEvent();
      List<EventRecord> outputs = e.outputs();
      for (int i = 0; i < outputs.size(); i++) {
        EventRecord r = outputs.get(i);
        RowWriter row =
            new RowWriter(
                batch,
                table(r.getClass()),
                RECORD_KEY,
                new Object[] {e.entityId(), e.timelineEventId(), (long) i});
        row.field("record_type", r.recordType());
        r.writeFields(row);
        row.end();
      }
    }
  }

  /**
   * The table of a kind of record: its class name in snake_case ({@code LabResult}: lab_result).
   */
  public static String table(Class<?> recordClass) {
    return TABLES.computeIfAbsent(
        recordClass,
        c -> c.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT));
  }

  private static void wholeOrNull(RowWriter row, String name, Integer value) {
    if (value == null) {
      row.put(name, ColumnType.WHOLE, null);
    } else {
      row.field(name, value.longValue());
    }
  }
}
