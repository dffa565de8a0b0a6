package org.healthsim.interchange.internal.sdtm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.healthsim.generation.records.AdverseEvent;
import org.healthsim.generation.records.DoseModification;
import org.healthsim.generation.records.LabResult;
import org.healthsim.generation.records.Observation;
import org.healthsim.generation.records.Randomization;
import org.healthsim.generation.records.Screening;
import org.healthsim.generation.records.TrialVisit;
import org.healthsim.generation.records.Withdrawal;

/** One subject's course through a trial journey: its records, in timeline order. */
final class Course {

  final String study;
  Screening screening;
  Randomization randomization;
  Withdrawal withdrawal;
  final List<TrialVisit> visits = new ArrayList<>();
  final List<AdverseEvent> adverseEvents = new ArrayList<>();
  final List<DoseModification> doseModifications = new ArrayList<>();
  final List<LabResult> labs = new ArrayList<>();
  final List<Observation> observations = new ArrayList<>();
  private String usubjid;

  Course(String study) {
    this.study = study;
  }

  /** Whether the journey recorded anything SDTM holds a subject for: a trial record. */
  boolean hasTrialRecord() {
    return screening != null
        || randomization != null
        || withdrawal != null
        || !visits.isEmpty()
        || !adverseEvents.isEmpty()
        || !doseModifications.isEmpty();
  }

  /** The subject id the trial's records carry. */
  String subjectId() {
    if (screening != null) {
      return screening.subjectId();
    }
    if (randomization != null) {
      return randomization.subjectId();
    }
    if (withdrawal != null) {
      return withdrawal.subjectId();
    }
    if (!visits.isEmpty()) {
      return visits.get(0).subjectId();
    }
    if (!adverseEvents.isEmpty()) {
      return adverseEvents.get(0).subjectId();
    }
    return doseModifications.get(0).subjectId();
  }

  /** USUBJID: the study and the subject id. */
  String usubjid() {
    if (usubjid == null) {
      usubjid = study + "-" + subjectId();
    }
    return usubjid;
  }

  /** Whether the subject failed screening. */
  boolean screenFailed() {
    return screening != null && !screening.passed();
  }

  /** The number of the protocol visit on {@code date}, null when there was none that day. */
  Integer visitNumber(LocalDate date) {
    for (TrialVisit v : visits) {
      if (v.date().equals(date) && v.scheduled()) {
        return v.visitNumber();
      }
    }
    return null;
  }

  /** The last date of the course: the withdrawal, else the last visit, else {@code start}. */
  LocalDate lastDate(LocalDate start) {
    if (withdrawal != null) {
      return withdrawal.date();
    }
    LocalDate last = start;
    for (TrialVisit v : visits) {
      if (v.date().isAfter(last)) {
        last = v.date();
      }
    }
    return last;
  }
}
