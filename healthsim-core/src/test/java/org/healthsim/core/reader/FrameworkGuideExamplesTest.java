package org.healthsim.core.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.healthsim.core.spec.CategoricalSpec;
import org.healthsim.core.spec.ConditionOperator;
import org.healthsim.core.spec.DelaySpec;
import org.healthsim.core.spec.DemographicsSpec;
import org.healthsim.core.spec.EventDefinition;
import org.healthsim.core.spec.GeographyReference;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.NormalSpec;
import org.healthsim.core.spec.ProfileSpecification;
import org.junit.jupiter.api.Test;

/** The specs printed in the framework guide read as written. */
class FrameworkGuideExamplesTest {

  /** Quick start Example 1, as JSON. */
  static final String EXAMPLE_1 =
      """
      {
          "generation": {"count": 10, "seed": 42},
          "demographics": {
              "age": {"type": "normal", "mean": 45, "std_dev": 15, "min": 18, "max": 90},
              "gender": {"type": "categorical", "weights": {"M": 0.49, "F": 0.51}}
          }
      }
      """;

  @Test
  void exampleOneProfileReadsAsWritten() {
    ProfileSpecification spec = SpecReader.profileFromString(EXAMPLE_1);

    assertThat(spec.id()).isNull();
    assertThat(spec.generation().count()).isEqualTo(10);
    assertThat(spec.generation().seed()).isEqualTo(42L);
    assertThat(spec.generation().asOf()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(spec.demographics().age()).isEqualTo(new NormalSpec(45, 15, 18.0, 90.0));
    assertThat(((CategoricalSpec) spec.demographics().gender()).weights())
        .containsExactly(Map.entry("M", 0.49), Map.entry("F", 0.51));
  }

  @Test
  void exampleOneReadsFromTheGuidesDictionaryToo() {
    Map<String, Object> spec =
        Map.of(
            "generation", Map.of("count", 10, "seed", 42),
            "demographics",
                Map.of(
                    "age",
                        Map.of("type", "normal", "mean", 45, "std_dev", 15, "min", 18, "max", 90),
                    "gender",
                        Map.of("type", "categorical", "weights", Map.of("M", 0.49, "F", 0.51))));

    assertThat(SpecReader.profileFromMap(spec)).isEqualTo(SpecReader.profileFromString(EXAMPLE_1));
  }

  @Test
  void mapsWithoutAnOrderOfTheirOwnAreReadInKeyOrder() {
    // Map.of iterates in an order that changes from run to run; the spec must not.
    java.util.HashMap<String, Object> weights = new java.util.HashMap<>();
    for (String key : List.of("zeta", "alpha", "mu", "beta", "omega", "kappa")) {
      weights.put(key, 1.0 / 6);
    }
    CategoricalSpec spec =
        (CategoricalSpec)
            SpecReader.distributionFromMap(Map.of("type", "categorical", "weights", weights));
    assertThat(spec.weights().keySet())
        .containsExactly("alpha", "beta", "kappa", "mu", "omega", "zeta");
    java.util.LinkedHashMap<String, Object> written = new java.util.LinkedHashMap<>();
    written.put("zeta", 0.5);
    written.put("alpha", 0.5);
    CategoricalSpec ordered =
        (CategoricalSpec)
            SpecReader.distributionFromMap(Map.of("type", "categorical", "weights", written));
    assertThat(ordered.weights().keySet()).containsExactly("zeta", "alpha");
  }

  @Test
  void eventDependenciesJourneyReadsAsWritten() {
    JourneySpecification journey =
        SpecReader.journeyFromString(
            """
            {
              "events": [
                {"event_id": "dx", "name": "Diagnosis", "delay": {"days": 0}},
                {"event_id": "lab", "name": "A1C Test", "delay": {"days": 7}, "depends_on": "dx"},
                {"event_id": "med", "name": "Start Metformin", "delay": {"days": 3}, "depends_on": "dx"}
              ]
            }
            """);

    assertThat(journey.journeyId()).isEqualTo("journey");
    assertThat(journey.events())
        .extracting(EventDefinition::eventId, EventDefinition::dependsOn, EventDefinition::delay)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("dx", null, DelaySpec.fixed(0)),
            org.assertj.core.groups.Tuple.tuple("lab", "dx", DelaySpec.fixed(7)),
            org.assertj.core.groups.Tuple.tuple("med", "dx", DelaySpec.fixed(3)));
  }

