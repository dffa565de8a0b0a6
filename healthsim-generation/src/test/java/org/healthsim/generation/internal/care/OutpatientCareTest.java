package org.healthsim.generation.internal.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthsim.core.spec.LineOfBusiness;
import org.healthsim.generation.internal.plan.PlanCatalog;
import org.healthsim.generation.internal.pricing.Pricing;
import org.healthsim.generation.internal.pricing.ServiceCodes;
import org.healthsim.generation.journey.EventStatus;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.profile.EntityMedication;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.records.Claim;
import org.healthsim.generation.records.ClaimLine;
import org.healthsim.generation.records.Encounter;
import org.healthsim.generation.records.Procedure;
import org.junit.jupiter.api.Test;

/**
 * Care outside the office visit and the stay, in the year of care of 20,000 Medicare diabetics (the
 * run the realism and claims tests share): ambulance arrivals, CGM supplies, screenings and
 * outpatient surgery, and visits at hospital-based practices. Shares are tested against their
 * configured values (baseline.json, the diabetes program, payment-levels.csv) with bounds of 4.4
 * standard errors, a two-sided false-failure rate of about 1e-5 each.
 */
class OutpatientCareTest {

  private static final Set<String> INSULINS = Set.of("106892", "865098");

  private final YearOfCareRun run = YearOfCareRun.of("medicare-diabetic", 20_000);

  private static List<Procedure> procedures(Timeline t) {
    List<Procedure> out = new ArrayList<>();
    for (TimelineEvent e : executed(t)) {
      e.outputs().stream()
          .filter(Procedure.class::isInstance)
          .map(Procedure.class::cast)
          .forEach(out::add);
    }
    return out;
  }

  private static List<TimelineEvent> executed(Timeline t) {
    return t.events().stream().filter(e -> e.status() == EventStatus.EXECUTED).toList();
  }

  /** The claims among {@code claims} that bill {@code event}. */
  private static List<Claim> billing(List<Claim> claims, TimelineEvent event) {
    return claims.stream()
        .filter(c -> c.serviceEventIds().contains(event.timelineEventId()))
        .toList();
  }

  /** Asserts {@code hits} of {@code n} is within 4.4 standard errors of {@code p}. */
  private static void assertShare(long hits, long n, double p) {
    double se = Math.sqrt(p * (1 - p) / n);
    assertThat((double) hits / n).isBetween(p - 4.4 * se, p + 4.4 * se);
  }

  @Test
  void aConfiguredShareOfEdVisitsArriveByAmbulanceBilledWithTheirMiles() {
    long visits = 0;
    long transported = 0;
    for (GeneratedEntity e : run.entities) {
      Timeline t = run.timelines.get(e.entityId());
      Set<LocalDate> admitted = new HashSet<>();
      Map<LocalDate, Integer> edVisits = new HashMap<>();
      for (TimelineEvent ev : executed(t)) {
        if (ev.eventId().equals("admission/ed")) {
          admitted.add(ev.scheduledDate());
        }
        if (ev.eventId().equals("ed")) {
          edVisits.merge(ev.scheduledDate(), 1, Integer::sum);
        }
      }
      Map<LocalDate, List<Procedure>> transports = new HashMap<>();
      for (Procedure p : procedures(t)) {
        if (p.placeOfService().equals("41")) {
          transports.computeIfAbsent(p.date(), d -> new ArrayList<>()).add(p);
        }
      }
      for (List<Procedure> day : transports.values()) {
        // One transport a visit: a base rate (ALS1 or BLS emergency) and its loaded miles.
        assertThat(day.stream().filter(p -> p.code().equals("A0425")).count())
            .isEqualTo(day.stream().filter(p -> !p.code().equals("A0425")).count());
        assertThat(day).allSatisfy(p -> assertThat(p.code()).isIn("A0427", "A0429", "A0425"));
        assertThat(day).allSatisfy(p -> assertThat(p.units()).isPositive());
      }
      for (Claim c : YearOfCareRun.claims(t)) {
        if (c.placeOfService().equals("41")) {
          assertThat(c.lines()).hasSize(2);
          assertThat(c.lines().get(1).code()).isEqualTo("A0425");
          if (PlanCatalog.lineOfBusiness(e) == LineOfBusiness.MEDICARE_ADVANTAGE
              && c.status().equals("paid")) {
            assertThat(c.memberResponsibilityCents()).isLessThanOrEqualTo(27_500);
          }
        }
      }
      if (e.age() >= 66) { // 65 and over all year
        for (Map.Entry<LocalDate, Integer> v : edVisits.entrySet()) {
          if (v.getValue() == 1 && !admitted.contains(v.getKey())) {
            visits++;
            transported += transports.containsKey(v.getKey()) ? 1 : 0;
          }
        }
      }
    }
    assertThat(visits).isGreaterThan(5_000);
    assertShare(transported, visits, 0.35);
  }

