package org.healthsim.generation.internal.care;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.LineOfBusiness;
import org.healthsim.generation.calibration.CalibrationReport;
import org.healthsim.generation.internal.adjudication.BenefitDesign;
import org.healthsim.generation.internal.adjudication.BenefitDesigns;
import org.healthsim.generation.internal.output.EventJson;
import org.healthsim.generation.internal.plan.PlanCatalog;
import org.healthsim.generation.journey.EventStatus;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.json.JsonBytes;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.records.Admission;
import org.healthsim.generation.records.Claim;
import org.healthsim.generation.records.Discharge;
import org.healthsim.generation.records.Encounter;
import org.healthsim.generation.records.Fill;
import org.healthsim.generation.records.LabOrder;
import org.healthsim.generation.records.PharmacyClaim;
import org.healthsim.generation.records.PostAcuteStay;
import org.healthsim.generation.records.Procedure;
import org.healthsim.generation.template.ProfileTemplates;
import org.junit.jupiter.api.Test;

/**
 * The claims of a year of care (issue 13's acceptance): {@code medicare-diabetic} + {@code
 * year-of-care}, 20,000 members, seed 42, the run the realism tests share. Rates are tested with
 * bounds of 4.4 standard errors (two-sided false-failure rate about 1e-5 each).
 */
class YearOfCareClaimsTest {

  private final YearOfCareRun run = YearOfCareRun.of("medicare-diabetic", 20_000);

  /** Inpatient, skilled nursing, home health and hospice claims: outside the Part B deductible. */
  private static final Set<String> PART_A_BILL_TYPES = Set.of("111", "211", "329", "811");

  private static List<Claim> claims(Timeline t) {
    return YearOfCareRun.claims(t);
  }

  private static List<Claim> standing(List<Claim> all) {
    return YearOfCareRun.standing(all);
  }

  @Test
  void allowedPmpmIsThatOfMedicareDiabetics() {
    // Issue 13's range: Medicare spends about $1,311 PMPM on the average beneficiary (2022) and
    // about $1,700-2,000 on one with diabetes (BENCHMARKS.md, REALISM-AUDIT.md).
    for (String line : List.of("Medicare", "Medicare Advantage")) {
      CalibrationReport.Line l = run.report.line(line);
      assertThat(l.measure("allowed_pmpm").value()).as(line).isBetween(1_200.0, 2_800.0);
      assertThat(l.measure("paid_pmpm").value())
          .as(line)
          .isLessThan(l.measure("allowed_pmpm").value());
    }
  }

  @Test
  void everyServiceHasExactlyOneStandingClaimOfEachKindDatedOnItsService() {
    long services = 0;
    for (GeneratedEntity entity : run.entities) {
      Timeline t = run.timelines.get(entity.entityId());
      Map<String, Integer> byServiceAndType = new HashMap<>();
      for (Claim c : standing(claims(t))) {
        for (String id : c.serviceEventIds()) {
          byServiceAndType.merge(id + "|" + c.type(), 1, Integer::sum);
        }
      }
      Set<String> billed = new HashSet<>();
      byServiceAndType.forEach(
          (k, n) -> {
            assertThat(n).as("claims of %s", k).isEqualTo(1);
            billed.add(k.substring(0, k.indexOf('|')));
          });
      for (TimelineEvent e : t.events()) {
        if (e.status() != EventStatus.EXECUTED || e.outputs().isEmpty()) {
          continue;
        }
        Object r = e.outputs().get(0);
        if (r instanceof Encounter
            || r instanceof LabOrder
            || r instanceof Procedure
            || r instanceof PostAcuteStay) {
          services++;
          assertThat(billed)
              .as("%s has a claim", e.timelineEventId())
              .contains(e.timelineEventId());
        }
      }
      for (TimelineEvent e : t.events()) {
        for (Object r : e.outputs()) {
          if (r instanceof Claim) {
            Claim c = (Claim) r;
            assertThat(e.scheduledDate()).isEqualTo(c.serviceEndDate());
            LocalDate first = t.event(c.serviceEventIds().get(0)).orElseThrow().scheduledDate();
            assertThat(c.serviceDate()).isEqualTo(first);
            assertThat(c.receivedDate()).isAfter(c.serviceEndDate());
            assertThat(c.paidDate()).isAfterOrEqualTo(c.adjudicatedDate());
          }
        }
      }
    }
    assertThat(services).isGreaterThan(200_000);
  }

