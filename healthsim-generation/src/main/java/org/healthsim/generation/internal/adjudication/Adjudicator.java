package org.healthsim.generation.internal.adjudication;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.healthsim.core.random.Randoms;
import org.healthsim.core.spec.LineOfBusiness;
import org.healthsim.generation.internal.handler.Ids;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.journey.EventType;
import org.healthsim.generation.journey.MemberEventType;
import org.healthsim.generation.records.Claim;
import org.healthsim.generation.records.ClaimLine;
import org.healthsim.generation.records.PharmacyClaim;
import org.healthsim.generation.records.Remittance;

/**
 * Decides one member's claims against a benefit design, in the order the payer receives them, with
 * the member's accumulators (docs/claims.md): denials with their CARC and RARC, corrected claims
 * and appeals, pended claims, partial payments, voids and rebills, deductibles, copays, coinsurance
 * and out-of-pocket maxima; pharmacy rejections, reversals and rebills. Every draw of a claim comes
 * from its own seed, so a member's claims depend only on the member.
 */
public final class Adjudicator {

  private static final DateTimeFormatter TRACE = DateTimeFormatter.BASIC_ISO_DATE;
  private static final String CARC_BUNDLED = "97";

  private final BenefitDesign design;
  private final LineOfBusiness lineOfBusiness;
  private final String memberId;
  private final Accumulators accumulators = new Accumulators();
  private final List<Adjudicated> out = new ArrayList<>();

  /** A claim waiting to be received: a first submission, a correction, a void or a rebill. */
  private record Submission(
      LocalDate received,
      String claimId,
      MedicalBill bill,
      PharmacyBill drug,
      UniformRandomProvider rng,
      String frequency,
      Claim voided,
      String key,
      boolean followUp) {

    Submission withKey(String newKey) {
      return new Submission(
          received, claimId, bill, drug, rng, frequency, voided, newKey, followUp);
    }
  }

  public Adjudicator(BenefitDesign design, LineOfBusiness lineOfBusiness, String memberId) {
    this.design = design;
    this.lineOfBusiness = lineOfBusiness;
    this.memberId = memberId;
  }

  /** Adjudicates {@code medical} and {@code pharmacy} bills, returning every transaction. */
  public List<Adjudicated> adjudicate(List<MedicalBill> medical, List<PharmacyBill> pharmacy) {
    PriorityQueue<Submission> queue =
        new PriorityQueue<>(
            Comparator.comparing(Submission::received).thenComparing(Submission::claimId));
    for (MedicalBill bill : medical) {
      UniformRandomProvider rng = Randoms.forSeed(bill.seed());
      LocalDate received = bill.serviceEndDate().plusDays(receiptLag(rng, bill));
      queue.add(
          new Submission(
              received, Ids.of("CLM", bill.seed(), 0), bill, null, rng, "1", null, "claim", false));
    }
    for (PharmacyBill bill : pharmacy) {
      queue.add(
          new Submission(
              bill.fillDate(),
              Ids.of("RXC", bill.seed(), 0),
              null,
              bill,
              Randoms.forSeed(bill.seed()),
              "1",
              null,
              "claim",
              false));
    }
    while (!queue.isEmpty()) {
      Submission s = queue.poll();
      if (s.drug() != null) {
        pharmacy(s);
      } else if (s.voided() != null) {
        voidClaim(s, queue);
      } else {
        medical(s, queue);
      }
    }
    return out;
  }

  /** Days from the end of service to the payer's receipt: log-normal, median 7 or 14 days. */
  private static long receiptLag(UniformRandomProvider rng, MedicalBill bill) {
    double median = bill.type().equals("claim_institutional") ? 14 : 7;
    double z = ZigguratSampler.NormalizedGaussian.of(rng).sample();
    return Math.max(1, Math.min(330, Math.round(median * Math.exp(0.8 * z))));
  }

