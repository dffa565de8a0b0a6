package org.healthsim.interchange.internal.fhir;

/**
 * The code systems, identifier systems and profiles the FHIR output names (docs/interchange.md
 * lists where each comes from).
 */
final class Fhir {

  private Fhir() {}

  // Code systems (FHIR R4 terminology, US Core 6.1 and CARIN BB 2.x bindings).
  static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
  static final String LOINC = "http://loinc.org";
  static final String UCUM = "http://unitsofmeasure.org";
  static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
  static final String NDC = "http://hl7.org/fhir/sid/ndc";
  static final String CPT = "http://www.ama-assn.org/go/cpt";
  static final String HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
  static final String CVX = "http://hl7.org/fhir/sid/cvx";
  static final String SNOMED = "http://snomed.info/sct";
  static final String NPI = "http://hl7.org/fhir/sid/us-npi";
  static final String NUCC = "http://nucc.org/provider-taxonomy";
  static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
  static final String OMB_RACE_ETHNICITY = "urn:oid:2.16.840.1.113883.6.238";
  static final String CONDITION_CATEGORY =
      "http://terminology.hl7.org/CodeSystem/condition-category";
  static final String CONDITION_CLINICAL =
      "http://terminology.hl7.org/CodeSystem/condition-clinical";
  static final String CONDITION_VERIFICATION =
      "http://terminology.hl7.org/CodeSystem/condition-ver-status";
  static final String OBSERVATION_CATEGORY =
      "http://terminology.hl7.org/CodeSystem/observation-category";
  static final String INTERPRETATION =
      "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
  static final String IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203";
  static final String ORGANIZATION_TYPE = "http://terminology.hl7.org/CodeSystem/organization-type";
  static final String COVERAGE_CLASS = "http://terminology.hl7.org/CodeSystem/coverage-class";
  static final String SUBSCRIBER_RELATIONSHIP =
      "http://terminology.hl7.org/CodeSystem/subscriber-relationship";
  static final String PAYER_TYPE = "https://nahdo.org/sopt";
  static final String DISCHARGE_DISPOSITION = "https://www.nubc.org/CodeSystem/PatDischargeStatus";
  static final String CAREPLAN_CATEGORY =
      "http://hl7.org/fhir/us/core/CodeSystem/careplan-category";
  static final String CLAIM_TYPE = "http://terminology.hl7.org/CodeSystem/claim-type";
  static final String ADJUDICATION = "http://terminology.hl7.org/CodeSystem/adjudication";
  static final String DIAGNOSIS_TYPE = "http://terminology.hl7.org/CodeSystem/ex-diagnosistype";
  static final String RELATED_CLAIM =
      "http://terminology.hl7.org/CodeSystem/ex-relatedclaimrelationship";
  static final String PLACE_OF_SERVICE =
      "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set";
  static final String REVENUE_CODE = "https://www.nubc.org/CodeSystem/RevenueCodes";
  static final String TYPE_OF_BILL = "https://www.nubc.org/CodeSystem/TypeOfBill";
  static final String MS_DRG = "https://www.cms.gov/Medicare/Coding/ICD10/MS-DRG";
  static final String CARC = "https://x12.org/codes/claim-adjustment-reason-codes";
  static final String DATA_ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
  static final String FILL_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
  static final String RESEARCH_STUDY_STATUS = "http://hl7.org/fhir/research-study-status";
  static final String MEDDRA = "http://terminology.hl7.org/CodeSystem/mdr";
  static final String AE_SERIOUSNESS =
      "http://terminology.hl7.org/CodeSystem/adverse-event-seriousness";
  static final String AE_SEVERITY = "http://terminology.hl7.org/CodeSystem/adverse-event-severity";
  static final String AE_OUTCOME = "http://terminology.hl7.org/CodeSystem/adverse-event-outcome";
  static final String AE_CAUSALITY =
      "http://terminology.hl7.org/CodeSystem/adverse-event-causality-assess";

  // CARIN Blue Button 2.x code systems.
  static final String C4BB = "http://hl7.org/fhir/us/carin-bb/CodeSystem/";
  static final String C4BB_IDENTIFIER_TYPE = C4BB + "C4BBIdentifierType";
  static final String C4BB_ADJUDICATION = C4BB + "C4BBAdjudication";
  static final String C4BB_DISCRIMINATOR = C4BB + "C4BBAdjudicationDiscriminator";
  static final String C4BB_PAYER_STATUS = C4BB + "C4BBPayerAdjudicationStatus";
  static final String C4BB_SUPPORTING_INFO = C4BB + "C4BBSupportingInfoType";
  static final String C4BB_CARE_TEAM_ROLE = C4BB + "C4BBClaimCareTeamRole";
  static final String C4BB_DIAGNOSIS_TYPE = C4BB + "C4BBClaimDiagnosisType";
  static final String C4BB_INSTITUTIONAL_SUBTYPE = C4BB + "C4BBInstitutionalClaimSubType";

  // Extensions.
  static final String US_CORE = "http://hl7.org/fhir/us/core/StructureDefinition/";
  static final String RACE = US_CORE + "us-core-race";
  static final String ETHNICITY = US_CORE + "us-core-ethnicity";
  static final String BIRTH_SEX = US_CORE + "us-core-birthsex";
  static final String DATA_ABSENT_REASON =
      "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

  // Our identifier systems: stable, and never mistaken for a real registry.
  static final String ID_SYSTEM = "urn:healthsim:";

  // US Core 6.1 profiles.
  static final String PATIENT = US_CORE + "us-core-patient";
  static final String PRACTITIONER = US_CORE + "us-core-practitioner";
  static final String PRACTITIONER_ROLE = US_CORE + "us-core-practitionerrole";
  static final String ORGANIZATION = US_CORE + "us-core-organization";
  static final String LOCATION = US_CORE + "us-core-location";
  static final String ENCOUNTER = US_CORE + "us-core-encounter";
  static final String CONDITION = US_CORE + "us-core-condition-problems-health-concerns";
  static final String LAB_RESULT = US_CORE + "us-core-observation-lab";
  static final String BLOOD_PRESSURE = US_CORE + "us-core-blood-pressure";
  static final String BMI = US_CORE + "us-core-bmi";
  static final String PROCEDURE = US_CORE + "us-core-procedure";
  static final String IMMUNIZATION = US_CORE + "us-core-immunization";
  static final String SERVICE_REQUEST = US_CORE + "us-core-servicerequest";
  static final String MEDICATION_REQUEST = US_CORE + "us-core-medicationrequest";
  static final String MEDICATION_DISPENSE = US_CORE + "us-core-medicationdispense";
  static final String CARE_PLAN = US_CORE + "us-core-careplan";
  static final String COVERAGE = US_CORE + "us-core-coverage";

  // CARIN BB 2.x profiles.
  static final String CARIN = "http://hl7.org/fhir/us/carin-bb/StructureDefinition/";
  static final String EOB_PROFESSIONAL =
      CARIN + "C4BB-ExplanationOfBenefit-Professional-NonClinician";
  static final String EOB_INPATIENT = CARIN + "C4BB-ExplanationOfBenefit-Inpatient-Institutional";
  static final String EOB_OUTPATIENT = CARIN + "C4BB-ExplanationOfBenefit-Outpatient-Institutional";
  static final String EOB_PHARMACY = CARIN + "C4BB-ExplanationOfBenefit-Pharmacy";
}
