package org.healthsim.core.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.healthsim.core.spec.NormalSpec;
import org.healthsim.core.validation.Problem;
import org.healthsim.core.validation.SpecValidationException;
import org.junit.jupiter.api.Test;

/** One test per validation rule, each asserting the JSON path of the problem. */
class SpecValidationTest {

  private static List<Problem> profileProblems(String json) {
    try {
      SpecReader.profileFromString(json);
    } catch (SpecValidationException e) {
      return e.problems();
    }
    throw new AssertionError("expected the spec to be rejected: " + json);
  }

  private static String withAge(String age) {
    return "{\"generation\": {\"count\": 10, \"seed\": 42}, \"demographics\": {\"age\": "
        + age
        + "}}";
  }

  private static String withGender(String gender) {
    return "{\"demographics\": {\"gender\": " + gender + "}}";
  }

  @Test
  void negativeStdDev() {
    assertThat(profileProblems(withAge("{\"type\": \"normal\", \"mean\": 45, \"std_dev\": -15}")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("demographics.age.std_dev");
              assertThat(p.value()).isEqualTo("-15");
              assertThat(p.rule()).isEqualTo("must be > 0 and finite");
            });
  }

  @Test
  void nanStdDev() {
    assertThat(profileProblems(withAge("{\"type\": \"normal\", \"mean\": 45, \"std_dev\": NaN}")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("demographics.age.std_dev");
              assertThat(p.value()).isEqualTo("NaN");
            });
  }

  @Test
  void nanStdDevThroughTheJavaApi() {
    assertThatThrownBy(() -> new NormalSpec(45, Double.NaN, null, null))
        .isInstanceOfSatisfying(
            SpecValidationException.class,
            e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("std_dev"));
  }

  @Test
  void minAboveMax() {
    assertThat(
            profileProblems(
                withAge(
                    "{\"type\": \"normal\", \"mean\": 45, \"std_dev\": 15, \"min\": 90, \"max\": 18}")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("demographics.age.min");
              assertThat(p.rule()).contains("less than max (18)");
            });
  }

  @Test
  void weightsSummingToPointNine() {
    assertThat(
            profileProblems(
                withGender("{\"type\": \"categorical\", \"weights\": {\"M\": 0.4, \"F\": 0.5}}")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("demographics.gender.weights");
              assertThat(p.value()).isEqualTo("sum 0.9");
              assertThat(p.rule()).contains("they are 0.1 below 1");
            });
  }

  @Test
  void negativeWeightNamesItsKey() {
    assertThat(
            profileProblems(
                withGender("{\"type\": \"categorical\", \"weights\": {\"M\": -0.5, \"F\": 1.5}}")))
        .extracting(Problem::path)
        .containsExactly("demographics.gender.weights.M");
  }

  @Test
  void emptyBands() {
    assertThat(profileProblems(withAge("{\"type\": \"age_bands\", \"bands\": {}}")))
        .singleElement()
        .satisfies(p -> assertThat(p.path()).isEqualTo("demographics.age.bands"));
  }

  @Test
  void malformedBandLabel() {
    assertThat(
            profileProblems(
                withAge(
                    "{\"type\": \"age_bands\", \"bands\": {\"infant_0-1\": 0.5, \"2-17\": 0.5}}")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("demographics.age.bands[\"infant_0-1\"]");
              assertThat(p.rule()).startsWith("malformed band label");
            });
  }

  @Test
  void overlappingBands() {
    assertThat(
            profileProblems(
                withAge("{\"type\": \"age_bands\", \"bands\": {\"0-20\": 0.5, \"18-64\": 0.5}}")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("demographics.age.bands[\"18-64\"]");
              assertThat(p.rule()).isEqualTo("overlaps band \"0-20\"");
            });
  }

  @Test
  void unknownDistributionType() {
    assertThat(profileProblems(withAge("{\"type\": \"gausian\", \"mean\": 45}")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("demographics.age.type");
              assertThat(p.value()).isEqualTo("gausian");
              assertThat(p.rule()).startsWith("unknown distribution type");
            });
  }