  private boolean uninsured() {
    return lineOfBusiness == LineOfBusiness.UNINSURED;
  }

  private void medical(Submission s, PriorityQueue<Submission> queue) {
    MedicalBill bill = s.bill();
    UniformRandomProvider rng = s.rng();
    BenefitDesign.Rates rates = design.rates();
    boolean institutional = bill.type().equals("claim_institutional");
    double denialRate = institutional ? rates.institutionalDenial() : rates.professionalDenial();
    LocalDate adjudicated =
        s.received()
            .plusDays(rng.nextDouble() < rates.pended() ? 15 + rng.nextInt(31) : rng.nextInt(3));
    LocalDate paid = paymentDate(adjudicated, s.received());
    if (!uninsured() && !s.followUp() && rng.nextDouble() < denialRate) {
      deny(s, adjudicated, paid, queue);
      return;
    }
    int deniedLine =
        !uninsured() && bill.lines().size() >= 2 && rng.nextDouble() < rates.lineDenial()
            ? 1 + rng.nextInt(bill.lines().size() - 1)
            : -1;
    List<ClaimLine> lines = costShare(bill, deniedLine);
    String status = uninsured() ? "self_pay" : deniedLine >= 0 ? "partially_paid" : "paid";
    Claim claim =
        claim(s, lines, status, adjudicated, uninsured() ? null : paid, null, null, s.frequency());
    emit(s, claim, uninsured() ? null : remittance(claim, "1"));
    if (!uninsured() && !s.followUp() && rng.nextDouble() < rates.voided()) {
      LocalDate voidDate = paid.plusDays(10 + rng.nextInt(51));
      queue.add(
          new Submission(
              voidDate, Ids.of("CLM", bill.seed(), 2), bill, null, rng, "8", claim, "void", true));
    }
  }

  private void deny(
      Submission s, LocalDate adjudicated, LocalDate paid, PriorityQueue<Submission> queue) {
    MedicalBill bill = s.bill();
    UniformRandomProvider rng = s.rng();
    Reasons.Denial reason = Reasons.denial(rng);
    List<ClaimLine> lines = new ArrayList<>();
    for (int i = 0; i < bill.lines().size(); i++) {
      MedicalBill.PricedLine l = bill.lines().get(i);
      lines.add(line(i, l, 0, 0, 0, 0, 0, reason.carc()));
    }
    Claim claim =
        claim(s, lines, "denied", adjudicated, paid, reason.carc(), reason.rarc(), s.frequency());
    emit(s, claim, remittance(claim, "4"));
    BenefitDesign.Rates rates = design.rates();
    LocalDate again = null;
    if (rng.nextDouble() < reason.resubmitShare()) {
      again = paid.plusDays(3 + rng.nextInt(18));
    } else if (rng.nextDouble() < rates.appeal() && rng.nextDouble() < rates.appealOverturn()) {
      again = paid.plusDays(30 + rng.nextInt(31));
    }
    if (again != null) {
      queue.add(
          new Submission(
              again, Ids.of("CLM", bill.seed(), 1), bill, null, rng, "7", null, "corrected", true));
    }
  }

