package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A condition diagnosed at an encounter, coded in ICD-10-CM.
 *
 * @param conditionId identifier
 * @param date onset / diagnosis date
 * @param icd10 ICD-10-CM code
 * @param description its description
 * @param clinicalStatus active
 * @param verificationStatus confirmed
 * @param providerNpi diagnosing provider
 */
public record Diagnosis(
    String conditionId,
    LocalDate date,
    String icd10,
    String description,
    String clinicalStatus,
    String verificationStatus,
    String providerNpi)
    implements EventRecord {

  @Override
  public String recordType() {
    return "diagnosis";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("condition_id", conditionId)
        .field("date", date)
        .field("icd10", icd10)
        .field("description", description)
        .field("clinical_status", clinicalStatus)
        .field("verification_status", verificationStatus)
        .field("provider_npi", providerNpi);
  }
}
