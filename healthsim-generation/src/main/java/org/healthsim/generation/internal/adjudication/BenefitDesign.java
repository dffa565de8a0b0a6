package org.healthsim.generation.internal.adjudication;

import java.util.Map;

/**
 * What a plan pays and what its member pays ({@code benefit-designs.json}). Money in cents; shares
 * as fractions (0.2 is 20%).
 *
 * @param id the design's id, as {@code plans.csv} names it
 * @param description what it is
 * @param medical professional and institutional benefits
 * @param pharmacy drug benefits
 * @param rates how often claims are denied, pended, voided, appealed, rejected and reversed
 */
public record BenefitDesign(
    String id, String description, Medical medical, Pharmacy pharmacy, Rates rates) {

  /**
   * Medical benefits.
   *
   * @param deductibleCents the annual deductible (Part B's for Original Medicare)
   * @param coinsurance the member's share after the deductible
   * @param outOfPocketMaxCents the annual maximum the member pays, or {@code null} for none
   * @param inpatientDeductibleCents per benefit period (Medicare Part A), else 0
   * @param copaysCents copays by class: {@code primary_care}, {@code specialist}, {@code
   *     emergency}, {@code inpatient_per_day}, {@code snf_per_day} (a SNF day after the free days),
   *     {@code home_health} (a home health period), {@code hospice} (a hospice claim); keys ending
   *     in {@code _days} ({@code inpatient_days}, {@code snf_free_days}) are counts, not money
   * @param labsCoveredInFull lab tests without cost sharing
   * @param preventiveCoveredInFull preventive visits and vaccines without cost sharing
   * @param copaysBeforeDeductible copays apply from the first dollar (false for an HDHP, where
   *     every service goes to the deductible first)
   */
  public record Medical(
      long deductibleCents,
      double coinsurance,
      Long outOfPocketMaxCents,
      long inpatientDeductibleCents,
      Map<String, Long> copaysCents,
      boolean labsCoveredInFull,
      boolean preventiveCoveredInFull,
      boolean copaysBeforeDeductible) {

    public Medical {
      copaysCents = Map.copyOf(copaysCents);
    }

    /** The copay of {@code kind}, or {@code null} when the design has none. */
    public Long copay(String kind) {
      return copaysCents.get(kind);
    }
  }

  /**
   * Drug benefits.
   *
   * @param deductibleCents the drug deductible (Part D's), 0 for none
   * @param deductibleAppliesToGenerics whether generics go to it too
   * @param genericCopayCents the generic copay, or {@code null} for coinsurance
   * @param brandCopayCents the brand copay, or {@code null} for coinsurance
   * @param coinsurance the member's share where there is no copay
   * @param outOfPocketMaxCents a drug-only annual cap (Part D's), or {@code null}: the medical
   *     maximum then covers drugs too
   * @param sharesMedicalDeductible drugs go to the medical deductible (an HDHP)
   */
  public record Pharmacy(
      long deductibleCents,
      boolean deductibleAppliesToGenerics,
      Long genericCopayCents,
      Long brandCopayCents,
      double coinsurance,
      Long outOfPocketMaxCents,
      boolean sharesMedicalDeductible) {}

  /**
   * Adjudication rates, each the probability of its outcome.
   *
   * @param professionalDenial a professional claim is denied
   * @param institutionalDenial an institutional claim is denied
   * @param lineDenial one line of a claim with several is denied (the claim partially paid)
   * @param pended a claim is pended for review before it is decided
   * @param voided a paid claim is voided and billed again
   * @param appeal a denial that is not corrected is appealed
   * @param appealOverturn an appeal is decided for the provider
   * @param pharmacyReject a pharmacy billing is rejected before the one paid
   * @param pharmacyReversal a paid pharmacy billing is reversed and billed again
   * @param paymentFloorDays the earliest day after receipt a claim may be paid (Medicare's 14)
   */
  public record Rates(
      double professionalDenial,
      double institutionalDenial,
      double lineDenial,
      double pended,
      double voided,
      double appeal,
      double appealOverturn,
      double pharmacyReject,
      double pharmacyReversal,
      int paymentFloorDays) {}
}