  private void voidClaim(Submission s, PriorityQueue<Submission> queue) {
    Claim original = s.voided();
    Accumulators.Year year = accumulators.year(original.serviceDate());
    boolean partA = stayRule(s.bill());
    List<ClaimLine> lines = new ArrayList<>();
    for (ClaimLine l : original.lines()) {
      if (!partA) {
        year.medicalDeductible -= l.deductibleCents();
      }
      year.outOfPocket -= l.memberResponsibilityCents();
      lines.add(
          new ClaimLine(
              l.lineNumber(),
              l.code(),
              l.revenueCode(),
              l.units(),
              l.diagnosisPointers(),
              -l.billedCents(),
              -l.allowedCents(),
              -l.paidCents(),
              -l.deductibleCents(),
              -l.coinsuranceCents(),
              -l.copayCents(),
              l.denialCode()));
    }
    LocalDate adjudicated = s.received().plusDays(s.rng().nextInt(3));
    LocalDate paid = paymentDate(adjudicated, s.received());
    Claim v =
        new Claim(
            original.type(),
            s.claimId(),
            memberId,
            original.serviceDate(),
            original.serviceEndDate(),
            original.billingNpi(),
            original.renderingNpi(),
            original.renderingTaxonomy(),
            original.placeOfService(),
            original.diagnosisCodes(),
            original.drg(),
            lines,
            "void",
            "8",
            original.claimId(),
            original.serviceEventIds(),
            s.received(),
            adjudicated,
            paid,
            null,
            null);
    emit(s, v, remittance(v, "22"));
    queue.add(
        new Submission(
            s.received().plusDays(s.rng().nextInt(6)),
            Ids.of("CLM", s.bill().seed(), 3),
            s.bill(),
            null,
            s.rng(),
            "1",
            null,
            "rebilled",
            true));
  }

  private Claim claim(
      Submission s,
      List<ClaimLine> lines,
      String status,
      LocalDate adjudicated,
      LocalDate paid,
      String carc,
      String rarc,
      String frequency) {
    MedicalBill b = s.bill();
    return new Claim(
        b.type(),
        s.claimId(),
        memberId,
        b.serviceDate(),
        b.serviceEndDate(),
        b.billingNpi(),
        b.renderingNpi(),
        b.renderingTaxonomy(),
        b.placeOfService(),
        b.diagnosisCodes(),
        b.drg(),
        lines,
        status,
        frequency,
        frequency.equals("7") ? replaced(s) : null,
        b.serviceEventIds(),
        s.received(),
        adjudicated,
        paid,
        carc,
        rarc);
  }

  /** The denied claim a correction replaces: the first submission of the same bill. */
  private static String replaced(Submission s) {
    return Ids.of("CLM", s.bill().seed(), 0);
  }

  private void emit(Submission s, EventRecord claim, Remittance remittance) {
    String serviceEvent;
    long seed;
    LocalDate date;
    EventType type;
    if (s.drug() != null) {
      serviceEvent = s.drug().serviceEventId();
      seed = s.drug().seed();
      date = s.drug().fillDate();
      type = MemberEventType.CLAIM_PHARMACY;
    } else {
      serviceEvent = s.bill().serviceEventIds().get(0);
      seed = s.bill().seed();
      date = s.bill().serviceEndDate();
      type =
          s.bill().type().equals("claim_institutional")
              ? MemberEventType.CLAIM_INSTITUTIONAL
              : MemberEventType.CLAIM_PROFESSIONAL;
    }
    List<EventRecord> records = new ArrayList<>();
    records.add(claim);
    if (remittance != null) {
      records.add(remittance);
    }
    out.add(new Adjudicated(date, type, s.key(), serviceEvent, seed, records));
  }

