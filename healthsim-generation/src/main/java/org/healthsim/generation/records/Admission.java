package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * An inpatient admission (HL7 ADT A01).
 *
 * @param encounterId the stay
 * @param admitDate admission date
 * @param admissionType emergency, urgent or elective
 * @param facilityNpi hospital NPI
 * @param facilityName hospital
 * @param attendingNpi attending provider NPI
 * @param adtEvent A01
 */
public record Admission(
    String encounterId,
    LocalDate admitDate,
    String admissionType,
    String facilityNpi,
    String facilityName,
    String attendingNpi,
    String adtEvent)
    implements EventRecord {

  @Override
  public String recordType() {
    return "admission";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("encounter_id", encounterId)
        .field("admit_date", admitDate)
        .field("admission_type", admissionType)
        .field("facility_npi", facilityNpi)
        .field("facility_name", facilityName)
        .field("attending_npi", attendingNpi)
        .field("adt_event", adtEvent);
  }
}
