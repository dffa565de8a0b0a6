package org.healthsim.interchange.internal.fhir;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.records.CarePlanUpdate;
import org.healthsim.generation.records.Death;
import org.healthsim.generation.records.Discharge;
import org.healthsim.generation.records.LabOrder;
import org.healthsim.generation.records.MedicationOrder;
import org.healthsim.generation.records.Prescription;
import org.healthsim.generation.records.Randomization;
import org.healthsim.generation.records.Reversal;
import org.healthsim.generation.records.Screening;
import org.healthsim.generation.records.Termination;
import org.healthsim.generation.records.Withdrawal;
import org.healthsim.interchange.internal.Payers;

/**
 * One entity as its resources see it: its ids, its payer, and what its timeline says that a
 * resource written earlier in the timeline needs (a stay's discharge, a fill's reversal, the orders
 * results refer to, a trial's course). Gathered in one pass before the resources are written.
 */
final class Subject {

  /** A trial journey's course for this entity. */
  static final class Trial {
    Screening screening;
    Randomization randomization;
    Withdrawal withdrawal;
  }

  final GeneratedEntity entity;
  final String patientId;
  final ResourceBuffers out;
  final Directory directory;
  final SharedResource payer;

  final Set<String> labOrders = new HashSet<>();
  final Set<String> medicationOrders = new HashSet<>();
  final Set<String> prescriptions = new HashSet<>();
  final Set<String> reversedFills = new HashSet<>();
  final Map<String, Discharge> discharges = new HashMap<>();
  final Map<String, CarePlanUpdate> carePlans = new LinkedHashMap<>();
  final Map<String, Trial> trials = new LinkedHashMap<>();
  LocalDate deathDate;
  LocalDate coverageEnd;

  Subject(GeneratedEntity entity, Timeline timeline, ResourceBuffers out, Directory directory) {
    this.entity = entity;
    this.patientId = FhirIds.clean(entity.entityId());
    this.out = out;
    this.directory = directory;
    this.payer =
        Payers.insured(entity.coverage())
            ? payerOf(Payers.of(entity.coverage(), entity.age()))
            : null;
    if (timeline != null) {
      for (TimelineEvent event : timeline.events()) {
        for (EventRecord r : event.outputs()) {
          gather(event, r);
        }
      }
    }
  }

  private static SharedResource payerOf(Payers.Payer payer) {
    return new SharedResource(SharedResource.Kind.PAYER, payer.id(), payer.name());
  }

  private void gather(TimelineEvent event, EventRecord r) {
    if (r instanceof LabOrder) {
      labOrders.add(((LabOrder) r).orderId());
    } else if (r instanceof MedicationOrder) {
      medicationOrders.add(((MedicationOrder) r).orderId());
    } else if (r instanceof Prescription) {
      prescriptions.add(((Prescription) r).rxNumber());
    } else if (r instanceof Reversal) {
      reversedFills.add(((Reversal) r).fillId());
    } else if (r instanceof Discharge) {
      discharges.put(((Discharge) r).encounterId(), (Discharge) r);
    } else if (r instanceof CarePlanUpdate) {
      // A plan's updates share its id: the resource is the plan as last updated.
      carePlans.put(((CarePlanUpdate) r).carePlanId(), (CarePlanUpdate) r);
    } else if (r instanceof Death) {
      deathDate = ((Death) r).date();
    } else if (r instanceof Termination) {
      coverageEnd = ((Termination) r).terminationDate();
    } else if (r instanceof Screening) {
      trial(event).screening = (Screening) r;
    } else if (r instanceof Randomization) {
      trial(event).randomization = (Randomization) r;
    } else if (r instanceof Withdrawal) {
      trial(event).withdrawal = (Withdrawal) r;
    }
  }

  private Trial trial(TimelineEvent event) {
    return trials.computeIfAbsent(event.journeyId(), j -> new Trial());
  }

  /** The FHIR id of this entity's record {@code recordId}: unique in the run. */
  String id(String recordId) {
    return FhirIds.of(patientId, recordId);
  }

  /**
   * Starts the resource of this entity's record {@code recordId}: its id, its profile, and the
   * record's id as its identifier under {@code urn:healthsim:<idKind>}.
   */
  FhirJson record(ResourceType type, String profile, String idKind, String recordId) {
    return out.start(type, id(recordId))
        .profile(profile)
        .identifier(Fhir.ID_SYSTEM + idKind, recordId);
  }

  /** The id of this entity's Coverage. */
  String coverageId() {
    return patientId + "-coverage";
  }

  /** Refers to {@code resource} from this entity's resources, and returns it. */
  SharedResource refer(SharedResource resource) {
    return out.refer(resource);
  }

  /** A clinician or organization by NPI, referred to; {@code null} for a null NPI. */
  SharedResource provider(String npi, String name) {
    return npi == null ? null : refer(directory.provider(npi, name));
  }

  /** Writes {@code "name":{"reference":"Practitioner/npi"}} for a provider, if known. */
  FhirJson providerReference(FhirJson json, String name, String npi, String displayName) {
    SharedResource p = provider(npi, displayName);
    return p == null ? json : json.reference(name, p.typeName(), p.id());
  }

  /** The entity's diagnosis codes in the order its conditions list them. */
  List<String> conditionCodes() {
    return entity.conditions().stream().map(c -> c.code()).toList();
  }
}