  @Test
  void writtenClaimHeadersAreTheSumsOfTheirLinesToTheCent() throws Exception {
    ObjectMapper json = new ObjectMapper();
    int checked = 0;
    for (GeneratedEntity entity : run.entities.subList(0, 500)) {
      for (TimelineEvent e : run.timelines.get(entity.entityId()).events()) {
        if (!e.eventType().wireName().startsWith("claim_")
            || e.eventType().wireName().equals("claim_pharmacy")) {
          continue;
        }
        JsonBytes out = new JsonBytes();
        new EventJson().write(e, out);
        JsonNode claim = json.readTree(out.toByteArray()).get("outputs").get(0);
        for (String field : List.of("billed", "allowed", "paid", "member_responsibility")) {
          BigDecimal sum = BigDecimal.ZERO;
          for (JsonNode line : claim.get("lines")) {
            sum = sum.add(line.get(field).decimalValue());
          }
          assertThat(claim.get(field).decimalValue()).as(field).isEqualByComparingTo(sum);
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(5_000);
  }

  @Test
  void professionalDenialsAreThreeToFifteenPercentWithReasonCodes() {
    long professional = 0;
    long denied = 0;
    Set<String> carcs = new HashSet<>();
    for (Timeline t : run.timelines.values()) {
      for (Claim c : claims(t)) {
        if (c.type().equals("claim_professional") && c.frequencyCode().equals("1")) {
          professional++;
          if (c.status().equals("denied")) {
            denied++;
            assertThat(c.denialCode()).isNotNull();
            assertThat(c.remarkCode()).isNotNull();
            carcs.add(c.denialCode());
          }
        }
      }
    }
    double share = denied / (double) professional;
    assertThat(share).isBetween(0.03, 0.15);
    assertThat(carcs).contains("16", "96", "119", "197", "50");
  }

  @Test
  void noMemberPaysMoreThanThePlansMaximum() {
    int capped = 0;
    for (GeneratedEntity entity : run.entities) {
      LineOfBusiness lob = PlanCatalog.lineOfBusiness(entity);
      BenefitDesign design = BenefitDesigns.builtIn().forMember(entity.coverage().plan(), lob);
      Timeline t = run.timelines.get(entity.entityId());
      long medical = claims(t).stream().mapToLong(Claim::memberResponsibilityCents).sum();
      long drugs = 0;
      for (TimelineEvent e : t.events()) {
        for (Object r : e.outputs()) {
          if (r instanceof PharmacyClaim) {
            drugs += ((PharmacyClaim) r).memberPaidCents();
          }
        }
      }
      Long medicalMax = design.medical().outOfPocketMaxCents();
      Long drugMax = design.pharmacy().outOfPocketMaxCents();
      if (medicalMax != null) {
        assertThat(medical + (drugMax == null ? drugs : 0)).isLessThanOrEqualTo(medicalMax);
        capped += medical == medicalMax ? 1 : 0;
      }
      if (drugMax != null) {
        assertThat(drugs).isLessThanOrEqualTo(drugMax);
      }
    }
    assertThat(capped).as("members who reached the maximum").isPositive();
  }

  @Test
  void originalMedicareMembersMeetThePartBDeductibleOnTheirFirstClaims() {
    int members = 0;
    for (GeneratedEntity entity : run.entities) {
      if (PlanCatalog.lineOfBusiness(entity) != LineOfBusiness.MEDICARE) {
        continue;
      }
      List<Claim> partB =
          standing(claims(run.timelines.get(entity.entityId()))).stream()
              .filter(c -> !PART_A_BILL_TYPES.contains(c.placeOfService()))
              .filter(c -> c.status().equals("paid") || c.status().equals("partially_paid"))
              .sorted(
                  java.util.Comparator.comparing(Claim::receivedDate).thenComparing(Claim::claimId))
              .toList();
      long shared = 0;
      long deductible = 0;
      boolean firstCarries = false;
      for (Claim c : partB) {
        long d = c.deductibleCents();
        long share = c.memberResponsibilityCents();
        if (shared == 0 && share > 0) {
          firstCarries = d > 0;
        }
        shared += share;
        deductible += d;
      }
      long coinsurable = partB.stream().mapToLong(Claim::allowedCents).sum();
      if (coinsurable > 100_000 && shared > 0) {
        members++;
        assertThat(firstCarries).as(entity.entityId()).isTrue();
        assertThat(deductible).as(entity.entityId()).isEqualTo(25_700);
      }
    }
    assertThat(members).isGreaterThan(1_000);
  }

  @Test
  void skilledNursingFollowsAQualifyingStayKeepsThePatientAwayAndCostsPartADays() {
    int snfStays = 0;
    int homeHealthPeriods = 0;
    int coinsuredStays = 0;
    for (GeneratedEntity entity : run.entities) {
      Timeline t = run.timelines.get(entity.entityId());
      Map<LocalDate, LocalDate> admitByDischarge = new HashMap<>();
      List<PostAcuteStay> stays = new ArrayList<>();
      List<LocalDate> awayFromFacility = new ArrayList<>();
      for (TimelineEvent e : t.events()) {
        if (e.status() != EventStatus.EXECUTED) {
          continue;
        }
        for (Object r : e.outputs()) {
          if (r instanceof Discharge d) {
            admitByDischarge.put(d.dischargeDate(), d.admitDate());
          } else if (r instanceof PostAcuteStay p) {
            stays.add(p);
          } else if (r instanceof Fill f) {
            awayFromFacility.add(f.date());
          } else if (r instanceof Encounter enc && enc.placeOfService().equals("11")) {
            awayFromFacility.add(enc.date());
          }
        }
      }
      boolean originalMedicare = PlanCatalog.lineOfBusiness(entity) == LineOfBusiness.MEDICARE;
      for (PostAcuteStay p : stays) {
        if (!p.skilledNursing()) {
          homeHealthPeriods++;
          continue;
        }
        snfStays++;
        LocalDate admit = admitByDischarge.get(p.startDate());
        assertThat(admit).as("%s: a hospital discharge on the SNF's first day", p).isNotNull();
        assertThat(java.time.temporal.ChronoUnit.DAYS.between(admit, p.startDate()))
            .as("qualifying stay of %s", p)
            .isGreaterThanOrEqualTo(3);
        for (LocalDate d : awayFromFacility) {
          assertThat(d.isAfter(p.startDate()) && d.isBefore(p.endDate()))
              .as("%s: office visit or retail fill on %s inside the SNF stay", p, d)
              .isFalse();
        }
      }
      for (Claim c : standing(claims(t))) {
        if (!c.status().equals("paid")) {
          continue;
        }
        if (c.placeOfService().equals("329") && entity.coverage() != null) {
          assertThat(c.memberResponsibilityCents()).as("home health %s", c.claimId()).isZero();
        }
        if (c.placeOfService().equals("211") && originalMedicare) {
          int days =
              (int) java.time.temporal.ChronoUnit.DAYS.between(c.serviceDate(), c.serviceEndDate());
          long expected = Math.min(c.allowedCents(), 20_950L * Math.max(0, days - 20));
          assertThat(c.memberResponsibilityCents())
              .as("SNF claim %s", c.claimId())
              .isEqualTo(expected);
          coinsuredStays += expected > 0 ? 1 : 0;
        }
      }
    }
    assertThat(snfStays).isGreaterThan(500);
    assertThat(homeHealthPeriods).isGreaterThan(3_000);
    assertThat(coinsuredStays).isGreaterThan(50);
  }

  @Test
  void hospiceEndsOnTheDeathWithNothingElseDuringItAndCostsMedicareMembersNothing() {
    int deaths = 0;
    int hospice = 0;
    for (GeneratedEntity entity : run.entities) {
      Timeline t = run.timelines.get(entity.entityId());
      LocalDate death = null;
      PostAcuteStay care = null;
      List<LocalDate> otherCare = new ArrayList<>();
      for (TimelineEvent e : t.events()) {
        if (e.status() != EventStatus.EXECUTED) {
          continue;
        }
        for (Object r : e.outputs()) {
          if (r instanceof org.healthsim.generation.records.Death d) {
            death = d.date();
          } else if (r instanceof PostAcuteStay p && p.hospice()) {
            care = p;
          } else if (r instanceof Fill || r instanceof Admission || r instanceof Encounter) {
            otherCare.add(e.scheduledDate());
          }
        }
      }
      deaths += death != null ? 1 : 0;
      if (care == null) {
        continue;
      }
      hospice++;
      assertThat(care.endDate()).as("%s: hospice to the death", entity.entityId()).isEqualTo(death);
      for (LocalDate d : otherCare) {
        assertThat(d.isAfter(care.startDate()) && !d.isAfter(care.endDate()))
            .as("%s: care on %s during hospice from %s", entity.entityId(), d, care.startDate())
            .isFalse();
      }
      for (Claim c : standing(claims(t))) {
        if (c.placeOfService().equals("811") && c.status().equals("paid")) {
          assertThat(c.memberResponsibilityCents()).as(c.claimId()).isZero();
        }
      }
    }
    // MedPAC: 49% of Medicare decedents use hospice; in-hospital deaths and deaths during a stay
    // never do here, so the run gives somewhat less.
    assertThat(deaths).isGreaterThan(800);
    assertThat(hospice / (double) deaths).isBetween(0.35, 0.55);
  }

  @Test
  void endStageRenalDiseaseGetsDialysisThreeTimesAWeekBilledMonthlyByTheFacility() {
    int members = 0;
    for (GeneratedEntity entity : run.entities) {
      boolean esrd = entity.conditions().stream().anyMatch(c -> c.code().equals("N18.6"));
      Timeline t = run.timelines.get(entity.entityId());
      List<LocalDate> sessions = new ArrayList<>();
      List<LocalDate[]> stays = new ArrayList<>();
      boolean wholeYear = true;
      for (TimelineEvent e : t.events()) {
        if (e.status() != EventStatus.EXECUTED) {
          continue;
        }
        for (Object r : e.outputs()) {
          if (r instanceof Procedure p && p.placeOfService().equals("65")) {
            sessions.add(p.date());
          } else if (r instanceof Discharge d) {
            stays.add(new LocalDate[] {d.admitDate(), d.dischargeDate()});
          } else if (r instanceof org.healthsim.generation.records.Death
              || r instanceof org.healthsim.generation.records.Termination
              || r instanceof PostAcuteStay) {
            wholeYear = false;
          }
        }
      }
      if (!esrd) {
        assertThat(sessions).as(entity.entityId()).isEmpty();
        continue;
      }
      members++;
      java.util.Set<java.time.DayOfWeek> days = new HashSet<>();
      sessions.forEach(d -> days.add(d.getDayOfWeek()));
      assertThat(days).as("%s: one weekly schedule", entity.entityId()).hasSizeLessThanOrEqualTo(3);
      long inHospital = 0;
      for (LocalDate[] s : stays) {
        inHospital += java.time.temporal.ChronoUnit.DAYS.between(s[0], s[1]) + 1;
        for (LocalDate d : sessions) {
          assertThat(!d.isBefore(s[0]) && !d.isAfter(s[1]))
              .as("%s: session %s in hospital", entity.entityId(), d)
              .isFalse();
        }
      }
      if (wholeYear) {
        // 52 weeks of three sessions, less the days in hospital (at most 3 sessions in 7 days).
        assertThat(sessions.size())
            .as(entity.entityId())
            .isBetween((int) (153 - 3 * (inHospital + 6) / 7), 157);
      }
      for (Claim c : standing(claims(t))) {
        if (c.placeOfService().equals("721")) {
          assertThat(c.lines()).allSatisfy(l -> assertThat(l.revenueCode()).isEqualTo("0821"));
          assertThat(c.lines()).hasSize(c.serviceEventIds().size());
          assertThat(c.serviceDate().getMonth()).isEqualTo(c.serviceEndDate().getMonth());
          assertThat(c.diagnosisCodes().get(0)).isEqualTo("N18.6");
        }
      }
    }
    assertThat(members).isGreaterThan(200); // about 1.9% of 20,000
  }

  @Test
  void everyFillHasOnePaidPharmacyClaimOnItsDateAndReversalsCancelTheirClaims() {
    long fills = 0;
    long rejected = 0;
    long reversed = 0;
    double expectedRejects = 0;
    for (GeneratedEntity entity : run.entities) {
      BenefitDesign design =
          BenefitDesigns.builtIn()
              .forMember(entity.coverage().plan(), PlanCatalog.lineOfBusiness(entity));
      Map<String, List<PharmacyClaim>> byFill = new HashMap<>();
      Map<String, LocalDate> fillDates = new HashMap<>();
      for (TimelineEvent e : run.timelines.get(entity.entityId()).events()) {
        for (Object r : e.outputs()) {
          if (r instanceof Fill) {
            fillDates.put(((Fill) r).fillId(), ((Fill) r).date());
          } else if (r instanceof PharmacyClaim) {
            PharmacyClaim c = (PharmacyClaim) r;
            byFill.computeIfAbsent(c.fillId(), k -> new ArrayList<>()).add(c);
          }
        }
      }
      assertThat(byFill.keySet()).isEqualTo(fillDates.keySet());
      for (Map.Entry<String, List<PharmacyClaim>> f : byFill.entrySet()) {
        fills++;
        expectedRejects += design.rates().pharmacyReject();
        long paid = 0;
        long allowed = 0;
        PharmacyClaim last = null;
        for (PharmacyClaim c : f.getValue()) {
          assertThat(c.fillDate()).isEqualTo(fillDates.get(f.getKey()));
          switch (c.status()) {
            case "paid" -> {
              paid++;
              last = c;
            }
            case "reversed" -> {
              paid--;
              reversed++;
            }
            case "rejected" -> {
              rejected++;
              assertThat(c.rejectCode()).isNotNull();
              assertThat(c.allowedCents()).isZero();
            }
            default -> throw new AssertionError(c.status());
          }
          allowed += c.allowedCents();
        }
        assertThat(paid).as("net paid billings of %s", f.getKey()).isEqualTo(1);
        assertThat(allowed).isEqualTo(last.allowedCents());
      }
    }
    double sd = Math.sqrt(expectedRejects);
    assertThat((double) rejected).isBetween(expectedRejects - 4.4 * sd, expectedRejects + 4.4 * sd);
    assertThat(reversed / (double) fills).isBetween(0.012, 0.028);
  }

  @Test
  void billingIsAPureFunctionOfTheEntityAndItsTimeline() {
    // Entity 18 of a run of 50, built on other threads beside other entities, bills what entity
    // 18 of the run of 20,000 bills, accumulators included.
    YearOfCareRun small = YearOfCareRun.of("medicare-diabetic", 50);
    assertThat(claims(small.timelines.get("E018"))).isEqualTo(claims(run.timelines.get("E018")));
  }

  @Test
  void anHdhpMemberPaysMoreOutOfPocketThanAPpoMemberForTheSameCare() {
    long ppo = outOfPocket("PPO");
    long hdhp = outOfPocket("HDHP");
    assertThat(hdhp).isGreaterThan(ppo * 11 / 10);
  }

  @Test
  void anUninsuredPersonsClaimsHaveNoPlanPayment() {
    YearOfCareRun uninsured = YearOfCareRun.of(withCoverage("\"type\": \"Uninsured\""), 300);
    long claims = 0;
    for (Timeline t : uninsured.timelines.values()) {
      for (Claim c : claims(t)) {
        claims++;
        assertThat(c.status()).isEqualTo("self_pay");
        assertThat(c.paidCents()).isZero();
        assertThat(c.memberResponsibilityCents()).isEqualTo(c.allowedCents());
      }
    }
    assertThat(claims).isGreaterThan(300);
  }

  /** Member out-of-pocket of 2,000 commercial-healthy members, all on {@code plan}. */
  private static long outOfPocket(String plan) {
    YearOfCareRun r =
        YearOfCareRun.of(
            withCoverage(
                "\"type\": \"Commercial\", \"plan_distribution\": {\"" + plan + "\": 1.0}"),
            2_000);
    long total = 0;
    for (Timeline t : r.timelines.values()) {
      total += claims(t).stream().mapToLong(Claim::memberResponsibilityCents).sum();
    }
    return total;
  }

  private static org.healthsim.core.spec.ProfileSpecification withCoverage(String coverage) {
    String text = ProfileTemplates.text("commercial-healthy");
    int at = text.indexOf("\"coverage\"");
    int open = text.indexOf('{', at);
    int depth = 0;
    int close = open;
    for (int i = open; i < text.length(); i++) {
      if (text.charAt(i) == '{') {
        depth++;
      } else if (text.charAt(i) == '}' && --depth == 0) {
        close = i;
        break;
      }
    }
    return SpecReader.profileFromString(
        text.substring(0, open) + "{" + coverage + "}" + text.substring(close + 1));
  }
}
