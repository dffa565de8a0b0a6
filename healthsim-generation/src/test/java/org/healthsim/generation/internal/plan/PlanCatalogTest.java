package org.healthsim.generation.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.LineOfBusiness;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.internal.adjudication.BenefitDesign;
import org.healthsim.generation.internal.adjudication.BenefitDesigns;
import org.healthsim.generation.journey.EventStatus;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.generation.records.Claim;
import org.healthsim.generation.records.PharmacyClaim;
import org.healthsim.generation.template.ProfileTemplates;
import org.junit.jupiter.api.Test;

/** One line of business per entity, read one way, and what it means for a claim. */
class PlanCatalogTest {

  @Test
  void everyPlanABuiltInProfileDrawsIsCatalogued() {
    for (String name : ProfileTemplates.NAMES) {
      Map<String, Double> plans = ProfileTemplates.get(name).coverage().planDistribution();
      assertThat(plans.keySet())
          .as(name)
          .allSatisfy(plan -> assertThat(PlanCatalog.lineOfBusiness(plan)).as(plan).isPresent());
    }
  }

  @Test
  void everyCataloguedPlanHasABenefitDesignOfItsLineOfBusiness() {
    for (String name : ProfileTemplates.NAMES) {
      for (String plan : ProfileTemplates.get(name).coverage().planDistribution().keySet()) {
        LineOfBusiness lob = PlanCatalog.lineOfBusiness(plan).orElseThrow();
        BenefitDesign design = BenefitDesigns.builtIn().forMember(plan, lob);
        assertThat(PlanCatalog.benefitDesign(plan)).contains(design.id());
        boolean medicare =
            lob == LineOfBusiness.MEDICARE || lob == LineOfBusiness.MEDICARE_ADVANTAGE;
        assertThat(design.id().contains("medicare")).as(plan).isEqualTo(medicare);
      }
    }
    BenefitDesign hdhp = BenefitDesigns.builtIn().get("commercial-hdhp");
    // IRS Rev. Proc. 2024-25: an HSA-qualified plan's 2025 deductible >= $1,650, OOP <= $8,300.
    assertThat(hdhp.medical().deductibleCents()).isGreaterThanOrEqualTo(165_000);
    assertThat(hdhp.medical().outOfPocketMaxCents()).isLessThanOrEqualTo(830_000);
    assertThat(hdhp.medical().copaysCents()).isEmpty();
    assertThat(BenefitDesigns.builtIn().forMember(null, LineOfBusiness.UNINSURED).id())
        .isEqualTo("uninsured");
    assertThat(BenefitDesigns.builtIn().forMember("Unlisted plan", LineOfBusiness.COMMERCIAL).id())
        .isEqualTo("commercial-ppo");
  }

  @Test
  void aPlanSaysMoreThanItsCoverageTypeAndUninsuredStaysUninsured() {
    assertThat(PlanCatalog.lineOfBusiness("Medicare", "Medicare Advantage", 70))
        .isEqualTo(LineOfBusiness.MEDICARE_ADVANTAGE);
    assertThat(PlanCatalog.lineOfBusiness("Medicare", "Original Medicare", 70))
        .isEqualTo(LineOfBusiness.MEDICARE);
    assertThat(PlanCatalog.lineOfBusiness("Commercial", "a plan of my own", 40))
        .isEqualTo(LineOfBusiness.COMMERCIAL);
    assertThat(PlanCatalog.lineOfBusiness("Uninsured", null, 70))
        .isEqualTo(LineOfBusiness.UNINSURED);
    // A reference profile's insured people have no type: Medicare from 65, else commercial.
    assertThat(PlanCatalog.lineOfBusiness(null, null, 70)).isEqualTo(LineOfBusiness.MEDICARE);
    assertThat(PlanCatalog.lineOfBusiness(null, null, 40)).isEqualTo(LineOfBusiness.COMMERCIAL);
  }

  @Test
  void medicareDiabeticMembersSplitBetweenOriginalMedicareAndMedicareAdvantageByPlan() {
    List<GeneratedEntity> entities =
        new ProfileExecutor(5).execute(ProfileTemplates.get("medicare-diabetic"), 400).entities();
    for (GeneratedEntity e : entities) {
      LineOfBusiness expected =
          e.coverage().plan().equals("Medicare Advantage")
              ? LineOfBusiness.MEDICARE_ADVANTAGE
              : LineOfBusiness.MEDICARE;
      assertThat(PlanCatalog.lineOfBusiness(e)).isEqualTo(expected);
    }
  }

  @Test
  void anUninsuredPersonsClaimsHaveNoPlanPayment() {
    ProfileSpecification uninsured =
        SpecReader.profileFromString(
            "{\"id\": \"cash\", \"demographics\": {\"age\": {\"type\": \"uniform\", \"min\": 30,"
                + " \"max\": 60}}, \"coverage\": {\"type\": \"Commercial\", \"uninsured\": 1.0}}");
    String journey =
        "{\"journey_id\": \"j\", \"products\": [\"patientsim\", \"membersim\"], \"events\": ["
            + "{\"event_id\": \"visit\", \"event_type\": \"encounter\"},"
            + "{\"event_id\": \"claim\", \"event_type\": \"claim_professional\", \"depends_on\":"
            + " \"visit\", \"parameters\": {\"icd10\": [\"J06.9\"]}},"
            + "{\"event_id\": \"rx\", \"event_type\": \"claim_pharmacy\", \"parameters\":"
            + " {\"rxnorm\": \"308192\"}}]}";
    JourneyEngine engine = new JourneyEngine(5);
    LocalDate start = LocalDate.of(2025, 3, 3);
    int claims = 0;
    for (GeneratedEntity e : new ProfileExecutor(5).execute(uninsured, 20).entities()) {
      assertThat(PlanCatalog.lineOfBusiness(e)).isEqualTo(LineOfBusiness.UNINSURED);
      Timeline t =
          engine.createTimeline(e, "patient", SpecReader.journeyFromString(journey), start);
      engine.executeTimeline(t, e, start.plusDays(30));
      for (TimelineEvent event : t.events()) {
        assertThat(event.status()).as(event.reason()).isEqualTo(EventStatus.EXECUTED);
        for (Object r : event.outputs()) {
          if (r instanceof Claim claim) {
            assertThat(claim.paidCents()).isZero();
            assertThat(claim.memberResponsibilityCents())
                .isEqualTo(claim.allowedCents())
                .isPositive();
            assertThat(claim.status()).isEqualTo("self_pay");
            claims++;
          } else if (r instanceof PharmacyClaim rx) {
            assertThat(rx.planPaidCents()).isZero();
            assertThat(rx.copayCents()).isEqualTo(rx.allowedCents()).isPositive();
            claims++;
          }
        }
      }
    }
    assertThat(claims).isEqualTo(40);
  }
}