  @Test
  void anUnknownLineOfBusinessNamesTheKnownOnes() {
    assertThat(profileProblems("{\"coverage\": {\"type\": \"Medicaide\"}}"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("coverage.type");
              assertThat(p.value()).isEqualTo("Medicaide");
              assertThat(p.rule())
                  .isEqualTo(
                      "unknown line of business (known: Medicare, Medicare Advantage, Medicaid,"
                          + " Commercial, Uninsured); did you mean Medicaid?");
            });
    assertThat(
            SpecReader.profileFromString("{\"coverage\": {\"type\": \"original medicare\"}}")
                .coverage()
                .type())
        .isEqualTo("original medicare");
  }

  @Test
  void unknownKeyHintsTheKeyMeant() {
    assertThat(profileProblems(withAge("{\"type\": \"normal\", \"mean\": 45, \"std\": 15}")))
        .extracting(Problem::toString)
        .contains("demographics.age.std: unknown key; did you mean std_dev?");
  }

  @Test
  void unknownTopLevelKeyHintsTheSectionMeant() {
    assertThat(profileProblems("{\"demografics\": {}}"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("demografics");
              assertThat(p.rule()).isEqualTo("unknown key; did you mean demographics?");
            });
  }

  @Test
  void badExpressionReportsItsColumn() {
    String json =
        "{\"demographics\": {}, \"clinical\": {\"lab_values\": {\"a1c\": {\"type\": \"conditional\","
            + " \"rules\": [{\"if\": \"severity == \", \"distribution\": {\"type\": \"normal\","
            + " \"mean\": 9.2, \"std_dev\": 1.0}}]}}}}";
    assertThat(profileProblems(json))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("clinical.lab_values.a1c.rules[0].if");
              assertThat(p.value()).isEqualTo("severity == ");
              assertThat(p.rule()).startsWith("column 13:");
            });
  }

  @Test
  void unknownExpressionOperatorReportsItsColumn() {
    String json =
        "{\"clinical\": {\"lab_values\": {\"a1c\": {\"type\": \"conditional\", \"rules\": [{\"if\":"
            + " \"age => 65\", \"distribution\": {\"type\": \"normal\", \"mean\": 9.2, \"std_dev\":"
            + " 1.0}}]}}}}";
    assertThat(profileProblems(json))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("clinical.lab_values.a1c.rules[0].if");
              assertThat(p.rule()).startsWith("column 5: unknown operator '=>'");
            });
  }

  @Test
  void unknownEventConditionOperator() {
    String json =
        "{\"journey_id\": \"j\", \"events\": [{\"event_id\": \"awv\", \"conditions\":"
            + " [{\"field\": \"entity.age\", \"operator\": \"greater_than\", \"value\": 65}]}]}";
    assertThatThrownBy(() -> SpecReader.journeyFromString(json))
        .isInstanceOfSatisfying(
            SpecValidationException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.path()).isEqualTo("events[0].conditions[0].operator");
                          assertThat(p.value()).isEqualTo("greater_than");
                          assertThat(p.rule()).startsWith("unknown operator (known: eq, ne,");
                        }));
  }

  @Test
  void everyProblemIsReportedNotJustTheFirst() {
    String json =
        "{\"generation\": {\"count\": 0}, \"demographics\": {\"age\": {\"type\": \"normal\","
            + " \"mean\": 45, \"std_dev\": -1, \"min\": 90, \"max\": 18}, \"gender\": {\"type\":"
            + " \"categorical\", \"weights\": {\"M\": 0.4, \"F\": 0.5}}}}";
    assertThat(profileProblems(json))
        .extracting(Problem::path)
        .containsExactlyInAnyOrder(
            "generation.count",
            "demographics.age.std_dev",
            "demographics.age.min",
            "demographics.gender.weights");
  }

  @Test
  void syntaxErrorNamesLineAndColumn() {
    assertThat(
            profileProblems(
                "{\n  \"demographics\": {\n    \"age\": {\"type\": \"normal\",}\n  }\n}"))
        .singleElement()
        .satisfies(
            p -> assertThat(p.rule()).startsWith("line 3, column").contains("malformed JSON"));
  }

  @Test
  void duplicateKeyIsAnError() {
    assertThat(profileProblems("{\"demographics\": {}, \"demographics\": {}}"))
        .singleElement()
        .satisfies(p -> assertThat(p.rule()).contains("Duplicate field 'demographics'"));
  }

  @Test
  void wrongTypeNamesThePath() {
    assertThat(
            profileProblems(withAge("{\"type\": \"normal\", \"mean\": \"old\", \"std_dev\": 8}")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("demographics.age.mean");
              assertThat(p.rule()).isEqualTo("must be a number");
            });
  }

  @Test
  void missingParameterIsRequired() {
    assertThat(profileProblems(withAge("{\"type\": \"normal\", \"mean\": 45}")))
        .extracting(Problem::toString)
        .containsExactly("demographics.age.std_dev: is required");
  }

  @Test
  void badIcdCodeAndPrevalence() {
    String json =
        "{\"clinical\": {\"comorbidities\": [{\"code\": \"I10\", \"prevalence\": 0.75},"
            + " {\"code\": \"hypertension\", \"prevalence\": 1.5}]}}";
    assertThat(profileProblems(json))
        .extracting(Problem::path)
        .containsExactly("clinical.comorbidities[1].code", "clinical.comorbidities[1].prevalence");
  }

  @Test
  void planWeightsAreCheckedAtTheirPath() {
    assertThat(
            profileProblems(
                "{\"coverage\": {\"plan_distribution\": {\"HMO\": 0.5, \"PPO\": 0.3}}}"))
        .extracting(Problem::path)
        .containsExactly("coverage.plan_distribution");
  }

  @Test
  void uninsuredMustBeAShare() {
    assertThat(profileProblems("{\"coverage\": {\"type\": \"Commercial\", \"uninsured\": 21.2}}"))
        .extracting(Problem::path)
        .containsExactly("coverage.uninsured");
    assertThat(
            profileProblems("{\"coverage\": {\"uninsured\": 0.2, \"uninsured_when\": \"age <\"}}"))
        .extracting(Problem::path)
        .containsExactly("coverage.uninsured_when");
  }

  @Test
  void countyWeightsAreForAStateAndNeedFipsKeysAndPositiveWeights() {
    assertThat(
            profileProblems(
                "{\"demographics\": {\"reference\": {\"type\": \"county\", \"fips\":"
                    + " \"48201\", \"county_weights\": {\"48201\": 1}}}}"))
        .extracting(Problem::path)
        .containsExactly("demographics.reference.county_weights");
    assertThat(
            profileProblems(
                "{\"demographics\": {\"reference\": {\"type\": \"state\", \"state\": \"TX\","
                    + " \"county_weights\": {\"Harris\": 1, \"48113\": 0}}}}"))
        .extracting(Problem::path)
        .containsExactly(
            "demographics.reference.county_weights.Harris",
            "demographics.reference.county_weights[\"48113\"]");
  }

  @Test
  void referenceIsRequiredForAReferenceSource() {
    assertThat(profileProblems("{\"demographics\": {\"source\": \"populationsim\"}}"))
        .extracting(Problem::path)
        .containsExactly("demographics.reference");
  }

  @Test
  void badAsOfDate() {
    assertThat(profileProblems("{\"generation\": {\"as_of\": \"01/01/2025\"}}"))
        .extracting(Problem::path)
        .containsExactly("generation.as_of");
  }

  @Test
  void logNormalNeedsOneParameterisation() {
    assertThat(
            profileProblems(
                withAge("{\"type\": \"log_normal\", \"mean\": 5000, \"std_dev\": 800, \"mu\": 8}")))
        .extracting(Problem::path)
        .containsExactly("demographics.age");
  }

  @Test
  void uniformIntegerBoundsMustBeWhole() {
    assertThat(profileProblems(withAge("{\"type\": \"uniform_int\", \"min\": 1.5, \"max\": 28}")))
        .extracting(Problem::path)
        .containsExactly("demographics.age.min");
  }

  @Test
  void explicitValuesListedTwice() {
    assertThat(
            profileProblems(
                withGender("{\"type\": \"explicit\", \"values\": [\"M\", \"F\", \"M\"]}")))
        .extracting(Problem::path)
        .containsExactly("demographics.gender.values");
  }

  @Test
  void theSourceIsNamedInTheMessage() {
    assertThatThrownBy(
            () -> SpecReader.profileFromString(withAge("{\"type\": \"normal\"}"), "my-spec.json"))
        .hasMessageStartingWith("invalid my-spec.json (2 problems):")
        .hasMessageContaining("demographics.age.mean: is required");
  }
}
