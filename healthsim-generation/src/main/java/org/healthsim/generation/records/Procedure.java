package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A procedure performed, coded in CPT or HCPCS.
 *
 * @param procedureId identifier
 * @param date date
 * @param code CPT or HCPCS Level II code
 * @param codeSystem CPT or HCPCS
 * @param description its description
 * @param units billing units (a drug's dose over its HCPCS amount, an ambulance's loaded miles;
 *     else 1)
 * @param placeOfService CMS place-of-service code
 * @param performerNpi performing provider
 */
public record Procedure(
    String procedureId,
    LocalDate date,
    String code,
    String codeSystem,
    String description,
    int units,
    String placeOfService,
    String performerNpi)
    implements EventRecord {

  @Override
  public String recordType() {
    return "procedure";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("procedure_id", procedureId)
        .field("date", date)
        .field("code", code)
        .field("code_system", codeSystem)
        .field("description", description)
        .field("units", units)
        .field("place_of_service", placeOfService)
        .field("performer_npi", performerNpi);
  }
}
