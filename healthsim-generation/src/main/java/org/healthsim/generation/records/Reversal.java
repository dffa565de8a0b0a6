package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A fill reversed (returned to stock).
 *
 * @param fillId the fill reversed
 * @param rxMemberId member
 * @param date date
 * @param reason why
 */
public record Reversal(String fillId, String rxMemberId, LocalDate date, String reason)
    implements EventRecord {

  @Override
  public String recordType() {
    return "reversal";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("fill_id", fillId)
        .field("rx_member_id", rxMemberId)
        .field("date", date)
        .field("reason", reason);
  }
}