  /** The lines of a paid claim with the member's shares, accumulated in claim order. */
  private List<ClaimLine> costShare(MedicalBill bill, int deniedLine) {
    BenefitDesign.Medical m = design.medical();
    Accumulators.Year year = accumulators.year(bill.serviceDate());
    long partA = 0;
    long stayCopay = 0;
    Long visitCopay = null;
    switch (bill.benefit()) {
      case INPATIENT_FACILITY:
        if (bill.opensBenefitPeriod()) {
          partA = m.inpatientDeductibleCents();
        }
        Long perDay = m.copay("inpatient_per_day");
        if (perDay != null) {
          Long days = m.copay("inpatient_days");
          stayCopay = perDay * Math.min(bill.inpatientDays(), days == null ? 365 : days);
        }
        break;
      case PRIMARY_CARE:
        visitCopay = m.copay("primary_care");
        break;
      case SPECIALIST:
        visitCopay = m.copay("specialist");
        break;
      case EMERGENCY_FACILITY:
        visitCopay = m.copay("emergency");
        break;
      case SKILLED_NURSING:
        Long snfPerDay = m.copay("snf_per_day");
        if (snfPerDay != null) {
          Long free = m.copay("snf_free_days");
          stayCopay = snfPerDay * Math.max(0, bill.inpatientDays() - (free == null ? 0 : free));
        }
        break;
      case HOME_HEALTH:
        visitCopay = m.copay("home_health");
        break;
      case HOSPICE:
        visitCopay = m.copay("hospice");
        break;
      case AMBULANCE:
        visitCopay = m.copay("ambulance");
        break;
      default:
        break;
    }
    boolean edCovered =
        bill.benefit() == MedicalBill.Benefit.EMERGENCY_PHYSICIAN && m.copay("emergency") != null;
    boolean stayRule = stayRule(bill);
    boolean copayTaken = false;
    boolean facilityVisit = bill.benefit() == MedicalBill.Benefit.EMERGENCY_FACILITY;
    // A home health period's, hospice claim's or ambulance trip's copay (0 where it is covered in
    // full) is the claim's whole share.
    boolean periodCopay =
        (bill.benefit() == MedicalBill.Benefit.HOME_HEALTH
                || bill.benefit() == MedicalBill.Benefit.HOSPICE
                || bill.benefit() == MedicalBill.Benefit.AMBULANCE)
            && visitCopay != null;
    List<ClaimLine> lines = new ArrayList<>();
    for (int i = 0; i < bill.lines().size(); i++) {
      MedicalBill.PricedLine l = bill.lines().get(i);
      if (i == deniedLine) {
        lines.add(line(i, l, 0, 0, 0, 0, 0, CARC_BUNDLED));
        continue;
      }
      long allowed = l.allowedCents();
      long ded = 0;
      long coins = 0;
      long copay = 0;
      if (allowed <= 0 || edCovered || exempt(l)) {
        // no cost sharing
      } else if (periodCopay) {
        copay = copayTaken ? 0 : Math.min(allowed, visitCopay);
        copayTaken = true;
      } else if (stayRule) {
        ded = Math.min(allowed, partA);
        partA -= ded;
        copay = Math.min(allowed - ded, stayCopay);
        stayCopay -= copay;
      } else if (visitCopay != null && !copayTaken && (visit(l) || facilityVisit)) {
        copay = Math.min(allowed, visitCopay);
        copayTaken = true;
      } else {
        ded = Math.min(allowed, Math.max(0, m.deductibleCents() - year.medicalDeductible));
        coins = Math.round((allowed - ded) * m.coinsurance());
      }
      if (m.outOfPocketMaxCents() != null) {
        long room = Math.max(0, m.outOfPocketMaxCents() - year.outOfPocket);
        long over = ded + coins + copay - room;
        long cut = Math.min(over > 0 ? over : 0, coins);
        coins -= cut;
        over -= cut;
        cut = Math.min(over > 0 ? over : 0, copay);
        copay -= cut;
        over -= cut;
        cut = Math.min(over > 0 ? over : 0, ded);
        ded -= cut;
      }
      if (!stayRule) {
        year.medicalDeductible += ded;
      }
      year.outOfPocket += ded + coins + copay;
      lines.add(line(i, l, allowed, allowed - ded - coins - copay, ded, coins, copay, null));
    }
    return lines;
  }

  /** True when a stay's cost sharing is the design's per-stay rule (Part A, per-day copays). */
  private boolean stayRule(MedicalBill bill) {
    BenefitDesign.Medical m = design.medical();
    return switch (bill.benefit()) {
      case INPATIENT_FACILITY ->
          m.inpatientDeductibleCents() > 0 || m.copay("inpatient_per_day") != null;
      case SKILLED_NURSING -> m.copay("snf_per_day") != null;
      default -> false;
    };
  }

