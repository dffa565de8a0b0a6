package org.healthsim.interchange.internal.fhir;

import java.util.Map;
import org.healthsim.generation.records.AdverseEvent;

/**
 * A trial journey's course as a ResearchSubject of its ResearchStudy (one study per trial journey),
 * and its adverse events as AdverseEvents.
 */
final class TrialResources {

  private TrialResources() {}

  /** The entity's ResearchSubject in each trial journey it was screened for. */
  static void subjects(Subject s) {
    for (Map.Entry<String, Subject.Trial> e : s.trials.entrySet()) {
      Subject.Trial trial = e.getValue();
      if (trial.screening == null) {
        continue;
      }
      SharedResource study = study(s, e.getKey());
      String status;
      if (trial.withdrawal != null) {
        status = "withdrawn";
      } else if (!trial.screening.passed()) {
        status = "ineligible";
      } else if (trial.randomization != null) {
        status = "on-study";
      } else {
        status = "eligible";
      }
      String subjectId = trial.screening.subjectId();
      FhirJson json =
          s.out
              .start(ResourceType.RESEARCH_SUBJECT, s.id(study.id() + "-subject"))
              .identifier(Fhir.ID_SYSTEM + "subject-id", subjectId)
              .text("status", status)
              .period(
                  "period",
                  trial.screening.date(),
                  trial.withdrawal == null ? null : trial.withdrawal.date())
              .reference("study", "ResearchStudy", study.id())
              .reference("individual", "Patient", s.patientId);
      if (trial.randomization != null) {
        json.text("assignedArm", trial.randomization.arm());
      }
      json.endResource();
    }
  }

  static void adverseEvent(Subject s, AdverseEvent r, String journeyId) {
    FhirJson json =
        s.out
            .start(ResourceType.ADVERSE_EVENT, s.id(r.aeId()))
            .object("identifier")
            .text("system", Fhir.ID_SYSTEM + "ae-id")
            .text("value", r.aeId())
            .end()
            .text("actuality", "actual")
            .object("event")
            .array("coding")
            .coding(Fhir.MEDDRA, r.meddraPt(), r.term())
            .end()
            .text("text", r.term())
            .end()
            .reference("subject", "Patient", s.patientId)
            .date("date", r.onsetDate())
            .concept(
                "seriousness",
                Fhir.AE_SERIOUSNESS,
                r.serious() ? "Serious" : "Non-serious",
                r.serious() ? "Serious" : "Non-serious")
            .concept("severity", Fhir.AE_SEVERITY, severity(r.ctcaeGrade()), null);
    String outcome = outcome(r.outcome());
    if (outcome != null) {
      json.concept("outcome", Fhir.AE_OUTCOME, outcome, null);
    }
    if (s.trials.containsKey(journeyId)) {
      json.array("study").referenceItem("ResearchStudy", study(s, journeyId).id()).end();
    }
    json.endResource();
  }

  private static SharedResource study(Subject s, String journeyId) {
    return s.refer(
        new SharedResource(SharedResource.Kind.STUDY, FhirIds.clean(journeyId), journeyId));
  }

  /** CTCAE grades 1 and 2 are mild and moderate; 3 and above severe. */
  private static String severity(int grade) {
    return grade <= 1 ? "mild" : grade == 2 ? "moderate" : "severe";
  }

  private static String outcome(String outcome) {
    if (outcome == null) {
      return null;
    }
    switch (outcome) {
      case "recovered":
      case "resolved":
        return "resolved";
      case "recovering":
      case "resolving":
        return "recovering";
      case "not recovered":
      case "ongoing":
        return "ongoing";
      case "recovered with sequelae":
        return "resolvedWithSequelae";
      case "fatal":
        return "fatal";
      default:
        return "unknown";
    }
  }
}
