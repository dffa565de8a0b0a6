package org.healthsim.generation.records;

import java.time.LocalDate;
import java.util.List;
import org.healthsim.generation.internal.lists.ReadOnlyList;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A medical claim: professional (837P-like, {@code claim_professional}) or institutional
 * (837I-like, {@code claim_institutional}), as submitted and adjudicated. Totals are the sums of
 * the lines.
 *
 * @param type {@code claim_professional} or {@code claim_institutional}
 * @param claimId identifier
 * @param memberId member
 * @param serviceDate first date of service
 * @param serviceEndDate last date of service (the discharge date of a stay)
 * @param billingNpi billing provider or facility
 * @param renderingNpi rendering provider (professional), else {@code null}
 * @param renderingTaxonomy the rendering provider's NUCC taxonomy (professional), else {@code null}
 * @param placeOfService CMS place of service (professional) or bill type (institutional: 111
 *     inpatient, 131 hospital outpatient)
 * @param diagnosisCodes ICD-10-CM codes, principal first
 * @param drg MS-DRG for an inpatient stay, else {@code null}
 * @param lines service lines
 * @param status {@code paid}, {@code partially_paid} (a line denied), {@code denied}, {@code void}
 *     or {@code self_pay} (no plan)
 * @param frequencyCode claim frequency: {@code 1} original, {@code 7} replacement of {@code
 *     originalClaimId}, {@code 8} void of it
 * @param originalClaimId the claim a replacement or void refers to, else {@code null}
 * @param serviceEventIds the timeline events of the services the claim bills
 * @param receivedDate when the payer received it
 * @param adjudicatedDate when the payer decided it
 * @param paidDate when the payer paid (or sent the remittance of a denial or void)
 * @param denialCode the CARC of a denied claim, else {@code null}
 * @param remarkCode the RARC sent with the denial, else {@code null}
 */
public record Claim(
    String type,
    String claimId,
    String memberId,
    LocalDate serviceDate,
    LocalDate serviceEndDate,
    String billingNpi,
    String renderingNpi,
    String renderingTaxonomy,
    String placeOfService,
    List<String> diagnosisCodes,
    String drg,
    List<ClaimLine> lines,
    String status,
    String frequencyCode,
    String originalClaimId,
    List<String> serviceEventIds,
    LocalDate receivedDate,
    LocalDate adjudicatedDate,
    LocalDate paidDate,
    String denialCode,
    String remarkCode)
    implements EventRecord {

  public Claim {
    diagnosisCodes = List.copyOf(diagnosisCodes);
    lines = ReadOnlyList.copyOf(lines, "a claim line");
    serviceEventIds = List.copyOf(serviceEventIds);
  }

  /**
   * An original claim received, decided and paid on {@code received} (a claim event of a journey,
   * which gives its own date), billing no recorded service.
   */
  public static Claim submitted(
      String type,
      String claimId,
      String memberId,
      LocalDate serviceDate,
      LocalDate serviceEndDate,
      String billingNpi,
      String renderingNpi,
      String placeOfService,
      List<String> diagnosisCodes,
      String drg,
      List<ClaimLine> lines,
      String status,
      LocalDate received) {
    return new Claim(
        type,
        claimId,
        memberId,
        serviceDate,
        serviceEndDate,
        billingNpi,
        renderingNpi,
        null,
        placeOfService,
        diagnosisCodes,
        drg,
        lines,
        status,
        "1",
        null,
        List.of(),
        received,
        received,
        received,
        null,
        null);
  }

  /** Sum of the lines' charges, in cents. */
  public long billedCents() {
    long sum = 0;
    for (ClaimLine l : lines) {
      sum += l.billedCents();
    }
    return sum;
  }

  /** Sum of the lines' allowed amounts, in cents. */
  public long allowedCents() {
    long sum = 0;
    for (ClaimLine l : lines) {
      sum += l.allowedCents();
    }
    return sum;
  }

  /** Sum of the lines' plan payments, in cents. */
  public long paidCents() {
    long sum = 0;
    for (ClaimLine l : lines) {
      sum += l.paidCents();
    }
    return sum;
  }

  /** Sum of the lines' member responsibility, in cents. */
  public long memberResponsibilityCents() {
    long sum = 0;
    for (ClaimLine l : lines) {
      sum += l.memberResponsibilityCents();
    }
    return sum;
  }

  /** Sum of the lines' deductible shares, in cents. */
  public long deductibleCents() {
    long sum = 0;
    for (ClaimLine l : lines) {
      sum += l.deductibleCents();
    }
    return sum;
  }

  @Override
  public String recordType() {
    return type;
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("claim_id", claimId)
        .field("member_id", memberId)
        .field("frequency_code", frequencyCode)
        .field("original_claim_id", originalClaimId)
        .strings("service_event_ids", serviceEventIds)
        .field("service_date", serviceDate)
        .field("service_end_date", serviceEndDate)
        .field("billing_npi", billingNpi)
        .field("rendering_npi", renderingNpi)
        .field("rendering_taxonomy", renderingTaxonomy)
        .field("place_of_service", placeOfService)
        .strings("diagnosis_codes", diagnosisCodes)
        .field("drg", drg)
        .objects("lines", lines, ClaimLine::writeFields)
        .money("billed", billedCents())
        .money("allowed", allowedCents())
        .money("paid", paidCents())
        .money("deductible", deductibleCents())
        .money("member_responsibility", memberResponsibilityCents())
        .field("status", status)
        .field("denial_code", denialCode)
        .field("remark_code", remarkCode)
        .field("received_date", receivedDate)
        .field("adjudicated_date", adjudicatedDate)
        .field("paid_date", paidDate);
  }
}
