package org.healthsim.generation.journey;

import org.healthsim.generation.json.FieldWriter;
import org.healthsim.generation.json.JsonBytes;
import org.healthsim.generation.json.JsonObject;

/**
 * A healthcare record an executed event produced: an encounter, a diagnosis, a claim, a fill. Each
 * kind is a record that writes its own fields, so events stream to NDJSON or table rows without
 * reflection.
 */
public interface EventRecord {

  /** The kind of record, such as {@code diagnosis} or {@code claim_professional}. */
  String recordType();

  /** Writes this record's fields, in a fixed order, to a JSON object or a table row. */
  void writeFields(FieldWriter out);

  /** Writes this record as a JSON object, with {@code record_type} first. */
  default void writeJson(JsonBytes out) {
    JsonObject o = JsonObject.start(out).field("record_type", recordType());
    writeFields(o);
    o.end();
  }
}
