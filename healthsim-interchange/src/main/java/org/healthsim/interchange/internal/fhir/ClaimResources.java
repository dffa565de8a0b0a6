package org.healthsim.interchange.internal.fhir;

import java.util.List;
import org.healthsim.generation.records.Claim;
import org.healthsim.generation.records.ClaimLine;
import org.healthsim.generation.records.PharmacyClaim;
import org.healthsim.interchange.internal.ProcedureCodes;

/**
 * Adjudicated claims as CARIN Blue Button ExplanationOfBenefits: professional, institutional
 * (inpatient or outpatient) and pharmacy, with each line's amounts and totals that are the claim's
 * (docs/interchange.md). A claim nobody adjudicated (self-pay, no coverage) has no EOB.
 */
final class ClaimResources {

  private static final String NCPDP_REJECT =
      "http://terminology.hl7.org/CodeSystem/NCPDPRejectCode";

  private ClaimResources() {}

  /** The amounts of a line or a claim, in cents. */
  private record Amounts(
      long submitted,
      long eligible,
      long deductible,
      long copay,
      long coinsurance,
      long paid,
      long memberLiability) {}

  static void medical(Subject s, Claim r) {
    if (s.payer == null || "self_pay".equals(r.status())) {
      return;
    }
    boolean institutional = "claim_institutional".equals(r.type());
    boolean inpatient =
        institutional && r.placeOfService() != null && r.placeOfService().startsWith("11");
    String profile =
        !institutional
            ? Fhir.EOB_PROFESSIONAL
            : inpatient ? Fhir.EOB_INPATIENT : Fhir.EOB_OUTPATIENT;
    FhirJson json = header(s, r.claimId(), profile, "8".equals(r.frequencyCode()));
    json.concept(
        "type",
        Fhir.CLAIM_TYPE,
        institutional ? "institutional" : "professional",
        institutional ? "Institutional" : "Professional");
    if (institutional) {
      json.concept(
          "subType",
          Fhir.C4BB_INSTITUTIONAL_SUBTYPE,
          inpatient ? "inpatient" : "outpatient",
          inpatient ? "Inpatient" : "Outpatient");
    }
    json.text("use", "claim")
        .reference("patient", "Patient", s.patientId)
        .period("billablePeriod", r.serviceDate(), r.serviceEndDate())
        .date("created", r.adjudicatedDate())
        .reference("insurer", "Organization", s.refer(s.payer).id());
    SharedResource billing = s.provider(r.billingNpi(), null);
    json.reference("provider", billing.typeName(), billing.id());
    related(json, r.originalClaimId());
    json.text("outcome", "complete");

    json.array("supportingInfo");
    supportingInfo(json, 1, "clmrecvddate", "Claim Received Date")
        .date("timingDate", r.receivedDate())
        .end();
    if (institutional) {
      supportingInfo(json, 2, "typeofbill", "Type of Bill")
          .concept("code", Fhir.TYPE_OF_BILL, "0" + r.placeOfService(), null)
          .end();
      if (inpatient) {
        supportingInfo(json, 3, "admissionperiod", "Admission Period")
            .period("timingPeriod", r.serviceDate(), r.serviceEndDate())
            .end();
        if (r.drg() != null) {
          supportingInfo(json, 4, "drg", "DRG").concept("code", Fhir.MS_DRG, r.drg(), null).end();
        }
      }
    }
    json.end();

    SharedResource rendering = s.provider(r.renderingNpi(), null);
    if (!institutional && rendering != null && rendering.kind() == SharedResource.Kind.CLINICIAN) {
      json.array("careTeam")
          .item()
          .number("sequence", 1)
          .reference("provider", "Practitioner", rendering.id())
          .concept("role", Fhir.C4BB_CARE_TEAM_ROLE, "rendering", "Rendering provider");
      if (r.renderingTaxonomy() != null) {
        json.concept("qualification", Fhir.NUCC, r.renderingTaxonomy(), null);
      }
      json.end().end();
    }
    diagnoses(json, r.diagnosisCodes(), institutional);
    insurance(s, json);

    json.array("item");
    Amounts total = new Amounts(0, 0, 0, 0, 0, 0, 0);
    for (ClaimLine line : r.lines()) {
      Amounts a =
          new Amounts(
              line.billedCents(),
              line.allowedCents(),
              line.deductibleCents(),
              line.copayCents(),
              line.coinsuranceCents(),
              line.paidCents(),
              line.memberResponsibilityCents());
      total = sum(total, a);
      json.item().number("sequence", line.lineNumber());
      if (!institutional && !line.diagnosisPointers().isEmpty()) {
        json.array("diagnosisSequence");
        for (int pointer : line.diagnosisPointers()) {
          json.numberItem(pointer);
        }
        json.end();
      }
      if (line.revenueCode() != null) {
        json.concept("revenue", Fhir.REVENUE_CODE, line.revenueCode(), null);
      }
      if (ProcedureCodes.isProcedure(line.code())) {
        json.concept(
            "productOrService",
            ProcedureCodes.isHcpcsLevelTwo(line.code()) ? Fhir.HCPCS : Fhir.CPT,
            line.code(),
            null);
      } else {
        // A revenue code alone (room and board): R4 requires a product, and there is none.
        json.concept("productOrService", Fhir.DATA_ABSENT, "not-applicable", "Not Applicable");
      }
      json.date("servicedDate", r.serviceDate());
      if (!institutional && r.placeOfService() != null) {
        json.concept("locationCodeableConcept", Fhir.PLACE_OF_SERVICE, r.placeOfService(), null);
      }
      json.object("quantity").number("value", line.units()).end();
      json.array("adjudication");
      adjudications(json, a, line.denialCode(), Fhir.CARC);
      json.end().end();
    }
    json.end();
    totals(json, total);
    payment(
        json,
        r.paidDate(),
        total.paid(),
        !"denied".equals(r.status()) && !"void".equals(r.status()));
    json.endResource();
  }

