package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A visit: where (place of service), with whom, why, and the E/M code billed for it.
 *
 * @param encounterId identifier
 * @param date date of service
 * @param encounterClass ambulatory, emergency, inpatient, virtual, observation or nonacute (a
 *     nursing facility)
 * @param placeOfService CMS place-of-service code, such as 11 (office)
 * @param cpt CPT evaluation and management code
 * @param cptDescription its description
 * @param providerNpi rendering provider NPI
 * @param providerName rendering provider
 * @param taxonomy rendering provider NUCC taxonomy
 * @param reason why, as the journey names the event
 */
public record Encounter(
    String encounterId,
    LocalDate date,
    String encounterClass,
    String placeOfService,
    String cpt,
    String cptDescription,
    String providerNpi,
    String providerName,
    String taxonomy,
    String reason)
    implements EventRecord {

  @Override
  public String recordType() {
    return "encounter";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("encounter_id", encounterId)
        .field("date", date)
        .field("encounter_class", encounterClass)
        .field("place_of_service", placeOfService)
        .field("cpt", cpt)
        .field("cpt_description", cptDescription)
        .field("provider_npi", providerNpi)
        .field("provider_name", providerName)
        .field("taxonomy", taxonomy)
        .field("reason", reason);
  }
}
