package org.healthsim.interchange.internal.fhir;

/**
 * A resource many entities' resources refer to (a clinician, an organization, a payer, a study),
 * written once, where it is first referred to.
 *
 * @param kind what it is
 * @param id its FHIR id: the NPI of a clinician or provider organization, {@code payer-...} for a
 *     payer, the journey id for a study
 * @param name its name, as the records or the provider directory give it
 */
record SharedResource(Kind kind, String id, String name) {

  /** What a shared resource is, and the resource types it is written as. */
  enum Kind {
    /** A Practitioner and their PractitionerRole. */
    CLINICIAN,
    /** An Organization that provides care: a pharmacy, an agency, a trial site. */
    ORGANIZATION,
    /** An Organization with a Location: a hospital or other facility people stay in. */
    FACILITY,
    /** The Organization that pays: a Coverage's payor, an EOB's insurer. */
    PAYER,
    /** A ResearchStudy: a trial journey. */
    STUDY
  }

  /** The resource type references to it name. */
  ResourceType type() {
    switch (kind) {
      case CLINICIAN:
        return ResourceType.PRACTITIONER;
      case STUDY:
        return ResourceType.RESEARCH_STUDY;
      default:
        return ResourceType.ORGANIZATION;
    }
  }

  /** Its reference's type name: {@code Practitioner}, {@code Organization}, ... */
  String typeName() {
    return type().fhirName();
  }
}
