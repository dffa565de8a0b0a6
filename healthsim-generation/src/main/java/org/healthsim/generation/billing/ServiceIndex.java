package org.healthsim.generation.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.journey.EventStatus;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.records.Admission;
import org.healthsim.generation.records.Claim;
import org.healthsim.generation.records.Diagnosis;
import org.healthsim.generation.records.Discharge;
import org.healthsim.generation.records.Encounter;
import org.healthsim.generation.records.Fill;
import org.healthsim.generation.records.LabOrder;
import org.healthsim.generation.records.MedicationOrder;
import org.healthsim.generation.records.PharmacyClaim;
import org.healthsim.generation.records.Procedure;

/**
 * The billable services on an executed timeline, each with the event that recorded it, and what
 * claim events of the journeys already bill (so no service is billed twice).
 */
final class ServiceIndex {

  /** A record and the timeline event that produced it. */
  record Service<T extends EventRecord>(TimelineEvent event, T record) {}

  final List<Service<Encounter>> encounters = new ArrayList<>();
  final List<Service<Diagnosis>> diagnoses = new ArrayList<>();
  final List<Service<LabOrder>> labs = new ArrayList<>();
  final List<Service<Procedure>> procedures = new ArrayList<>();
  final List<Service<Admission>> admissions = new ArrayList<>();
  final List<Service<Discharge>> discharges = new ArrayList<>();
  final List<Service<Fill>> fills = new ArrayList<>();

  /** Prescribers by order id, for the fills of the orders. */
  final Map<String, String> prescribers = new HashMap<>();

  /** Service dates a journey's professional claim event bills. */
  final Set<LocalDate> billedProfessional = new HashSet<>();

  /** Admission dates a journey's institutional claim event bills. */
  final Set<LocalDate> billedStays = new HashSet<>();

  /** Fill dates and RxNorm codes ({@code date|rxnorm}) a journey's pharmacy claim event bills. */
  final Set<String> billedFills = new HashSet<>();

  static ServiceIndex of(Timeline timeline) {
    ServiceIndex index = new ServiceIndex();
    for (TimelineEvent e : timeline.events()) {
      if (e.status() == EventStatus.EXECUTED) {
        for (EventRecord r : e.outputs()) {
          index.add(e, r);
        }
      }
    }
    return index;
  }

  private void add(TimelineEvent e, EventRecord r) {
    if (r instanceof Encounter) {
      encounters.add(new Service<>(e, (Encounter) r));
    } else if (r instanceof Diagnosis) {
      diagnoses.add(new Service<>(e, (Diagnosis) r));
    } else if (r instanceof LabOrder) {
      labs.add(new Service<>(e, (LabOrder) r));
    } else if (r instanceof Procedure) {
      procedures.add(new Service<>(e, (Procedure) r));
    } else if (r instanceof Admission) {
      admissions.add(new Service<>(e, (Admission) r));
    } else if (r instanceof Discharge) {
      discharges.add(new Service<>(e, (Discharge) r));
    } else if (r instanceof MedicationOrder) {
      MedicationOrder o = (MedicationOrder) r;
      if (o.prescriberNpi() != null) {
        prescribers.put(o.orderId(), o.prescriberNpi());
      }
    } else if (r instanceof Fill) {
      fills.add(new Service<>(e, (Fill) r));
    } else if (r instanceof Claim) {
      Claim c = (Claim) r;
      (c.type().equals("claim_institutional") ? billedStays : billedProfessional)
          .add(c.serviceDate());
    } else if (r instanceof PharmacyClaim) {
      PharmacyClaim c = (PharmacyClaim) r;
      billedFills.add(c.fillDate() + "|" + c.rxnorm());
    }
  }
}