  @Test
  void insulinUsersGetMonthlyCgmSuppliesFromTheirDmeSupplier() {
    long onInsulin = 0;
    long users = 0;
    for (GeneratedEntity e : run.entities) {
      Timeline t = run.timelines.get(e.entityId());
      boolean insulin =
          e.medications().stream().map(EntityMedication::rxnorm).anyMatch(INSULINS::contains);
      List<Procedure> supplies =
          procedures(t).stream().filter(p -> p.code().equals("A4239")).toList();
      if (!insulin) {
        assertThat(supplies).isEmpty();
        continue;
      }
      onInsulin++;
      if (!supplies.isEmpty()) {
        users++;
        assertThat(supplies).allSatisfy(p -> assertThat(p.placeOfService()).isEqualTo("12"));
        if (t.death() == null) {
          assertThat(supplies.size()).isBetween(1, 13);
        }
      }
    }
    assertThat(onInsulin).isGreaterThan(5_000);
    assertShare(users, onInsulin, 0.35);
  }

  @Test
  void screeningsFollowAgeAndSexAndCostOriginalMedicareMembersNothing() {
    long screenings = 0;
    for (GeneratedEntity e : run.entities) {
      Timeline t = run.timelines.get(e.entityId());
      for (Procedure p : procedures(t)) {
        if (p.code().equals("77067") || p.code().equals("77080")) {
          screenings++;
          assertThat(e.gender()).isEqualTo("F");
          assertThat(e.age()).isBetween(p.code().equals("77067") ? 40 : 65, 100);
        }
        if (p.code().equals("77067")) {
          assertThat(e.age()).isLessThanOrEqualTo(74);
        }
      }
      if (PlanCatalog.lineOfBusiness(e) == LineOfBusiness.MEDICARE) {
        for (Claim c : YearOfCareRun.claims(t)) {
          if (!c.type().equals("claim_professional")) {
            continue;
          }
          for (ClaimLine l : c.lines()) {
            if (ServiceCodes.get(l.code()).category().equals("screening")) {
              assertThat(l.memberResponsibilityCents()).isZero();
            }
          }
        }
      }
    }
    assertThat(screenings).isGreaterThan(2_000);
  }

  @Test
  void outpatientSurgeryHasTheFacilityClaimAndTheSurgeonClaim() {
    long operations = 0;
    for (GeneratedEntity e : run.entities) {
      Timeline t = run.timelines.get(e.entityId());
      List<Claim> claims = YearOfCareRun.standing(YearOfCareRun.claims(t));
      for (TimelineEvent ev : executed(t)) {
        if (!ev.eventId().equals("procedure/66984") && !ev.eventId().equals("procedure/45380")) {
          continue;
        }
        operations++;
        List<Claim> billing = billing(claims, ev);
        assertThat(billing)
            .extracting(Claim::placeOfService)
            .containsExactlyInAnyOrder("131", "22");
      }
    }
    assertThat(operations).isGreaterThan(1_000);
  }

  @Test
  void hospitalBasedPracticesBillAClinicVisitAndThePhysicianAtTheFacilityRate() {
    double rate = Pricing.constant("physician_facility_em_rate");
    long hospitalVisits = 0;
    double facilityRatio = 0;
    long facilityLines = 0;
    for (GeneratedEntity e : run.entities) {
      if (PlanCatalog.lineOfBusiness(e) != LineOfBusiness.MEDICARE) {
        continue;
      }
      Timeline t = run.timelines.get(e.entityId());
      List<Claim> claims = YearOfCareRun.standing(YearOfCareRun.claims(t));
      for (TimelineEvent ev : executed(t)) {
        Object r = ev.outputs().isEmpty() ? null : ev.outputs().get(0);
        if (!(r instanceof Encounter)
            || !((Encounter) r).encounterClass().equals("ambulatory")
            || !((Encounter) r).placeOfService().equals("22")) {
          continue;
        }
        hospitalVisits++;
        List<Claim> billing = billing(claims, ev);
        assertThat(billing).extracting(Claim::type).contains("claim_institutional");
        for (Claim c : billing) {
          if (c.type().equals("claim_institutional")) {
            assertThat(c.lines().get(0).code()).isEqualTo("G0463");
          } else if (!c.status().equals("denied")) {
            ClaimLine em = c.lines().get(0);
            if (em.allowedCents() > 0) {
              facilityRatio +=
                  em.allowedCents() / (ServiceCodes.get(em.code()).medicareAllowed() * 100);
              facilityLines++;
            }
          }
        }
      }
    }
    assertThat(hospitalVisits).isGreaterThan(2_000);
    // Allowed amounts spread log-normally (sd 0.1, mean factor exp(0.005)) around the fee.
    assertThat(facilityRatio / facilityLines).isBetween(rate * 0.98, rate * 1.03);
  }

  @Test
  void ippsAddOnsAreFixedPerHospitalAndAverageAboutFifteenPercent() {
    double sum = 0;
    int n = 2_000;
    for (int i = 0; i < n; i++) {
      String npi = "1" + String.format("%09d", i * 7919L);
      double f = Pricing.ippsAdjustment(npi);
      assertThat(f).isEqualTo(Pricing.ippsAdjustment(npi)).isBetween(1.0, 1.55);
      sum += f;
    }
    // Mean 1 + 0.3 * (0.03 + 0.35) / 2 + 0.2 / 2 = 1.157; its standard error over 2,000 is 0.002.
    assertThat(sum / n).isBetween(1.147, 1.167);
  }
}
