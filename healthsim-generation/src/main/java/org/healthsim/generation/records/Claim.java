package org.healthsim.generation.records;

import java.time.LocalDate;
import java.util.List;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A medical claim: professional (837P-like, {@code claim_professional}) or institutional
 * (837I-like, {@code claim_institutional}). Totals are the sums of the lines.
 *
 * @param type {@code claim_professional} or {@code claim_institutional}
 * @param claimId identifier
 * @param memberId member
 * @param serviceDate first date of service
 * @param serviceEndDate last date of service (the discharge date of a stay)
 * @param billingNpi billing provider or facility
 * @param renderingNpi rendering provider (professional), else {@code null}
 * @param placeOfService CMS place of service (professional) or bill type (institutional, e.g. 111)
 * @param diagnosisCodes ICD-10-CM codes, principal first
 * @param drg MS-DRG for an inpatient stay, else {@code null}
 * @param lines service lines
 * @param status {@code paid} or {@code denied}
 */
public record Claim(
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
    String status)
    implements EventRecord {

  public Claim {
    diagnosisCodes = List.copyOf(diagnosisCodes);
    lines = List.copyOf(lines);
  }

  /** Sum of the lines' charges, in cents. */
  public long billedCents() {
    return lines.stream().mapToLong(ClaimLine::billedCents).sum();
  }

  /** Sum of the lines' allowed amounts, in cents. */
  public long allowedCents() {
    return lines.stream().mapToLong(ClaimLine::allowedCents).sum();
  }

  /** Sum of the lines' plan payments, in cents. */
  public long paidCents() {
    return lines.stream().mapToLong(ClaimLine::paidCents).sum();
  }

  /** Sum of the lines' member responsibility, in cents. */
  public long memberResponsibilityCents() {
    return lines.stream().mapToLong(ClaimLine::memberResponsibilityCents).sum();
  }

  @Override
  public String recordType() {
    return type;
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("claim_id", claimId)
        .field("member_id", memberId)
        .field("service_date", serviceDate)
        .field("service_end_date", serviceEndDate)
        .field("billing_npi", billingNpi)
        .field("rendering_npi", renderingNpi)
        .field("place_of_service", placeOfService)
        .strings("diagnosis_codes", diagnosisCodes)
        .field("drg", drg)
        .objects("lines", lines, ClaimLine::writeFields)
        .money("billed", billedCents())
        .money("allowed", allowedCents())
        .money("paid", paidCents())
        .money("member_responsibility", memberResponsibilityCents())
        .field("status", status);
  }
}
