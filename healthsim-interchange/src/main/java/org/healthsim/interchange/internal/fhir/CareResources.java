package org.healthsim.interchange.internal.fhir;

import org.healthsim.generation.records.Admission;
import org.healthsim.generation.records.CarePlanUpdate;
import org.healthsim.generation.records.Diagnosis;
import org.healthsim.generation.records.Discharge;
import org.healthsim.generation.records.Encounter;
import org.healthsim.generation.records.LabOrder;
import org.healthsim.generation.records.LabResult;
import org.healthsim.generation.records.Observation;
import org.healthsim.generation.records.PostAcuteStay;
import org.healthsim.generation.records.Procedure;
import org.healthsim.generation.records.Referral;
import org.healthsim.generation.records.TrialVisit;

/**
 * The clinical records as US Core resources: visits and stays as Encounters, diagnoses as
 * Conditions, lab orders and referrals as ServiceRequests, results and vitals as Observations,
 * procedures as Procedures (vaccinations as Immunizations) and care plans as CarePlans.
 */
final class CareResources {

  private static final String SNOMED_LAB_PROCEDURE = "108252007";
  private static final String SNOMED_REFERRAL = "3457005";
  private static final String BLOOD_PRESSURE_PANEL = "85354-9";
  private static final String BMI_LOINC = "39156-5";

  private CareResources() {}

  static void encounter(Subject s, Encounter r) {
    FhirJson json =
        s.record(ResourceType.ENCOUNTER, Fhir.ENCOUNTER, "encounter-id", r.encounterId())
            .text("status", "finished");
    encounterClass(json, r.encounterClass());
    json.concepts("type", Fhir.CPT, r.cpt(), r.cptDescription())
        .reference("subject", "Patient", s.patientId);
    participant(s, json, r.providerNpi(), r.providerName());
    json.period("period", r.date(), r.date());
    if (r.reason() != null) {
      json.array("reasonCode").item().text("text", r.reason()).end().end();
    }
    json.endResource();
  }

  /** An inpatient stay: its admission, with its discharge when the timeline has one. */
  static void admission(Subject s, Admission r) {
    Discharge discharge = s.discharges.get(r.encounterId());
    FhirJson json =
        s.record(ResourceType.ENCOUNTER, Fhir.ENCOUNTER, "encounter-id", r.encounterId())
            .text("status", discharge != null ? "finished" : "in-progress")
            .coding("class", Fhir.ACT_CODE, "IMP", "inpatient encounter")
            .array("type")
            .item()
            .array("coding")
            .coding(Fhir.SNOMED, "32485007", "Hospital admission")
            .end()
            .text("text", r.admissionType() + " admission")
            .end()
            .end()
            .reference("subject", "Patient", s.patientId);
    participant(s, json, r.attendingNpi(), null);
    json.period("period", r.admitDate(), discharge == null ? null : discharge.dischargeDate());
    SharedResource facility = s.refer(s.directory.facility(r.facilityNpi(), r.facilityName()));
    if (discharge != null && discharge.dispositionCode() != null) {
      json.object("hospitalization")
          .concept(
              "dischargeDisposition",
              Fhir.DISCHARGE_DISPOSITION,
              discharge.dispositionCode(),
              discharge.disposition())
          .end();
    }
    json.array("location")
        .item()
        .reference("location", "Location", facility.id())
        .end()
        .end()
        .reference("serviceProvider", "Organization", facility.id())
        .endResource();
  }

