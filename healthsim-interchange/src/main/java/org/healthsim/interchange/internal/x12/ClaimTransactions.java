package org.healthsim.interchange.internal.x12;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthsim.generation.internal.providers.Organization;
import org.healthsim.generation.internal.providers.Provider;
import org.healthsim.generation.internal.providers.ProviderPool;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.person.Address;
import org.healthsim.generation.person.Person;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.records.Admission;
import org.healthsim.generation.records.Claim;
import org.healthsim.generation.records.ClaimLine;
import org.healthsim.generation.records.Discharge;
import org.healthsim.generation.records.Remittance;
import org.healthsim.interchange.internal.Payers;
import org.healthsim.interchange.internal.ProcedureCodes;

/**
 * One entity's medical claims as 837 transaction sets (5010: 837P X222A1 for professional claims,
 * 837I X223A2 for institutional ones) and their remittances as 835 transaction sets (X221A1), each
 * transaction set holding one claim: the billing provider (2000A), the member as subscriber and
 * patient (2000B), the claim (2300) and its lines (2400); the 835 a payment of one claim with its
 * adjustments. docs/interchange.md lists the segments and the values chosen.
 */
final class ClaimTransactions {

  static final String SUBMITTER = "HSSUBMITTER";
  static final String CLEARINGHOUSE = "HSCLEARINGHOUSE";

  private final ProviderPool pool;

  ClaimTransactions(ProviderPool pool) {
    this.pool = pool;
  }

  /** Writes {@code entity}'s claims and remittances; an uninsured entity's self-pay claims none. */
  void write(
      GeneratedEntity entity,
      Timeline timeline,
      Transactions professional,
      Transactions institutional,
      Transactions remittances) {
    if (!Payers.insured(entity.coverage())) {
      return;
    }
    Payers.Payer payer = Payers.of(entity.coverage(), entity.age());
    Map<String, Claim> claims = new HashMap<>();
    Map<String, TimelineEvent> events = new HashMap<>();
    for (TimelineEvent event : timeline.events()) {
      events.put(event.timelineEventId(), event);
    }
    for (TimelineEvent event : timeline.events()) {
      for (EventRecord r : event.outputs()) {
        if (r instanceof Claim) {
          Claim claim = (Claim) r;
          if ("self_pay".equals(claim.status())) {
            continue;
          }
          claims.put(claim.claimId(), claim);
          boolean isInstitutional = "claim_institutional".equals(claim.type());
          Transactions out = isInstitutional ? institutional : professional;
          claim(out.segments, entity, payer, claim, isInstitutional, events);
          out.close();
        } else if (r instanceof Remittance) {
          Remittance remittance = (Remittance) r;
          Claim claim = claims.get(remittance.claimId());
          if (claim != null) {
            remittance(remittances.segments, entity, payer, claim, remittance);
            remittances.close();
          }
        }
      }
    }
  }