  @Test
  void conditionalEventReadsAsWritten() {
    EventDefinition event =
        SpecReader.eventFromString(
            """
            {
              "event_id": "senior_screening",
              "name": "Annual Wellness Visit",
              "conditions": [
                {"field": "entity.age", "operator": "gte", "value": 65}
              ]
            }
            """);

    assertThat(event.conditions())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.field()).isEqualTo("entity.age");
              assertThat(c.operator()).isEqualTo(ConditionOperator.GTE);
              assertThat(c.value()).isEqualTo(65L);
            });
  }

  @Test
  void delaySpecsOfTheEventTimingSection() {
    assertThat(
            SpecReader.eventFromString("{\"event_id\": \"e\", \"delay\": {\"days\": 30}}").delay())
        .isEqualTo(DelaySpec.fixed(30));
    assertThat(
            SpecReader.eventFromString(
                    "{\"event_id\": \"e\", \"delay\": {\"days\": 30, \"days_min\": 20, \"days_max\":"
                        + " 40, \"distribution\": \"uniform\"}}")
                .delay())
        .isEqualTo(new DelaySpec(30, 20, 40, DelaySpec.Distribution.UNIFORM));
    assertThat(
            SpecReader.eventFromString(
                    "{\"event_id\": \"e\", \"delay\": {\"days\": 30, \"days_min\": 20, \"days_max\":"
                        + " 40, \"distribution\": \"normal\"}}")
                .delay())
        .isEqualTo(new DelaySpec(30, 20, 40, DelaySpec.Distribution.NORMAL));
  }

  @Test
  void hybridProfileExampleReadsAsWritten() {
    ProfileSpecification spec =
        SpecReader.profileFromString(
            """
            {
                "profile": {
                    "demographics": {
                        "source": "populationsim",
                        "reference": {"type": "county", "fips": "48201"},
                        "age": {"type": "normal", "mean": 72, "std_dev": 8}
                    }
                }
            }
            """);

    assertThat(spec.demographics().source()).isEqualTo(DemographicsSpec.Source.POPULATIONSIM);
    assertThat(spec.demographics().reference()).isEqualTo(GeographyReference.county("48201"));
    assertThat(spec.demographics().age()).isEqualTo(NormalSpec.of(72, 8));
  }

  @Test
  void designExampleProfileAndJourneyRead() {
    ProfileSpecification profile =
        SpecReader.profileFromString(
            """
            {
              "id": "medicare-diabetic", "name": "Medicare diabetic population",
              "generation": {"count": 200, "seed": 42, "as_of": "2025-01-01"},
              "demographics": {
                "age": {"type": "normal", "mean": 72, "std_dev": 8, "min": 65, "max": 95},
                "gender": {"type": "categorical", "weights": {"M": 0.48, "F": 0.52}},
                "source": "explicit",
                "reference": {"type": "county", "fips": "48201"}
              },
              "clinical": {
                "primary_condition": {"code": "E11.9", "description": "Type 2 diabetes", "prevalence": 1.0},
                "comorbidities": [{"code": "I10", "description": "Essential hypertension", "prevalence": 0.75}],
                "severity": {"type": "categorical", "weights": {"controlled": 0.6, "uncontrolled": 0.4}},
                "lab_values": {"a1c": {"type": "conditional", "rules": [
                    {"if": "severity == 'uncontrolled'", "distribution": {"type": "normal", "mean": 9.2, "std_dev": 1.0}}],
                    "else": {"type": "normal", "mean": 6.8, "std_dev": 0.5}}}
              },
              "coverage": {"type": "Medicare", "plan_distribution": {"Medicare Advantage": 0.55, "Original Medicare": 0.45}}
            }
            """);
    JourneySpecification journey =
        SpecReader.journeyFromString(
            """
            {"journey_id": "diabetic-first-year", "name": "...", "products": ["patientsim", "membersim"],
             "duration_days": 365,
             "events": [
              {"event_id": "dx", "name": "Diagnosis", "event_type": "diagnosis", "product": "patientsim",
               "delay": {"days": 0}, "parameters": {"icd10": "E11.9"}},
              {"event_id": "lab", "name": "A1C", "event_type": "lab_order", "depends_on": "dx",
               "delay": {"days": 7, "days_min": 3, "days_max": 10, "distribution": "uniform"},
               "parameters": {"loinc": "4548-4"}},
              {"event_id": "awv", "name": "Annual Wellness Visit", "event_type": "encounter",
               "conditions": [{"field": "entity.age", "operator": "gte", "value": 65}], "probability": 0.8},
              {"event_id": "a1c_q", "event_type": "lab_order", "depends_on": "dx",
               "repeat": {"every_days": 90, "count": 4, "jitter_days": 7}}
             ]}
            """);

    assertThat(profile.clinical().labValues()).containsOnlyKeys("a1c");
    assertThat(profile.coverage().planDistribution()).containsKeys("Medicare Advantage");
    assertThat(journey.events()).hasSize(4);
    assertThat(journey.events().get(0).parameters()).isEqualTo(Map.of("icd10", "E11.9"));
    assertThat(journey.events().get(3).repeat().count()).isEqualTo(4);
    assertThat(journey.events().get(3).name()).isEqualTo("a1c_q");
    assertThat(journey.products()).hasSize(2);
  }

  @Test
  void yamlReadsTheSameAsJson() {
    String yaml =
        """
        generation: {count: 10, seed: 42}
        demographics:
          age: {type: normal, mean: 45, std_dev: 15, min: 18, max: 90}
          gender:
            type: categorical
            weights: {M: 0.49, F: 0.51}
        """;

    assertThat(SpecReader.profileFromString(yaml))
        .isEqualTo(SpecReader.profileFromString(EXAMPLE_1));
    assertThat(List.of(SpecReader.Format.sniff(yaml), SpecReader.Format.sniff(EXAMPLE_1)))
        .containsExactly(SpecReader.Format.YAML, SpecReader.Format.JSON);
  }
}
