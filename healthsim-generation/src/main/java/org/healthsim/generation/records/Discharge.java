package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.journey.RecordsDeath;
import org.healthsim.generation.json.FieldWriter;

/**
 * The end of an inpatient stay (HL7 ADT A03).
 *
 * @param encounterId the stay
 * @param admitDate when it began
 * @param dischargeDate discharge date
 * @param lengthOfStay days
 * @param dispositionCode UB-04 patient discharge status, such as 01 (home)
 * @param disposition its description
 * @param adtEvent A03
 */
public record Discharge(
    String encounterId,
    LocalDate admitDate,
    LocalDate dischargeDate,
    int lengthOfStay,
    String dispositionCode,
    String disposition,
    String adtEvent)
    implements EventRecord, RecordsDeath {

  /** UB-04 patient status 20, "Expired". */
  public static final String EXPIRED = "20";

  @Override
  public boolean isDeath() {
    return EXPIRED.equals(dispositionCode);
  }

  @Override
  public String recordType() {
    return "discharge";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("encounter_id", encounterId)
        .field("admit_date", admitDate)
        .field("discharge_date", dischargeDate)
        .field("length_of_stay", lengthOfStay)
        .field("disposition_code", dispositionCode)
        .field("disposition", disposition)
        .field("adt_event", adtEvent);
  }
}