  static void postAcuteStay(Subject s, PostAcuteStay r) {
    boolean home = !"skilled_nursing".equals(r.setting());
    FhirJson json =
        s.record(ResourceType.ENCOUNTER, Fhir.ENCOUNTER, "encounter-id", r.episodeId())
            .text("status", "finished")
            .coding(
                "class",
                Fhir.ACT_CODE,
                home ? "HH" : "NONAC",
                home ? "home health" : "inpatient non-acute")
            .array("type")
            .item()
            .text("text", r.setting().replace('_', ' '))
            .end()
            .end()
            .reference("subject", "Patient", s.patientId)
            .period("period", r.startDate(), r.endDate());
    if (r.icd10() != null) {
      json.concepts("reasonCode", Fhir.ICD10CM, r.icd10(), null);
    }
    SharedResource agency = s.provider(r.providerNpi(), r.providerName());
    if (agency != null) {
      json.reference("serviceProvider", agency.typeName(), agency.id());
    }
    json.endResource();
  }

  static void trialVisit(Subject s, TrialVisit r) {
    s.record(ResourceType.ENCOUNTER, Fhir.ENCOUNTER, "visit-id", r.visitId())
        .text("status", "finished")
        .coding("class", Fhir.ACT_CODE, "AMB", "ambulatory")
        .array("type")
        .item()
        .text("text", r.visitName())
        .end()
        .end()
        .reference("subject", "Patient", s.patientId)
        .period("period", r.date(), r.date())
        .endResource();
  }

  private static void encounterClass(FhirJson json, String recordClass) {
    String code;
    String display;
    switch (recordClass == null ? "" : recordClass) {
      case "emergency":
        code = "EMER";
        display = "emergency";
        break;
      case "observation":
        code = "OBSENC";
        display = "observation encounter";
        break;
      case "nonacute":
        code = "NONAC";
        display = "inpatient non-acute";
        break;
      case "virtual":
        code = "VR";
        display = "virtual";
        break;
      case "home":
        code = "HH";
        display = "home health";
        break;
      default:
        code = "AMB";
        display = "ambulatory";
    }
    json.coding("class", Fhir.ACT_CODE, code, display);
  }

  private static void participant(Subject s, FhirJson json, String npi, String name) {
    SharedResource p = s.provider(npi, name);
    if (p != null && p.kind() == SharedResource.Kind.CLINICIAN) {
      json.array("participant").item().reference("individual", "Practitioner", p.id()).end().end();
    }
  }

  static void diagnosis(Subject s, Diagnosis r) {
    FhirJson json =
        s.out.start(ResourceType.CONDITION, s.id(r.conditionId())).profile(Fhir.CONDITION);
    Conditions.statuses(json, r.clinicalStatus(), r.verificationStatus())
        .concepts("category", Fhir.CONDITION_CATEGORY, "problem-list-item", "Problem List Item")
        .concept("code", Fhir.ICD10CM, r.icd10(), r.description())
        .reference("subject", "Patient", s.patientId)
        .date("onsetDateTime", r.date())
        .date("recordedDate", r.date());
    s.providerReference(json, "asserter", r.providerNpi(), null).endResource();
  }

  static void labOrder(Subject s, LabOrder r) {
    FhirJson json =
        s.record(ResourceType.SERVICE_REQUEST, Fhir.SERVICE_REQUEST, "order-id", r.orderId())
            .text("status", "completed")
            .text("intent", "order")
            .concepts("category", Fhir.SNOMED, SNOMED_LAB_PROCEDURE, "Laboratory procedure")
            .text("priority", "stat".equals(r.priority()) ? "stat" : "routine")
            .concept("code", Fhir.LOINC, r.loinc(), r.display())
            .reference("subject", "Patient", s.patientId)
            .date("authoredOn", r.date());
    s.providerReference(json, "requester", r.orderingNpi(), null);
    if (r.reasonIcd10() != null) {
      json.concepts("reasonCode", Fhir.ICD10CM, r.reasonIcd10(), null);
    }
    json.endResource();
  }

