package org.healthsim.generation.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.generation.journey.EventStatus;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.generation.records.Diagnosis;
import org.healthsim.generation.records.LabOrder;
import org.healthsim.generation.records.LabResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JourneyTemplatesTest {

  private static final LocalDate START = LocalDate.of(2025, 1, 1);

  private static List<Timeline> run(String journeyName, String profile, int n) {
    JourneySpecification journey = JourneyTemplates.getJourneyTemplate(journeyName);
    JourneyEngine engine = new JourneyEngine(42);
    List<Timeline> timelines = new ArrayList<>();
    for (GeneratedEntity e :
        new ProfileExecutor(42).execute(ProfileTemplates.get(profile), n).entities()) {
      Timeline t = engine.createTimeline(e, "patient", journey, START);
      engine.executeTimeline(t, e, START.plusDays(400));
      timelines.add(t);
    }
    return timelines;
  }

  @ParameterizedTest
  @CsvSource({
    "diabetic-first-year, medicare-diabetic, 365",
    "new-member-onboarding, commercial-healthy, 90",
    "surgical-episode, medicare-advantage-complex, 365",
    "hf-exacerbation, medicare-advantage-complex, 365",
    "oncology-treatment-cycle, commercial-healthy, 365",
    "phase3-pivotal-subject, commercial-healthy, 365",
    "trial-safety-monitoring, commercial-healthy, 180",
    "phase1-dose-escalation, commercial-healthy, 56"
  })
  void eachTemplateExecutesWithoutFailures(String journey, String profile, int days) {
    JourneySpecification spec = JourneyTemplates.getJourneyTemplate(journey);
    assertThat(spec.durationDays()).isEqualTo(days);
    for (Timeline t : run(journey, profile, 500)) {
      for (TimelineEvent e : t.events()) {
        assertThat(e.status())
            .as("%s %s: %s", t.entityId(), e.eventId(), e.reason())
            .isNotIn(EventStatus.FAILED, EventStatus.PENDING);
        if (e.status() == EventStatus.EXECUTED) {
          assertThat(e.scheduledDate()).isBefore(START.plusDays(days));
        }
      }
    }
  }

  @org.junit.jupiter.api.Test
  void diabeticFirstYearCarriesE119AndA1cResultsFollowSeverity() {
    List<Timeline> timelines = run("diabetic-first-year", "medicare-diabetic", 4000);
    List<GeneratedEntity> entities =
        new ProfileExecutor(42).execute(ProfileTemplates.get("medicare-diabetic"), 4000).entities();
    double uncontrolled = 0;
    double controlled = 0;
    int nu = 0;
    int nc = 0;
    for (int i = 0; i < timelines.size(); i++) {
      List<Object> records = new ArrayList<>();
      timelines.get(i).events().forEach(e -> records.addAll(e.outputs()));
      assertThat(records)
          .filteredOn(Diagnosis.class::isInstance)
          .extracting(r -> ((Diagnosis) r).icd10())
          .containsExactly("E11.9");
      assertThat(records)
          .filteredOn(LabOrder.class::isInstance)
          .allSatisfy(r -> assertThat(((LabOrder) r).loinc()).isEqualTo("4548-4"));
      LabResult first =
          (LabResult)
              records.stream().filter(LabResult.class::isInstance).findFirst().orElseThrow();
      assertThat(first.loinc()).isEqualTo("4548-4");
      if (entities.get(i).severity().equals("uncontrolled")) {
        uncontrolled += first.value();
        nu++;
      } else if (entities.get(i).severity().equals("without_complications")) {
        controlled += first.value();
        nc++;
      }
    }
    // Profile means 9.5 and 6.8 (sd 1.0 and 0.4): the difference is far beyond chance at these
    // counts.
    assertThat(uncontrolled / nu).isGreaterThan(controlled / nc + 2.0);
  }

  @org.junit.jupiter.api.Test
  void usingATemplateNeverChangesIt() {
    JourneySpecification before = JourneyTemplates.getJourneyTemplate("diabetic-first-year");
    run("diabetic-first-year", "medicare-diabetic", 10);
    assertThat(JourneyTemplates.getJourneyTemplate("diabetic-first-year")).isEqualTo(before);
    assertThat(before.events().get(1).parameters())
        .isEqualTo(
            Map.of(
                "icd10", "E11.9", "description", "Type 2 diabetes mellitus without complications"));
  }

  @org.junit.jupiter.api.Test
  void everyCodeATemplateNamesIsWellFormedAndKnown() {
    for (String name : JourneyTemplates.JOURNEY_TEMPLATES) {
      for (org.healthsim.core.spec.EventDefinition e :
          JourneyTemplates.getJourneyTemplate(name).events()) {
        Map<String, Object> p = e.parameters();
        String where = name + "/" + e.eventId();
        codes(p.get("icd10"))
            .forEach(
                c ->
                    assertThat(c)
                        .as(where)
                        .matches(org.healthsim.core.spec.ConditionSpec.ICD10_CM));
        codes(p.get("loinc"))
            .forEach(
                c ->
                    assertThat(org.healthsim.generation.internal.profile.LabCatalog.byLoinc(c))
                        .as(where)
                        .isPresent());
        codes(p.get("lab"))
            .forEach(
                c ->
                    assertThat(org.healthsim.generation.internal.profile.LabCatalog.lab(c))
                        .as(where)
                        .isPresent());
        codes(p.get("rxnorm"))
            .forEach(
                c ->
                    assertThat(org.healthsim.generation.internal.handler.HandlerCatalogs.hasNdc(c))
                        .as(where)
                        .isTrue());
        for (String key : List.of("cpt", "hcpcs")) {
          codes(p.get(key))
              .forEach(
                  c ->
                      assertThat(
                              org.healthsim.generation.internal.handler.HandlerCatalogs.isService(
                                  c))
                          .as(where + " " + c)
                          .isTrue());
        }
      }
    }
  }

  private static List<String> codes(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List) {
      return ((List<?>) value).stream().map(Object::toString).toList();
    }
    return List.of(value.toString());
  }

  @org.junit.jupiter.api.Test
  void anUnknownTemplateNamesTheKnownOnes() {
    assertThatThrownBy(() -> JourneyTemplates.getJourneyTemplate("diabetes-first-year"))
        .hasMessageContaining("diabetic-first-year");
  }

  @Test
  void theTemplateApisHaveTheSameNamesAndTheGuidesAsAliases() {
    assertThat(JourneyTemplates.JOURNEY_TEMPLATES).isSameAs(JourneyTemplates.NAMES);
    for (String name : JourneyTemplates.NAMES) {
      assertThat(JourneyTemplates.getJourneyTemplate(name)).isEqualTo(JourneyTemplates.get(name));
    }
    assertThatThrownBy(() -> JourneyTemplates.get("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no journey template 'nope'; known: diabetic-first-year, ");
  }
}
