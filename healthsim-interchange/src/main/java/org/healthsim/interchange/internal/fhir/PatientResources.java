package org.healthsim.interchange.internal.fhir;

import org.healthsim.generation.person.Address;
import org.healthsim.generation.person.Person;
import org.healthsim.generation.profile.Coverage;
import org.healthsim.generation.profile.EntityCondition;
import org.healthsim.generation.profile.EntityMedication;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.profile.Identifiers;
import org.healthsim.interchange.internal.Payers;

/**
 * What the profile says of an entity: its Patient (US Core Patient), its standing conditions
 * (Conditions on the problem list), its medication list (MedicationRequests as reported) and its
 * Coverage with the payer.
 */
final class PatientResources {

  private PatientResources() {}

  static void write(Subject s) {
    patient(s);
    for (EntityCondition c : s.entity.conditions()) {
      condition(s, c);
    }
    for (EntityMedication m : s.entity.medications()) {
      medication(s, m);
    }
    if (s.payer != null) {
      coverage(s);
    }
  }

  private static void patient(Subject s) {
    GeneratedEntity e = s.entity;
    FhirJson json = s.out.start(ResourceType.PATIENT, s.patientId).profile(Fhir.PATIENT);
    boolean birthSex = "F".equals(e.gender()) || "M".equals(e.gender());
    if (e.race() != null || e.ethnicity() != null || birthSex) {
      json.array("extension");
      category(json, Fhir.RACE, e.race(), Terminology.race(e.race()).orElse(null));
      category(
          json, Fhir.ETHNICITY, e.ethnicity(), Terminology.ethnicity(e.ethnicity()).orElse(null));
      if (birthSex) {
        json.item().text("url", Fhir.BIRTH_SEX).text("valueCode", e.gender()).end();
      }
      json.end();
    }
    Identifiers ids = e.identifiers();
    json.array("identifier");
    identifier(
        json, "MR", "Medical record number", "patient-id", ids == null ? null : ids.patientId());
    identifier(json, "MB", "Member Number", "member-id", ids == null ? null : ids.memberId());
    identifier(json, "RI", "Resource identifier", "entity-id", e.entityId());
    json.end().bool("active", true);
    Person person = e.person();
    if (person != null) {
      json.array("name")
          .item()
          .text("use", "official")
          .text("family", person.familyName())
          .array("given")
          .textItem(person.givenName())
          .end()
          .end()
          .end();
      json.array("telecom")
          .item()
          .text("system", "phone")
          .text("value", person.phone())
          .text("use", "home")
          .end()
          .end();
    } else {
      // US Core: a name, or the reason there is none.
      json.array("name")
          .item()
          .array("extension")
          .item()
          .text("url", Fhir.DATA_ABSENT_REASON)
          .text("valueCode", "masked")
          .end()
          .end()
          .end()
          .end();
    }
    json.text("gender", gender(e.gender())).date("birthDate", e.birthDate());
    if (s.deathDate != null) {
      json.date("deceasedDateTime", s.deathDate);
    }
    if (person != null && person.address() != null) {
      Address a = person.address();
      json.array("address")
          .item()
          .text("use", "home")
          .array("line")
          .textItem(a.line())
          .end()
          .text("city", a.city())
          .text("district", a.county())
          .text("state", a.state())
          .text("postalCode", a.zip())
          .text("country", "US")
          .end()
          .end();
    } else if (e.state() != null) {
      json.array("address").item().text("state", e.state()).text("country", "US").end().end();
    }
    json.endResource();
  }

  /** A US Core race or ethnicity extension: the OMB category when known, and the text. */
  private static void category(FhirJson json, String url, String label, Terminology.Code omb) {
    if (label == null) {
      return;
    }
    json.item().text("url", url).array("extension");
    if (omb != null) {
      json.item()
          .text("url", "ombCategory")
          .object("valueCoding")
          .text("system", Fhir.OMB_RACE_ETHNICITY)
          .text("code", omb.code())
          .text("display", omb.display())
          .end()
          .end();
    }
    json.item().text("url", "text").text("valueString", label).end().end().end();
  }

  private static void identifier(
      FhirJson json, String type, String display, String system, String value) {
    if (value == null) {
      return;
    }
    json.item()
        .object("type")
        .array("coding")
        .coding(Fhir.IDENTIFIER_TYPE, type, display)
        .end()
        .end()
        .text("system", Fhir.ID_SYSTEM + system)
        .text("value", value)
        .end();
  }

  private static String gender(String gender) {
    if (gender == null) {
      return "unknown";
    }
    switch (gender) {
      case "F":
        return "female";
      case "M":
        return "male";
      default:
        return "other";
    }
  }

  private static void condition(Subject s, EntityCondition c) {
    FhirJson json =
        s.out.start(ResourceType.CONDITION, s.id("condition-" + c.code())).profile(Fhir.CONDITION);
    Conditions.statuses(json, "active", "confirmed")
        .concepts("category", Fhir.CONDITION_CATEGORY, "problem-list-item", "Problem List Item")
        .concept("code", Fhir.ICD10CM, c.code(), c.description())
        .reference("subject", "Patient", s.patientId)
        .endResource();
  }

  private static void medication(Subject s, EntityMedication m) {
    s.out
        .start(ResourceType.MEDICATION_REQUEST, s.id("medication-" + m.rxnorm()))
        .profile(Fhir.MEDICATION_REQUEST)
        .text("status", "active")
        .text("intent", "order")
        .bool("reportedBoolean", true)
        .concept("medicationCodeableConcept", Fhir.RXNORM, m.rxnorm(), m.name())
        .reference("subject", "Patient", s.patientId)
        .endResource();
  }

  private static void coverage(Subject s) {
    Coverage c = s.entity.coverage();
    Payers.Payer payer = Payers.of(c, s.entity.age());
    s.refer(s.payer);
    Identifiers ids = s.entity.identifiers();
    String memberId = ids == null ? null : ids.memberId();
    FhirJson json = s.out.start(ResourceType.COVERAGE, s.coverageId()).profile(Fhir.COVERAGE);
    if (memberId != null) {
      json.array("identifier")
          .item()
          .object("type")
          .array("coding")
          .coding(Fhir.IDENTIFIER_TYPE, "MB", "Member Number")
          .end()
          .end()
          .text("system", Fhir.ID_SYSTEM + "member-id")
          .text("value", memberId)
          .end()
          .end();
    }
    json.text("status", "active")
        .concept("type", Fhir.PAYER_TYPE, payer.soptCode(), payer.soptDisplay())
        .text("subscriberId", memberId)
        .reference("beneficiary", "Patient", s.patientId)
        .concept("relationship", Fhir.SUBSCRIBER_RELATIONSHIP, "self", "Self")
        .period("period", c.effectiveDate(), s.coverageEnd)
        .array("payor")
        .referenceItem("Organization", s.payer.id())
        .end();
    if (c.groupId() != null || c.plan() != null) {
      json.array("class");
      if (c.groupId() != null) {
        coverageClass(json, "group", "Group", c.groupId(), null);
      }
      if (c.plan() != null) {
        coverageClass(json, "plan", "Plan", c.plan(), c.plan());
      }
      json.end();
    }
    json.endResource();
  }

  private static void coverageClass(
      FhirJson json, String type, String display, String value, String name) {
    json.item()
        .concept("type", Fhir.COVERAGE_CLASS, type, display)
        .text("value", value)
        .text("name", name)
        .end();
  }
}