  private void claim(
      Segments s,
      GeneratedEntity e,
      Payers.Payer payer,
      Claim c,
      boolean institutional,
      Map<String, TimelineEvent> events) {
    s.seg("BHT")
        .el("0019")
        .el("00")
        .el(c.claimId())
        .date(c.receivedDate())
        .el("1200")
        .el("CH")
        .end();
    s.seg("NM1")
        .el("41")
        .el("2")
        .el("HEALTHSIM BILLING SERVICE")
        .el(null)
        .el(null)
        .el(null)
        .el(null)
        .el("46")
        .el(SUBMITTER)
        .end();
    s.seg("PER").el("IC").el("EDI DESK").el("TE").el("5125550100").end();
    s.seg("NM1")
        .el("40")
        .el("2")
        .el("HEALTHSIM CLEARINGHOUSE")
        .el(null)
        .el(null)
        .el(null)
        .el(null)
        .el("46")
        .el(CLEARINGHOUSE)
        .end();
    // 2000A billing provider
    s.seg("HL").el("1").el(null).el("20").el("1").end();
    provider(s, "85", c.billingNpi());
    s.seg("N3").el(officeStreet(c.billingNpi())).end();
    s.seg("N4").el("AUSTIN").el("TX").el("787010000").end();
    s.seg("REF").el("EI").el(taxId(c.billingNpi())).end();
    // 2000B subscriber, who is the patient
    s.seg("HL").el("2").el("1").el("22").el("0").end();
    s.seg("SBR")
        .el("P")
        .el("18")
        .el(e.coverage().groupId())
        .el(null)
        .el(null)
        .el(null)
        .el(null)
        .el(null)
        .el(payer.claimFilingCode())
        .end();
    subscriber(s, e);
    s.seg("NM1")
        .el("PR")
        .el("2")
        .el(payer.name().toUpperCase(Locale.ROOT))
        .el(null)
        .el(null)
        .el(null)
        .el(null)
        .el("PI")
        .el(payer.x12PayerId())
        .end();
    // 2300 claim
    // A void (frequency 8) is recorded with the original's charges negated; its 837 resends them.
    long sign = "8".equals(c.frequencyCode()) ? -1 : 1;
    s.seg("CLM").el(c.claimId()).money(sign * c.billedCents()).el(null).el(null);
    if (institutional) {
      s.composite(billType(c.placeOfService()), "A", c.frequencyCode()).el(null);
    } else {
      s.composite(c.placeOfService(), "B", c.frequencyCode()).el("Y");
    }
    s.el("A").el("Y").el("Y").end();
    if (institutional) {
      s.seg("DTP")
          .el("434")
          .el("RD8")
          .el(Segments.ccyymmdd(c.serviceDate()) + "-" + Segments.ccyymmdd(c.serviceEndDate()))
          .end();
      admission(s, c, events);
    }
    if (c.originalClaimId() != null) {
      s.seg("REF").el("F8").el(c.originalClaimId()).end();
    }
    if (institutional) {
      institutionalDiagnoses(s, c);
    } else {
      diagnoses(s, c.diagnosisCodes(), 0, "ABK");
    }
    if (!institutional && c.renderingNpi() != null && !c.renderingNpi().equals(c.billingNpi())) {
      provider(s, "82", c.renderingNpi());
      if (c.renderingTaxonomy() != null) {
        s.seg("PRV").el("PE").el("PXC").el(c.renderingTaxonomy()).end();
      }
    }
    // 2400 lines
    for (ClaimLine line : c.lines()) {
      s.seg("LX").el(line.lineNumber()).end();
      if (institutional) {
        s.seg("SV2")
            .el(line.revenueCode())
            .composite("HC", ProcedureCodes.isProcedure(line.code()) ? line.code() : null)
            .money(sign * line.billedCents())
            .el("UN")
            .el(line.units())
            .end();
      } else {
        s.seg("SV1")
            .composite("HC", line.code())
            .money(sign * line.billedCents())
            .el("UN")
            .el(line.units())
            .el(null)
            .el(null)
            .composite(pointers(line.diagnosisPointers()))
            .end();
      }
      s.seg("DTP").el("472").el("D8").date(c.serviceDate()).end();
    }
  }

