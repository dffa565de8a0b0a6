package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A change in the course of a therapy: start, change or discontinuation.
 *
 * @param therapyId identifier
 * @param rxMemberId member
 * @param date date
 * @param action start, change or discontinue
 * @param rxnorm drug concerned
 * @param drugName drug
 * @param previousDrug drug replaced, for a change
 * @param reason why
 */
public record TherapyEvent(
    String therapyId,
    String rxMemberId,
    LocalDate date,
    String action,
    String rxnorm,
    String drugName,
    String previousDrug,
    String reason)
    implements EventRecord {

  @Override
  public String recordType() {
    return "therapy_" + action;
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("therapy_id", therapyId)
        .field("rx_member_id", rxMemberId)
        .field("date", date)
        .field("action", action)
        .field("rxnorm", rxnorm)
        .field("drug_name", drugName)
        .field("previous_drug", previousDrug)
        .field("reason", reason);
  }
}
