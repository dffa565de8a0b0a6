package org.healthsim.interchange.internal.fhir;

import java.time.LocalDate;
import org.healthsim.generation.records.Fill;
import org.healthsim.generation.records.MedicationOrder;
import org.healthsim.generation.records.Prescription;

/**
 * Orders and prescriptions as MedicationRequests, fills as MedicationDispenses (US Core): a fill
 * refers to its order when the timeline holds it, and a reversed fill is {@code cancelled}.
 */
final class MedicationResources {

  private MedicationResources() {}

  static void order(Subject s, MedicationOrder r) {
    FhirJson json = request(s, r.orderId(), r.rxnorm(), r.drugName(), r.date(), r.prescriberNpi());
    if (r.reasonIcd10() != null) {
      json.concepts("reasonCode", Fhir.ICD10CM, r.reasonIcd10(), null);
    }
    if (r.sig() != null) {
      json.array("dosageInstruction").item().text("text", r.sig()).end().end();
    }
    dispenseRequest(json, r.refills(), r.quantity(), r.daysSupply()).endResource();
  }

  /** A pharmacy's prescription, unless it is the order the timeline already holds. */
  static void prescription(Subject s, Prescription r) {
    if (s.medicationOrders.contains(r.rxNumber())) {
      return;
    }
    FhirJson json =
        request(s, r.rxNumber(), r.rxnorm(), r.drugName(), r.writtenDate(), r.prescriberNpi());
    dispenseRequest(json, r.refillsAuthorized(), r.quantity(), r.daysSupply()).endResource();
  }

  private static FhirJson request(
      Subject s, String id, String rxnorm, String drug, LocalDate date, String prescriberNpi) {
    FhirJson json =
        s.record(ResourceType.MEDICATION_REQUEST, Fhir.MEDICATION_REQUEST, "rx-number", id)
            .text("status", "active")
            .text("intent", "order")
            .concept("medicationCodeableConcept", Fhir.RXNORM, rxnorm, drug)
            .reference("subject", "Patient", s.patientId)
            .date("authoredOn", date);
    return s.providerReference(json, "requester", prescriberNpi, null);
  }

  private static FhirJson dispenseRequest(FhirJson json, int refills, int quantity, int days) {
    return json.object("dispenseRequest")
        .number("numberOfRepeatsAllowed", refills)
        .object("quantity")
        .number("value", quantity)
        .end()
        .object("expectedSupplyDuration")
        .number("value", days)
        .text("unit", "days")
        .text("system", Fhir.UCUM)
        .text("code", "d")
        .end()
        .end();
  }

  static void fill(Subject s, Fill r) {
    FhirJson json =
        s.record(ResourceType.MEDICATION_DISPENSE, Fhir.MEDICATION_DISPENSE, "fill-id", r.fillId())
            .text("status", s.reversedFills.contains(r.fillId()) ? "cancelled" : "completed")
            .object("medicationCodeableConcept")
            .array("coding")
            .coding(Fhir.RXNORM, r.rxnorm(), r.drugName());
    if (r.ndc() != null) {
      json.coding(Fhir.NDC, r.ndc(), null);
    }
    json.end().end().reference("subject", "Patient", s.patientId);
    CareResources.performer(s, json, r.pharmacyNpi(), r.pharmacyName());
    if (s.medicationOrders.contains(r.rxNumber()) || s.prescriptions.contains(r.rxNumber())) {
      json.array("authorizingPrescription")
          .referenceItem("MedicationRequest", s.id(r.rxNumber()))
          .end();
    }
    json.concept(
            "type",
            Fhir.ACT_CODE,
            r.fillNumber() == 0 ? "FF" : "RF",
            r.fillNumber() == 0 ? "First Fill" : "Refill")
        .object("quantity")
        .number("value", r.quantity())
        .end()
        .object("daysSupply")
        .number("value", r.daysSupply())
        .text("unit", "days")
        .text("system", Fhir.UCUM)
        .text("code", "d")
        .end()
        .date("whenHandedOver", r.date())
        .endResource();
  }
}