  private void remittance(
      Segments s, GeneratedEntity e, Payers.Payer payer, Claim c, Remittance r) {
    boolean paid = r.paidCents() > 0;
    s.seg("BPR")
        .el(paid ? "I" : "H")
        .money(r.paidCents())
        .el("C")
        .el(paid ? "CHK" : "NON")
        .el(null)
        .el(null)
        .el(null)
        .el(null)
        .el(null)
        .el(null)
        .el(null)
        .el(null)
        .el(null)
        .el(null)
        .el(null)
        .date(r.paidDate())
        .end();
    s.seg("TRN").el("1").el(r.payerClaimControlNumber()).el("1" + taxId(payer.x12PayerId())).end();
    s.seg("N1").el("PR").el(payer.name().toUpperCase(Locale.ROOT)).end();
    s.seg("N3").el("PO BOX 1000").end();
    s.seg("N4").el("BALTIMORE").el("MD").el("212440000").end();
    s.seg("PER").el("BL").el("EDI SUPPORT").el("TE").el("5125550101").end();
    s.seg("N1").el("PE").el(providerName(c.billingNpi())).el("XX").el(c.billingNpi()).end();
    s.seg("REF").el("TJ").el(taxId(c.billingNpi())).end();
    s.seg("LX").el("1").end();
    boolean institutional = "claim_institutional".equals(c.type());
    s.seg("CLP")
        .el(c.claimId())
        .el(r.claimStatusCode())
        .money(r.billedCents())
        .money(r.paidCents())
        .money(r.patientResponsibilityCents())
        .el(payer.claimFilingCode())
        .el(r.payerClaimControlNumber())
        .el(institutional ? billType(c.placeOfService()) : c.placeOfService())
        .el(c.frequencyCode())
        .end();
    for (Remittance.Adjustment a : r.adjustments()) {
      s.seg("CAS").el(a.group()).el(a.reasonCode()).money(a.amountCents()).end();
    }
    name(s, "QC", e, "MI");
    s.seg("DTM").el("232").date(c.serviceDate()).end();
    s.seg("DTM").el("233").date(c.serviceEndDate()).end();
  }

  private void subscriber(Segments s, GeneratedEntity e) {
    name(s, "IL", e, "MI");
    demographics(s, e);
  }

  /** The member's address (N3, N4; with person details) and DMG: birth date and gender. */
  static void demographics(Segments s, GeneratedEntity e) {
    Person person = e.person();
    if (person != null && person.address() != null) {
      Address a = person.address();
      s.seg("N3").el(a.line().toUpperCase(Locale.ROOT)).end();
      s.seg("N4").el(a.city().toUpperCase(Locale.ROOT)).el(a.state()).el(a.zip()).end();
    }
    s.seg("DMG")
        .el("D8")
        .date(e.birthDate())
        .el("M".equals(e.gender()) ? "M" : "F".equals(e.gender()) ? "F" : "U")
        .end();
  }

  /**
   * The member's NM1: name (the entity id when person details are off) and member id under {@code
   * qualifier} ({@code MI} in the 837, {@code ZZ} in the 834).
   */
  static void name(Segments s, String entityCode, GeneratedEntity e, String qualifier) {
    Person p = e.person();
    String last = p != null ? p.familyName().toUpperCase(Locale.ROOT) : "MEMBER";
    String first = p != null ? p.givenName().toUpperCase(Locale.ROOT) : e.entityId();
    s.seg("NM1")
        .el(entityCode)
        .el("1")
        .el(last)
        .el(first)
        .el(null)
        .el(null)
        .el(null)
        .el(qualifier)
        .el(memberId(e))
        .end();
  }

  /** The member id: the entity's, else its entity id. */
  static String memberId(GeneratedEntity e) {
    return e.identifiers() != null ? e.identifiers().memberId() : e.entityId();
  }

  /** An NM1 for a provider: a person (entity type 1) or an organization (2), with the NPI. */
  private void provider(Segments s, String entityCode, String npi) {
    Provider clinician = pool == null ? null : pool.clinician(npi).orElse(null);
    if (clinician != null) {
      s.seg("NM1")
          .el(entityCode)
          .el("1")
          .el(clinician.familyName().toUpperCase(Locale.ROOT))
          .el(clinician.givenName().toUpperCase(Locale.ROOT))
          .el(null)
          .el(null)
          .el(null)
          .el("XX")
          .el(npi)
          .end();
    } else {
      s.seg("NM1")
          .el(entityCode)
          .el("2")
          .el(providerName(npi))
          .el(null)
          .el(null)
          .el(null)
          .el(null)
          .el("XX")
          .el(npi)
          .end();
    }
  }