  private static boolean visit(MedicalBill.PricedLine l) {
    return l.category().endsWith("_visit");
  }

  private boolean exempt(MedicalBill.PricedLine l) {
    BenefitDesign.Medical m = design.medical();
    return (m.labsCoveredInFull() && l.category().equals("lab"))
        || (m.preventiveCoveredInFull()
            && (l.category().equals("preventive_visit")
                || l.category().equals("vaccine")
                || l.category().equals("screening")));
  }

  private static ClaimLine line(
      int i,
      MedicalBill.PricedLine l,
      long allowed,
      long paid,
      long ded,
      long coins,
      long copay,
      String denial) {
    return new ClaimLine(
        i + 1,
        l.code(),
        l.revenueCode(),
        l.units(),
        l.diagnosisPointers(),
        l.billedCents(),
        allowed,
        paid,
        ded,
        coins,
        copay,
        denial);
  }

  /** The 835 of a decided claim: contractual write-offs, denials and the member's shares. */
  private static Remittance remittance(Claim claim, String statusCode) {
    long contractual = 0;
    long denied = 0;
    String deniedCode = null;
    long coinsurance = 0;
    long copay = 0;
    for (ClaimLine l : claim.lines()) {
      coinsurance += l.coinsuranceCents();
      copay += l.copayCents();
      if (l.denialCode() != null) {
        denied += l.billedCents();
        deniedCode = l.denialCode();
      } else {
        contractual += l.billedCents() - l.allowedCents();
      }
    }
    List<Remittance.Adjustment> adjustments = new ArrayList<>();
    add(adjustments, "CO", "45", contractual);
    add(adjustments, "CO", deniedCode, denied);
    add(adjustments, "PR", "1", claim.deductibleCents());
    add(adjustments, "PR", "2", coinsurance);
    add(adjustments, "PR", "3", copay);
    return new Remittance(
        claim.claimId(),
        "PCN" + claim.claimId().substring(claim.claimId().indexOf('-')),
        statusCode,
        claim.billedCents(),
        claim.paidCents(),
        claim.memberResponsibilityCents(),
        claim.paidDate(),
        "EFT" + claim.paidDate().format(TRACE),
        adjustments);
  }

  private static void add(List<Remittance.Adjustment> list, String group, String carc, long cents) {
    if (cents != 0 && carc != null) {
      list.add(new Remittance.Adjustment(group, carc, cents));
    }
  }

  /**
   * The payment run that pays a claim decided on {@code adjudicated}: the first Friday after it
   * (weekly runs), no earlier than the design's payment floor after receipt.
   */
  private LocalDate paymentDate(LocalDate adjudicated, LocalDate received) {
    LocalDate d = adjudicated.plusDays(1);
    LocalDate floor = received.plusDays(design.rates().paymentFloorDays());
    if (d.isBefore(floor)) {
      d = floor;
    }
    int toFriday = DayOfWeek.FRIDAY.getValue() - d.getDayOfWeek().getValue();
    return d.plusDays(toFriday < 0 ? toFriday + 7 : toFriday);
  }

  private void pharmacy(Submission s) {
    PharmacyBill b = s.drug();
    UniformRandomProvider rng = s.rng();
    LocalDate paid = paymentDate(b.fillDate().plusDays(6), b.fillDate());
    if (uninsured()) {
      emit(
          s,
          drugClaim(
              s, 0, "B1", "self_pay", null, null, 1, b.allowedCents(), 0, b.allowedCents(), null),
          null);
      return;
    }
    BenefitDesign.Rates rates = design.rates();
    if (rng.nextDouble() < rates.pharmacyReject()) {
      Reasons.Reject reject = Reasons.reject(rng);
      emit(
          s.withKey("rejected"),
          drugClaim(s, 9, "B1", "rejected", reject.code(), null, 1, 0, 0, 0, null),
          null);
    }
    PharmacyClaim first = paidDrug(s, 0, paid);
    emit(s, first, null);
    if (rng.nextDouble() < rates.pharmacyReversal()) {
      Accumulators.Year year = accumulators.year(b.fillDate());
      reverse(year, first);
      emit(
          s.withKey("reversal"),
          drugClaim(
              s,
              1,
              "B2",
              "reversed",
              null,
              first.claimId(),
              -1,
              -first.allowedCents(),
              -first.deductibleCents(),
              -first.copayCents(),
              paid),
          null);
      emit(s.withKey("rebilled"), paidDrug(s, 2, paid), null);
    }
  }

