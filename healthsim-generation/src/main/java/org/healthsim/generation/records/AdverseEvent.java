package org.healthsim.generation.records;

import java.time.LocalDate;
import java.util.List;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * An adverse event in a trial ({@code adverse_event}, or {@code serious_adverse_event} when
 * serious).
 *
 * @param aeId identifier
 * @param subjectId subject
 * @param onsetDate onset
 * @param term reported term
 * @param meddraPt MedDRA preferred term
 * @param ctcaeGrade CTCAE grade 1-5
 * @param serious whether it meets a seriousness criterion
 * @param seriousnessCriteria which ones (hospitalization, ...), empty when not serious
 * @param relationship to the study drug: not related, unlikely, possibly, probably, related
 * @param outcome recovered, recovering, not recovered, ...
 */
public record AdverseEvent(
    String aeId,
    String subjectId,
    LocalDate onsetDate,
    String term,
    String meddraPt,
    int ctcaeGrade,
    boolean serious,
    List<String> seriousnessCriteria,
    String relationship,
    String outcome)
    implements EventRecord {

  public AdverseEvent {
    seriousnessCriteria = List.copyOf(seriousnessCriteria);
  }

  @Override
  public String recordType() {
    return serious ? "serious_adverse_event" : "adverse_event";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("ae_id", aeId)
        .field("subject_id", subjectId)
        .field("onset_date", onsetDate)
        .field("term", term)
        .field("meddra_pt", meddraPt)
        .field("ctcae_grade", ctcaeGrade)
        .field("serious", serious)
        .strings("seriousness_criteria", seriousnessCriteria)
        .field("relationship", relationship)
        .field("outcome", outcome);
  }
}
