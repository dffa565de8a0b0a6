package org.healthsim.generation.journey;

import org.healthsim.generation.json.JsonBytes;

/**
 * A healthcare record an executed event produced: an encounter, a diagnosis, a claim, a fill. Each
 * kind is a record that writes itself as one JSON object, so events stream to NDJSON without
 * reflection.
 */
public interface EventRecord {

  /** The kind of record, such as {@code diagnosis} or {@code claim_professional}. */
  String recordType();

  /** Writes this record as a JSON object, with {@code record_type} first. */
  void writeJson(JsonBytes out);
}