  static void pharmacy(Subject s, PharmacyClaim r) {
    if (s.payer == null) {
      return;
    }
    boolean reversal = "B2".equals(r.transactionCode());
    FhirJson json = header(s, r.claimId(), Fhir.EOB_PHARMACY, reversal);
    json.concept("type", Fhir.CLAIM_TYPE, "pharmacy", "Pharmacy")
        .text("use", "claim")
        .reference("patient", "Patient", s.patientId)
        .period("billablePeriod", r.fillDate(), r.fillDate())
        .date("created", r.paidDate() != null ? r.paidDate() : r.fillDate())
        .reference("insurer", "Organization", s.refer(s.payer).id());
    SharedResource pharmacy = s.provider(r.pharmacyNpi(), null);
    json.reference("provider", pharmacy.typeName(), pharmacy.id());
    related(json, r.originalClaimId());
    json.text("outcome", "complete");
    json.array("supportingInfo");
    supportingInfo(json, 1, "clmrecvddate", "Claim Received Date")
        .date("timingDate", r.fillDate())
        .end();
    supportingInfo(json, 2, "dayssupply", "Days Supply")
        .object("valueQuantity")
        .number("value", r.daysSupply())
        .end()
        .end();
    json.end();
    SharedResource prescriber = s.provider(r.prescriberNpi(), null);
    if (prescriber != null && prescriber.kind() == SharedResource.Kind.CLINICIAN) {
      json.array("careTeam")
          .item()
          .number("sequence", 1)
          .reference("provider", "Practitioner", prescriber.id())
          .concept("role", Fhir.C4BB_CARE_TEAM_ROLE, "prescribing", "Prescribing provider")
          .end()
          .end();
    }
    insurance(s, json);
    Amounts a =
        new Amounts(
            r.billedCents(),
            r.allowedCents(),
            r.deductibleCents(),
            r.copayCents(),
            0,
            r.planPaidCents(),
            r.memberPaidCents());
    json.array("item")
        .item()
        .number("sequence", 1)
        .object("productOrService")
        .array("coding")
        .coding(Fhir.NDC, r.ndc(), r.drugName())
        .end()
        .end()
        .date("servicedDate", r.fillDate())
        .object("quantity")
        .number("value", r.quantity())
        .end()
        .array("adjudication");
    adjudications(json, a, r.rejectCode(), NCPDP_REJECT);
    json.end().end().end();
    totals(json, a);
    payment(json, r.paidDate(), r.planPaidCents(), "paid".equals(r.status()));
    json.endResource();
  }

  private static FhirJson header(Subject s, String claimId, String profile, boolean cancelled) {
    return s.out
        .start(ResourceType.EXPLANATION_OF_BENEFIT, s.id(claimId))
        .profile(profile)
        .array("identifier")
        .item()
        .concept("type", Fhir.C4BB_IDENTIFIER_TYPE, "uc", "Unique Claim ID")
        .text("system", Fhir.ID_SYSTEM + "claim-id")
        .text("value", claimId)
        .end()
        .end()
        .text("status", cancelled ? "cancelled" : "active");
  }

  private static void related(FhirJson json, String originalClaimId) {
    if (originalClaimId == null) {
      return;
    }
    json.array("related")
        .item()
        .concept("relationship", Fhir.RELATED_CLAIM, "prior", "Prior Claim")
        .object("reference")
        .text("system", Fhir.ID_SYSTEM + "claim-id")
        .text("value", originalClaimId)
        .end()
        .end()
        .end();
  }