  static void referral(Subject s, Referral r) {
    FhirJson json =
        s.record(ResourceType.SERVICE_REQUEST, Fhir.SERVICE_REQUEST, "referral-id", r.referralId())
            .text("status", "active")
            .text("intent", "order")
            .concepts("category", Fhir.SNOMED, SNOMED_REFERRAL, "Patient referral")
            .concept("code", Fhir.SNOMED, SNOMED_REFERRAL, "Patient referral")
            .reference("subject", "Patient", s.patientId)
            .date("authoredOn", r.date());
    s.providerReference(json, "requester", r.fromNpi(), null);
    if (r.taxonomy() != null) {
      json.concept("performerType", Fhir.NUCC, r.taxonomy(), r.specialty());
    }
    SharedResource to = s.provider(r.toNpi(), r.toName());
    if (to != null) {
      json.array("performer").referenceItem(to.typeName(), to.id()).end();
    }
    if (r.reason() != null) {
      json.array("reasonCode").item().text("text", r.reason()).end().end();
    }
    json.endResource();
  }

  static void labResult(Subject s, LabResult r) {
    FhirJson json =
        s.out.start(ResourceType.OBSERVATION, s.id(r.resultId())).profile(Fhir.LAB_RESULT);
    if (r.orderId() != null && s.labOrders.contains(r.orderId())) {
      json.array("basedOn").referenceItem("ServiceRequest", s.id(r.orderId())).end();
    }
    json.text("status", "final")
        .concepts("category", Fhir.OBSERVATION_CATEGORY, "laboratory", "Laboratory")
        .concept("code", Fhir.LOINC, r.loinc(), r.display())
        .reference("subject", "Patient", s.patientId)
        .date("effectiveDateTime", r.date());
    quantity(json, "valueQuantity", r.value(), r.decimals(), r.unit());
    if (r.interpretation() != null) {
      json.concepts("interpretation", Fhir.INTERPRETATION, r.interpretation(), null);
    }
    if (Double.isFinite(r.referenceLow()) || Double.isFinite(r.referenceHigh())) {
      json.array("referenceRange").item();
      if (Double.isFinite(r.referenceLow())) {
        quantity(json, "low", r.referenceLow(), r.decimals(), r.unit());
      }
      if (Double.isFinite(r.referenceHigh())) {
        quantity(json, "high", r.referenceHigh(), r.decimals(), r.unit());
      }
      json.end().end();
    }
    json.endResource();
  }

  /** A vital sign or a measured value: blood pressure with its two components. */
  static void observation(Subject s, Observation r) {
    boolean pressure = BLOOD_PRESSURE_PANEL.equals(r.loinc());
    boolean vital = pressure || BMI_LOINC.equals(r.loinc());
    String profile =
        pressure ? Fhir.BLOOD_PRESSURE : BMI_LOINC.equals(r.loinc()) ? Fhir.BMI : Fhir.LAB_RESULT;
    FhirJson json =
        s.out
            .start(ResourceType.OBSERVATION, s.id(r.observationId()))
            .profile(profile)
            .text("status", "final")
            .concepts(
                "category",
                Fhir.OBSERVATION_CATEGORY,
                vital ? "vital-signs" : "laboratory",
                vital ? "Vital Signs" : "Laboratory")
            .concept("code", Fhir.LOINC, r.loinc(), r.display())
            .reference("subject", "Patient", s.patientId)
            .date("effectiveDateTime", r.date());
    if (pressure) {
      String[] parts = r.value().split("/");
      json.array("component");
      component(json, "8480-6", "Systolic blood pressure", parts[0]);
      component(json, "8462-4", "Diastolic blood pressure", parts[1]);
      json.end();
    } else {
      try {
        java.math.BigDecimal value = new java.math.BigDecimal(r.value());
        quantity(json, "valueQuantity", value.doubleValue(), Math.max(0, value.scale()), r.unit());
      } catch (NumberFormatException e) {
        json.text("valueString", r.value());
      }
    }
    json.endResource();
  }

  private static void component(FhirJson json, String loinc, String display, String value) {
    json.item().concept("code", Fhir.LOINC, loinc, display);
    quantity(json, "valueQuantity", Long.parseLong(value.strip()), 0, "mm[Hg]");
    json.end();
  }

