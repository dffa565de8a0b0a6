package org.healthsim.interchange.internal.fhir;

import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.records.Admission;
import org.healthsim.generation.records.AdverseEvent;
import org.healthsim.generation.records.CarePlanUpdate;
import org.healthsim.generation.records.Claim;
import org.healthsim.generation.records.Diagnosis;
import org.healthsim.generation.records.Encounter;
import org.healthsim.generation.records.Fill;
import org.healthsim.generation.records.LabOrder;
import org.healthsim.generation.records.LabResult;
import org.healthsim.generation.records.MedicationOrder;
import org.healthsim.generation.records.Observation;
import org.healthsim.generation.records.PharmacyClaim;
import org.healthsim.generation.records.PostAcuteStay;
import org.healthsim.generation.records.Prescription;
import org.healthsim.generation.records.Procedure;
import org.healthsim.generation.records.Referral;
import org.healthsim.generation.records.TrialVisit;

/**
 * Writes one entity's resources: what its profile says (Patient, conditions, medication list,
 * Coverage), then each record of its timeline in timeline order as the resource it is, then its
 * care plans as last updated and its trial enrolments. Records with no FHIR resource of their own
 * (docs/interchange.md lists them) are left out.
 */
final class EntityResources {

  private EntityResources() {}

  /**
   * @param timeline the entity's executed timeline, or {@code null} for a run without journeys
   */
  static void write(GeneratedEntity entity, Timeline timeline, ResourceBuffers out, Directory dir) {
    Subject s = new Subject(entity, timeline, out, dir);
    PatientResources.write(s);
    if (timeline == null) {
      return;
    }
    for (TimelineEvent event : timeline.events()) {
      for (EventRecord r : event.outputs()) {
        record(s, r, event);
      }
    }
    for (CarePlanUpdate plan : s.carePlans.values()) {
      CareResources.carePlan(s, plan);
    }
    TrialResources.subjects(s);
    out.countEvents(timeline.events().size());
  }

  private static void record(Subject s, EventRecord r, TimelineEvent event) {
    if (r instanceof Claim) {
      ClaimResources.medical(s, (Claim) r);
    } else if (r instanceof PharmacyClaim) {
      ClaimResources.pharmacy(s, (PharmacyClaim) r);
    } else if (r instanceof Fill) {
      MedicationResources.fill(s, (Fill) r);
    } else if (r instanceof Diagnosis) {
      CareResources.diagnosis(s, (Diagnosis) r);
    } else if (r instanceof Encounter) {
      CareResources.encounter(s, (Encounter) r);
    } else if (r instanceof LabOrder) {
      CareResources.labOrder(s, (LabOrder) r);
    } else if (r instanceof LabResult) {
      CareResources.labResult(s, (LabResult) r);
    } else if (r instanceof Procedure) {
      CareResources.procedure(s, (Procedure) r);
    } else if (r instanceof MedicationOrder) {
      MedicationResources.order(s, (MedicationOrder) r);
    } else if (r instanceof Prescription) {
      MedicationResources.prescription(s, (Prescription) r);
    } else if (r instanceof Admission) {
      CareResources.admission(s, (Admission) r);
    } else if (r instanceof PostAcuteStay) {
      CareResources.postAcuteStay(s, (PostAcuteStay) r);
    } else if (r instanceof Observation) {
      CareResources.observation(s, (Observation) r);
    } else if (r instanceof Referral) {
      CareResources.referral(s, (Referral) r);
    } else if (r instanceof TrialVisit) {
      CareResources.trialVisit(s, (TrialVisit) r);
    } else if (r instanceof AdverseEvent) {
      TrialResources.adverseEvent(s, (AdverseEvent) r, event.journeyId());
    }
  }
}