  private void reverse(Accumulators.Year year, PharmacyClaim c) {
    BenefitDesign.Pharmacy p = design.pharmacy();
    if (p.sharesMedicalDeductible()) {
      year.medicalDeductible -= c.deductibleCents();
    } else {
      year.drugDeductible -= c.deductibleCents();
    }
    if (p.outOfPocketMaxCents() != null) {
      year.drugOutOfPocket -= c.memberPaidCents();
    } else {
      year.outOfPocket -= c.memberPaidCents();
    }
  }

  /** A paid billing with the member's share, accumulated. */
  private PharmacyClaim paidDrug(Submission s, int n, LocalDate paid) {
    PharmacyBill b = s.drug();
    BenefitDesign.Pharmacy p = design.pharmacy();
    BenefitDesign.Medical m = design.medical();
    Accumulators.Year year = accumulators.year(b.fillDate());
    long allowed = b.allowedCents();
    long ded = 0;
    if (p.sharesMedicalDeductible()) {
      ded = Math.min(allowed, Math.max(0, m.deductibleCents() - year.medicalDeductible));
    } else if (p.deductibleCents() > 0 && (b.brand() || p.deductibleAppliesToGenerics())) {
      ded = Math.min(allowed, Math.max(0, p.deductibleCents() - year.drugDeductible));
    }
    long rest = allowed - ded;
    Long copay = b.brand() ? p.brandCopayCents() : p.genericCopayCents();
    long share = copay != null ? Math.min(rest, copay) : Math.round(rest * p.coinsurance());
    Long max = p.outOfPocketMaxCents() != null ? p.outOfPocketMaxCents() : m.outOfPocketMaxCents();
    long spent = p.outOfPocketMaxCents() != null ? year.drugOutOfPocket : year.outOfPocket;
    if (max != null) {
      long over = ded + share - Math.max(0, max - spent);
      long cut = Math.min(Math.max(0, over), share);
      share -= cut;
      over -= cut;
      ded -= Math.min(Math.max(0, over), ded);
    }
    if (p.sharesMedicalDeductible()) {
      year.medicalDeductible += ded;
    } else {
      year.drugDeductible += ded;
    }
    if (p.outOfPocketMaxCents() != null) {
      year.drugOutOfPocket += ded + share;
    } else {
      year.outOfPocket += ded + share;
    }
    return drugClaim(s, n, "B1", "paid", null, null, 1, allowed, ded, share, paid);
  }

  private PharmacyClaim drugClaim(
      Submission s,
      int n,
      String transaction,
      String status,
      String reject,
      String original,
      int sign,
      long allowed,
      long ded,
      long copay,
      LocalDate paid) {
    PharmacyBill b = s.drug();
    return new PharmacyClaim(
        Ids.of("RXC", b.seed(), n),
        b.fillId(),
        memberId,
        b.fillDate(),
        transaction,
        status,
        reject,
        original,
        b.pharmacyNpi(),
        b.prescriberNpi(),
        b.ndc(),
        b.rxnorm(),
        b.drugName(),
        b.quantity(),
        b.daysSupply(),
        sign * b.ingredientCostCents(),
        sign * b.dispensingFeeCents(),
        allowed,
        ded,
        copay,
        allowed - ded - copay,
        paid);
  }
}