  private static void quantity(
      FhirJson json, String name, double value, int decimals, String unit) {
    json.object(name).decimal("value", value, decimals);
    if (unit != null) {
      json.text("unit", unit).text("system", Fhir.UCUM).text("code", unit);
    }
    json.end();
  }

  /** A procedure, or for a vaccine product's code an Immunization. */
  static void procedure(Subject s, Procedure r) {
    Terminology.Code vaccine =
        "CPT".equals(r.codeSystem()) ? Terminology.vaccine(r.code()).orElse(null) : null;
    if (vaccine != null) {
      immunization(s, r, vaccine);
      return;
    }
    FhirJson json =
        s.record(ResourceType.PROCEDURE, Fhir.PROCEDURE, "procedure-id", r.procedureId())
            .text("status", "completed")
            .concept("code", system(r.codeSystem()), r.code(), r.description())
            .reference("subject", "Patient", s.patientId)
            .date("performedDateTime", r.date());
    performer(s, json, r.performerNpi(), null).endResource();
  }

  private static void immunization(Subject s, Procedure r, Terminology.Code cvx) {
    FhirJson json =
        s.record(ResourceType.IMMUNIZATION, Fhir.IMMUNIZATION, "procedure-id", r.procedureId())
            .text("status", "completed")
            .object("vaccineCode")
            .array("coding")
            .coding(Fhir.CVX, cvx.code(), cvx.display())
            .coding(Fhir.CPT, r.code(), r.description())
            .end()
            .end()
            .reference("patient", "Patient", s.patientId)
            .date("occurrenceDateTime", r.date())
            .bool("primarySource", true);
    performer(s, json, r.performerNpi(), null).endResource();
  }

  /** {@code "performer":[{"actor":...}]} for a performer's NPI, if there is one. */
  static FhirJson performer(Subject s, FhirJson json, String npi, String name) {
    SharedResource performer = s.provider(npi, name);
    if (performer != null) {
      json.array("performer")
          .item()
          .reference("actor", performer.typeName(), performer.id())
          .end()
          .end();
    }
    return json;
  }

  /** The FHIR system of a record's code system name. */
  static String system(String codeSystem) {
    if (codeSystem == null) {
      return Fhir.CPT;
    }
    switch (codeSystem) {
      case "HCPCS":
        return Fhir.HCPCS;
      case "ICD-10-PCS":
        return "http://www.cms.gov/Medicare/Coding/ICD10";
      case "SNOMED":
        return Fhir.SNOMED;
      default:
        return Fhir.CPT;
    }
  }

  /** A care plan as last updated: narrative, goal and activities. */
  static void carePlan(Subject s, CarePlanUpdate r) {
    StringBuilder div =
        new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>")
            .append(xml(r.goal()))
            .append("</p><ul>");
    for (String a : r.activities()) {
      div.append("<li>").append(xml(a)).append("</li>");
    }
    div.append("</ul></div>");
    FhirJson json =
        s.out
            .start(ResourceType.CARE_PLAN, s.id(r.carePlanId()))
            .profile(Fhir.CARE_PLAN)
            .object("text")
            .text("status", "generated")
            .text("div", div.toString())
            .end()
            .text("status", "active")
            .text("intent", "plan")
            .concepts(
                "category",
                Fhir.CAREPLAN_CATEGORY,
                "assess-plan",
                "Assessment and Plan of Treatment")
            .text("description", r.goal())
            .reference("subject", "Patient", s.patientId)
            .period("period", r.date(), null);
    s.providerReference(json, "author", r.authorNpi(), null);
    if (!r.activities().isEmpty()) {
      json.array("activity");
      for (String a : r.activities()) {
        json.item()
            .object("detail")
            .text("status", "in-progress")
            .text("description", a)
            .end()
            .end();
      }
      json.end();
    }
    json.endResource();
  }

  private static String xml(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