  private static FhirJson supportingInfo(FhirJson json, int sequence, String code, String display) {
    return json.item()
        .number("sequence", sequence)
        .concept("category", Fhir.C4BB_SUPPORTING_INFO, code, display);
  }

  private static void diagnoses(FhirJson json, List<String> codes, boolean institutional) {
    if (codes.isEmpty()) {
      return;
    }
    json.array("diagnosis");
    for (int i = 0; i < codes.size(); i++) {
      json.item()
          .number("sequence", i + 1)
          .concept("diagnosisCodeableConcept", Fhir.ICD10CM, codes.get(i), null)
          .array("type");
      if (i == 0) {
        json.conceptItem(Fhir.DIAGNOSIS_TYPE, "principal", "Principal Diagnosis");
      } else if (institutional) {
        json.conceptItem(Fhir.C4BB_DIAGNOSIS_TYPE, "other", "Other");
      } else {
        json.conceptItem(Fhir.C4BB_DIAGNOSIS_TYPE, "secondary", "Secondary");
      }
      json.end().end();
    }
    json.end();
  }

  private static void insurance(Subject s, FhirJson json) {
    json.array("insurance")
        .item()
        .bool("focal", true)
        .reference("coverage", "Coverage", s.coverageId())
        .end()
        .end();
  }

  /**
   * A line's adjudication: what was submitted, allowed, paid and left to the member always; the
   * member's deductible, copay and coinsurance shares when not zero (the totals carry all).
   */
  private static void adjudications(FhirJson json, Amounts a, String denial, String denialSystem) {
    amount(json, Fhir.ADJUDICATION, "submitted", "Submitted Amount", a.submitted());
    amount(json, Fhir.ADJUDICATION, "eligible", "Eligible Amount", a.eligible());
    if (a.deductible() != 0) {
      amount(json, Fhir.ADJUDICATION, "deductible", "Deductible", a.deductible());
    }
    if (a.copay() != 0) {
      amount(json, Fhir.ADJUDICATION, "copay", "CoPay", a.copay());
    }
    if (a.coinsurance() != 0) {
      amount(json, Fhir.C4BB_ADJUDICATION, "coinsurance", "Co-insurance", a.coinsurance());
    }
    amount(json, Fhir.C4BB_ADJUDICATION, "paidtoprovider", "Paid to provider", a.paid());
    amount(
        json, Fhir.C4BB_ADJUDICATION, "memberliability", "Member liability", a.memberLiability());
    json.item().concept("category", Fhir.C4BB_PAYER_STATUS, "innetwork", "In Network").end();
    if (denial != null) {
      json.item()
          .concept("category", Fhir.C4BB_DISCRIMINATOR, "denialreason", "Denial Reason")
          .concept("reason", denialSystem, denial, null)
          .end();
    }
  }

  private static void totals(FhirJson json, Amounts a) {
    json.array("total");
    amount(json, Fhir.ADJUDICATION, "submitted", "Submitted Amount", a.submitted());
    amount(json, Fhir.ADJUDICATION, "eligible", "Eligible Amount", a.eligible());
    amount(json, Fhir.ADJUDICATION, "deductible", "Deductible", a.deductible());
    amount(json, Fhir.ADJUDICATION, "copay", "CoPay", a.copay());
    amount(json, Fhir.C4BB_ADJUDICATION, "coinsurance", "Co-insurance", a.coinsurance());
    amount(json, Fhir.C4BB_ADJUDICATION, "paidtoprovider", "Paid to provider", a.paid());
    amount(
        json, Fhir.C4BB_ADJUDICATION, "memberliability", "Member liability", a.memberLiability());
    json.end();
  }

  private static void amount(
      FhirJson json, String system, String code, String display, long cents) {
    json.item().concept("category", system, code, display).money("amount", cents).end();
  }

  private static void payment(FhirJson json, java.time.LocalDate date, long cents, boolean paid) {
    json.object("payment")
        .concept("type", Fhir.C4BB_PAYER_STATUS, paid ? "paid" : "denied", paid ? "Paid" : "Denied")
        .date("date", date)
        .money("amount", cents)
        .end();
  }

  private static Amounts sum(Amounts x, Amounts y) {
    return new Amounts(
        x.submitted() + y.submitted(),
        x.eligible() + y.eligible(),
        x.deductible() + y.deductible(),
        x.copay() + y.copay(),
        x.coinsurance() + y.coinsurance(),
        x.paid() + y.paid(),
        x.memberLiability() + y.memberLiability());
  }
}
