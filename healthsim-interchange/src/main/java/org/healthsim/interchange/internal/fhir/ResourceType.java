package org.healthsim.interchange.internal.fhir;

/** The FHIR resource types the Bulk output writes, each to {@code <Type>.ndjson}. */
enum ResourceType {
  PATIENT("Patient"),
  PRACTITIONER("Practitioner"),
  PRACTITIONER_ROLE("PractitionerRole"),
  ORGANIZATION("Organization"),
  LOCATION("Location"),
  COVERAGE("Coverage"),
  ENCOUNTER("Encounter"),
  CONDITION("Condition"),
  OBSERVATION("Observation"),
  PROCEDURE("Procedure"),
  IMMUNIZATION("Immunization"),
  SERVICE_REQUEST("ServiceRequest"),
  MEDICATION_REQUEST("MedicationRequest"),
  MEDICATION_DISPENSE("MedicationDispense"),
  CARE_PLAN("CarePlan"),
  EXPLANATION_OF_BENEFIT("ExplanationOfBenefit"),
  RESEARCH_STUDY("ResearchStudy"),
  RESEARCH_SUBJECT("ResearchSubject"),
  ADVERSE_EVENT("AdverseEvent");

  private final String fhirName;

  ResourceType(String fhirName) {
    this.fhirName = fhirName;
  }

  /** The resource type's FHIR name, {@code ExplanationOfBenefit}. */
  String fhirName() {
    return fhirName;
  }

  /** The Bulk Data file: {@code ExplanationOfBenefit.ndjson}. */
  String fileName() {
    return fhirName + ".ndjson";
  }
}
