package org.healthsim.interchange.internal.sdtm;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.records.AdverseEvent;
import org.healthsim.generation.records.DoseModification;
import org.healthsim.generation.records.LabResult;
import org.healthsim.generation.records.Observation;
import org.healthsim.generation.records.Randomization;
import org.healthsim.generation.records.Screening;
import org.healthsim.generation.records.TrialVisit;
import org.healthsim.generation.records.Withdrawal;

/**
 * One entity's trial records as SDTM rows: for each trial journey that recorded anything of it (a
 * study, {@code STUDYID} the journey id upper-cased), a DM row, DS rows for informed consent,
 * randomization, screen failure and withdrawal, an SV row per visit, an AE row per adverse event,
 * EX rows of its exposure ({@link Exposure}) and LB and VS rows of the labs and vital signs the
 * journey recorded ({@link Findings}). Controlled terminology as docs/interchange.md lists it.
 */
final class TrialRows {

  private TrialRows() {}

  static void write(GeneratedEntity entity, Timeline timeline, Rows out) {
    Map<String, Course> courses = new LinkedHashMap<>();
    for (TimelineEvent event : timeline.events()) {
      for (EventRecord r : event.outputs()) {
        Course c =
            courses.computeIfAbsent(event.journeyId(), j -> new Course(j.toUpperCase(Locale.ROOT)));
        if (r instanceof Screening) {
          c.screening = (Screening) r;
        } else if (r instanceof Randomization) {
          c.randomization = (Randomization) r;
        } else if (r instanceof Withdrawal) {
          c.withdrawal = (Withdrawal) r;
        } else if (r instanceof TrialVisit) {
          c.visits.add((TrialVisit) r);
        } else if (r instanceof AdverseEvent) {
          c.adverseEvents.add((AdverseEvent) r);
        } else if (r instanceof DoseModification) {
          c.doseModifications.add((DoseModification) r);
        } else if (r instanceof LabResult) {
          c.labs.add((LabResult) r);
        } else if (r instanceof Observation) {
          c.observations.add((Observation) r);
        }
      }
    }
    for (Course c : courses.values()) {
      if (c.hasTrialRecord()) {
        subject(entity, c, out);
        Exposure.write(c, out);
        Findings.write(c, out);
      }
    }
  }

  private static void subject(GeneratedEntity entity, Course c, Rows out) {
    String study = c.study;
    String subjectId = c.subjectId();
    String usubjid = c.usubjid();
    boolean failed = c.screenFailed();
    String armCode =
        failed ? "SCRNFAIL" : c.randomization == null ? "NOTASSGN" : armCode(c.randomization.arm());
    String arm =
        failed
            ? "Screen Failure"
            : c.randomization == null ? "Not Assigned" : c.randomization.arm();
    LocalDate start = referenceStart(c);
    out.start(Domain.DM)
        .text(study)
        .text("DM")
        .text(usubjid)
        .text(subjectId)
        .date(start)
        .date(start == null ? null : c.lastDate(start))
        .text(
            c.randomization != null
                ? c.randomization.siteId()
                : c.screening != null ? c.screening.siteId() : null)
        .date(entity.birthDate())
        .number(entity.age() == null ? 0 : entity.age())
        .text("YEARS")
        .text(Terminology.sex(entity.gender()))
        .text(Terminology.race(entity.race()))
        .text(Terminology.ethnicity(entity.ethnicity()))
        .text(armCode)
        .text(arm)
        .text(armCode)
        .text(arm)
        .text("USA")
        .end();

    int seq = 0;
    if (c.screening != null) {
      disposition(
          out,
          study,
          usubjid,
          ++seq,
          "INFORMED CONSENT OBTAINED",
          "PROTOCOL MILESTONE",
          c.screening.date());
    }
    if (failed) {
      String reason = c.screening.failureReason();
      out.start(Domain.DS)
          .text(study)
          .text("DS")
          .text(usubjid)
          .number(++seq)
          .text(reason == null ? "SCREEN FAILURE" : reason.toUpperCase(Locale.ROOT))
          .text("SCREEN FAILURE")
          .text("DISPOSITION EVENT")
          .date(c.screening.date())
          .end();
    }
    if (c.randomization != null) {
      disposition(
          out, study, usubjid, ++seq, "RANDOMIZED", "PROTOCOL MILESTONE", c.randomization.date());
    }
    if (c.withdrawal != null) {
      out.start(Domain.DS)
          .text(study)
          .text("DS")
          .text(usubjid)
          .number(++seq)
          .text(c.withdrawal.reason().toUpperCase(Locale.ROOT))
          .text(Terminology.dispositionReason(c.withdrawal.withdrawalType()))
          .text("DISPOSITION EVENT")
          .date(c.withdrawal.date())
          .end();
    }

    for (TrialVisit v : c.visits) {
      out.start(Domain.SV)
          .text(study)
          .text("SV")
          .text(usubjid)
          .number(v.visitNumber())
          .text(v.visitName().toUpperCase(Locale.ROOT))
          .date(v.date())
          .date(v.date())
          .end();
    }

    int aeSeq = 0;
    for (AdverseEvent ae : c.adverseEvents) {
      out.start(Domain.AE)
          .text(study)
          .text("AE")
          .text(usubjid)
          .number(++aeSeq)
          .text(ae.aeId())
          .text(ae.term().toUpperCase(Locale.ROOT))
          .text(ae.term().toUpperCase(Locale.ROOT))
          .text(ae.meddraPt())
          .text(Terminology.severity(ae.ctcaeGrade()))
          .text(Integer.toString(ae.ctcaeGrade()))
          .text(ae.serious() ? "Y" : "N")
          .text(ae.relationship() == null ? null : ae.relationship().toUpperCase(Locale.ROOT))
          .text(Terminology.outcome(ae.outcome()))
          .date(ae.onsetDate())
          .end();
    }
  }

  private static void disposition(
      Rows out,
      String study,
      String usubjid,
      int seq,
      String term,
      String category,
      LocalDate date) {
    out.start(Domain.DS)
        .text(study)
        .text("DS")
        .text(usubjid)
        .number(seq)
        .text(term)
        .text(term)
        .text(category)
        .date(date)
        .end();
  }

  /**
   * RFSTDTC: randomization, else (a trial without screening) the first visit; null for a subject
   * screened but never randomized.
   */
  private static LocalDate referenceStart(Course c) {
    if (c.randomization != null) {
      return c.randomization.date();
    }
    if (c.screening == null && !c.visits.isEmpty()) {
      return c.visits.get(0).date();
    }
    return null;
  }

  /** An arm code: the arm's name upper-cased, letters and digits only, at most 20 characters. */
  private static String armCode(String arm) {
    String code = arm.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    return code.length() > 20 ? code.substring(0, 20) : code;
  }
}
