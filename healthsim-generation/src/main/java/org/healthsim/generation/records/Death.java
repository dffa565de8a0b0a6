package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.journey.RecordsDeath;
import org.healthsim.generation.json.FieldWriter;

/**
 * The entity's death. Nothing on its timelines executes after it.
 *
 * @param deathId identifier
 * @param date date of death
 * @param causeIcd10 underlying cause, ICD-10-CM ({@code R99} when unknown)
 * @param causeDescription its description
 * @param place where: {@code hospital}, {@code home} or {@code nursing_facility}
 */
public record Death(
    String deathId, LocalDate date, String causeIcd10, String causeDescription, String place)
    implements EventRecord, RecordsDeath {

  @Override
  public String recordType() {
    return "death";
  }

  @Override
  public boolean isDeath() {
    return true;
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("death_id", deathId)
        .field("date", date)
        .field("cause_icd10", causeIcd10)
        .field("cause_description", causeDescription)
        .field("place", place);
  }
}
