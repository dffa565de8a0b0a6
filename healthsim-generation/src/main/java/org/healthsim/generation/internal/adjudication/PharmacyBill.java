package org.healthsim.generation.internal.adjudication;

import java.time.LocalDate;

/**
 * A prescription as the pharmacy bills it, before the plan decides it.
 *
 * @param fillId the fill
 * @param fillDate the date dispensed
 * @param pharmacyNpi pharmacy
 * @param prescriberNpi prescriber, if known
 * @param ndc NDC dispensed
 * @param rxnorm RxNorm concept
 * @param drugName drug
 * @param quantity units
 * @param daysSupply days
 * @param ingredientCostCents ingredient cost
 * @param dispensingFeeCents dispensing fee
 * @param allowedCents what the plan allows
 * @param brand tiered as a brand
 * @param serviceEventId the fill's timeline event
 * @param seed the seed of the claim's draws and ids
 */
public record PharmacyBill(
    String fillId,
    LocalDate fillDate,
    String pharmacyNpi,
    String prescriberNpi,
    String ndc,
    String rxnorm,
    String drugName,
    int quantity,
    int daysSupply,
    long ingredientCostCents,
    long dispensingFeeCents,
    long allowedCents,
    boolean brand,
    String serviceEventId,
    long seed) {}
