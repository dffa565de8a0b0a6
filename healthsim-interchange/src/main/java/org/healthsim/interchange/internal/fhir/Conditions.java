package org.healthsim.interchange.internal.fhir;

/** What every Condition carries: its clinical and verification status. */
final class Conditions {

  private Conditions() {}

  /** {@code clinicalStatus} and {@code verificationStatus}, as the records name them. */
  static FhirJson statuses(FhirJson json, String clinical, String verification) {
    return json.concept("clinicalStatus", Fhir.CONDITION_CLINICAL, clinical, null)
        .concept("verificationStatus", Fhir.CONDITION_VERIFICATION, verification, null);
  }
}
