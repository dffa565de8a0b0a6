package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A referral to a specialist.
 *
 * @param referralId identifier
 * @param date date
 * @param specialty specialty key
 * @param taxonomy NUCC taxonomy
 * @param toNpi specialist NPI
 * @param toName specialist
 * @param fromNpi referring provider
 * @param reason why
 */
public record Referral(
    String referralId,
    LocalDate date,
    String specialty,
    String taxonomy,
    String toNpi,
    String toName,
    String fromNpi,
    String reason)
    implements EventRecord {

  @Override
  public String recordType() {
    return "referral";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("referral_id", referralId)
        .field("date", date)
        .field("specialty", specialty)
        .field("taxonomy", taxonomy)
        .field("to_npi", toNpi)
        .field("to_name", toName)
        .field("from_npi", fromNpi)
        .field("reason", reason);
  }
}
