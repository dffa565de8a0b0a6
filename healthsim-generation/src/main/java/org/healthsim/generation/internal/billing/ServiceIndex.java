package org.healthsim.generation.internal.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthsim.generation.journey.EventRecord;
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
import org.healthsim.generation.records.PostAcuteStay;
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
  final List<Service<PostAcuteStay>> postAcute = new ArrayList<>();

  /** Prescribers by order id, for the fills of the orders. */
  final Map<String, String> prescribers = new HashMap<>();

  /** Service dates a journey's professional claim event bills. */
  final Set<LocalDate> billedProfessional = new HashSet<>();

  /** Admission dates a journey's institutional claim event bills. */
  final Set<LocalDate> billedStays = new HashSet<>();

  /** Fill dates and RxNorm codes ({@code date|rxnorm}) a journey's pharmacy claim event bills. */
  final Set<String> billedFills = new HashSet<>();

  private static final String SPONSOR = "sponsor";

  static ServiceIndex of(Timeline timeline) {
    ServiceIndex index = new ServiceIndex();
    timeline.forEachExecuted(Encounter.class, (e, r) -> index.encounters.add(new Service<>(e, r)));
    timeline.forEachExecuted(Diagnosis.class, (e, r) -> index.diagnoses.add(new Service<>(e, r)));
    timeline.forEachExecuted(
        LabOrder.class,
        (e, r) -> {
          // A protocol lab of a trial is paid by its sponsor: not billed to the plan.
          if (!SPONSOR.equals(e.parameters().get("paid_by"))) {
            index.labs.add(new Service<>(e, r));
          }
        });
    timeline.forEachExecuted(Procedure.class, (e, r) -> index.procedures.add(new Service<>(e, r)));
    timeline.forEachExecuted(Admission.class, (e, r) -> index.admissions.add(new Service<>(e, r)));
    timeline.forEachExecuted(Discharge.class, (e, r) -> index.discharges.add(new Service<>(e, r)));
    timeline.forEachExecuted(Fill.class, (e, r) -> index.fills.add(new Service<>(e, r)));
    timeline.forEachExecuted(
        PostAcuteStay.class, (e, r) -> index.postAcute.add(new Service<>(e, r)));
    timeline.forEachExecuted(
        MedicationOrder.class,
        (e, o) -> {
          if (o.prescriberNpi() != null) {
            index.prescribers.put(o.orderId(), o.prescriberNpi());
          }
        });
    timeline.forEachExecuted(
        Claim.class,
        (e, c) ->
            (c.type().equals("claim_institutional") ? index.billedStays : index.billedProfessional)
                .add(c.serviceDate()));
    timeline.forEachExecuted(
        PharmacyClaim.class, (e, c) -> index.billedFills.add(c.fillDate() + "|" + c.rxnorm()));
    return index;
  }
}