  private String providerName(String npi) {
    Organization o = pool == null ? null : pool.organization(npi).orElse(null);
    if (o != null) {
      return o.name().toUpperCase(Locale.ROOT);
    }
    Provider p = pool == null ? null : pool.clinician(npi).orElse(null);
    return p != null
        ? (p.givenName() + " " + p.familyName()).toUpperCase(Locale.ROOT)
        : "PROVIDER " + npi;
  }

  /**
   * An institutional claim's CL1: the stay's admission type and discharge status, from the
   * admission and discharge the claim bills (9, information not available, and 01 for an outpatient
   * claim).
   */
  private static void admission(Segments s, Claim c, Map<String, TimelineEvent> events) {
    String admissionType = "9";
    String status = "01";
    for (String id : c.serviceEventIds()) {
      TimelineEvent event = events.get(id);
      if (event == null) {
        continue;
      }
      for (EventRecord r : event.outputs()) {
        if (r instanceof Admission) {
          admissionType = admissionTypeCode(((Admission) r).admissionType());
        } else if (r instanceof Discharge && ((Discharge) r).dispositionCode() != null) {
          status = ((Discharge) r).dispositionCode();
        }
      }
    }
    s.seg("CL1").el(admissionType).el(null).el(status).end();
  }

  /** An 837I's HI segments in its order: the principal diagnosis, the MS-DRG, the others. */
  private static void institutionalDiagnoses(Segments s, Claim c) {
    List<String> codes = c.diagnosisCodes();
    if (!codes.isEmpty()) {
      s.seg("HI").composite("ABK", codes.get(0).replace(".", "")).end();
    }
    if (c.drg() != null) {
      s.seg("HI").composite("DR", c.drg()).end();
    }
    diagnoses(s, codes, 1, "ABF");
  }

  /** NUBC priority (type) of admission: 1 emergency, 2 urgent, 3 elective, 9 not available. */
  private static String admissionTypeCode(String type) {
    if (type == null) {
      return "9";
    }
    switch (type) {
      case "emergency":
        return "1";
      case "urgent":
        return "2";
      case "elective":
        return "3";
      default:
        return "9";
    }
  }

  /**
   * HI segments of {@code codes} from {@code from} on, twelve to a segment, the first qualified
   * {@code firstQualifier} (ABK, the principal diagnosis, on an 837P) and the rest ABF.
   */
  private static void diagnoses(Segments s, List<String> codes, int from, String firstQualifier) {
    for (int i = from; i < codes.size(); i++) {
      if ((i - from) % 12 == 0) {
        if (i > from) {
          s.end();
        }
        s.seg("HI");
      }
      s.composite(i == from ? firstQualifier : "ABF", codes.get(i).replace(".", ""));
    }
    if (codes.size() > from) {
      s.end();
    }
  }

  private static String[] pointers(List<Integer> pointers) {
    int n = Math.min(4, pointers.size());
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = Integer.toString(pointers.get(i));
    }
    return out;
  }

  /** The facility type and claim frequency's first two digits of a bill type: 111 gives 11. */
  private static String billType(String billType) {
    return billType == null || billType.length() < 2 ? billType : billType.substring(0, 2);
  }

  /** A synthetic office street, derived from the NPI. */
  private static String officeStreet(String npi) {
    return (100 + Math.floorMod(npi.hashCode(), 900)) + " MEDICAL PKWY";
  }

  /** A synthetic nine-digit employer identification number, derived from the key. */
  static String taxId(String key) {
    String digits = key.replaceAll("[^0-9]", "");
    long n =
        digits.isEmpty()
            ? Math.floorMod(key.hashCode(), 100_000_000)
            : Long.parseLong(digits.substring(Math.max(0, digits.length() - 8)));
    return String.format("9%08d", n);
  }
}
