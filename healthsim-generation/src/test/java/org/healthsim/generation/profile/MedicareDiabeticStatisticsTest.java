package org.healthsim.generation.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.healthsim.core.distribution.ContinuousDistribution;
import org.healthsim.core.distribution.Distributions;
import org.healthsim.core.spec.ConditionSpec;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.template.ProfileTemplates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code medicare-diabetic} at n = 100,000 with a fixed seed. Every interval below is two-sided at
 * a false-failure rate of 0.001 (z = 3.2905), so a correct generator fails one of these assertions
 * about once in a thousand seeds, and with the seed fixed never flips between runs.
 */
class MedicareDiabeticStatisticsTest {

  private static final int N = 100_000;
  private static final double Z = 3.2905;
  private static ProfileSpecification spec;
  private static ExecutionResult result;
  private static List<GeneratedEntity> entities;

  @BeforeAll
  static void generate() {
    spec = ProfileTemplates.get("medicare-diabetic");
    result = new ProfileExecutor(20_251_123L).withThreads(2).execute(spec, N);
    entities = result.entities();
  }

  private static void assertShare(long hits, long n, double p, String what) {
    double sd = Math.sqrt(n * p * (1 - p));
    assertThat((double) hits)
        .as("%s: %d of %d, expected %.1f +/- %.1f", what, hits, n, n * p, Z * sd)
        .isBetween(n * p - Z * sd, n * p + Z * sd);
  }

  @Test
  void agesStayInsideTheBoundsWithNoPileUpAtSixtyFive() {
    assertThat(entities).allSatisfy(e -> assertThat(e.age()).isBetween(65, 95));
    ContinuousDistribution age =
        (ContinuousDistribution) Distributions.create(spec.demographics().age());
    // Ages are the truncated draw rounded to the nearest year: 65 holds [65, 65.5).
    double share65 = age.cumulativeProbability(65.5);
    assertThat(share65).isLessThan(0.03);
    long at65 = entities.stream().filter(e -> e.age() == 65).count();
    assertShare(at65, N, share65, "age 65");
    double share66 = age.cumulativeProbability(66.5) - age.cumulativeProbability(65.5);
    assertShare(entities.stream().filter(e -> e.age() == 66).count(), N, share66, "age 66");
  }

  @Test
  void meanAgeWithinItsInterval() {
    ContinuousDistribution age =
        (ContinuousDistribution) Distributions.create(spec.demographics().age());
    double expected = 0;
    double second = 0;
    for (int a = 65; a <= 95; a++) {
      double p = age.cumulativeProbability(a + 0.5) - age.cumulativeProbability(a - 0.5);
      expected += a * p;
      second += a * a * p;
    }
    double sd = Math.sqrt(second - expected * expected);
    double mean = entities.stream().mapToInt(GeneratedEntity::age).average().orElseThrow();
    assertThat(mean)
        .isCloseTo(expected, org.assertj.core.data.Offset.offset(Z * sd / Math.sqrt(N)));
  }

  @Test
  void genderAndPlanSharesWithinTheirIntervals() {
    assertShare(entities.stream().filter(e -> e.gender().equals("F")).count(), N, 0.52, "female");
    assertShare(
        entities.stream().filter(e -> e.coverage().plan().equals("Medicare Advantage")).count(),
        N,
        0.55,
        "Medicare Advantage");
    assertShare(
        entities.stream().filter(e -> e.severity().equals("uncontrolled")).count(),
        N,
        0.15,
        "uncontrolled");
  }

  @Test
  void comorbidityPrevalencesWithinTheirIntervals() {
    for (ConditionSpec c : spec.clinical().comorbidities()) {
      List<GeneratedEntity> eligible =
          entities.stream().filter(e -> c.when() == null || c.when().test(e)).toList();
      long has =
          eligible.stream()
              .filter(e -> e.conditions().stream().anyMatch(x -> x.code().equals(c.code())))
              .count();
      if (c.prevalence() == 1.0) {
        assertThat(has).as(c.code()).isEqualTo(eligible.size());
      } else {
        assertShare(has, eligible.size(), c.prevalence(), c.code());
      }
    }
    assertThat(entities).allSatisfy(e -> assertThat(e.hasCondition("E11")).isTrue());
  }

  @Test
  void a1cIsHigherForUncontrolledDiabetics() {
    double uncontrolled =
        entities.stream()
            .filter(e -> e.severity().equals("uncontrolled"))
            .mapToDouble(e -> e.labValues().get("a1c"))
            .average()
            .orElseThrow();
    double controlled =
        entities.stream()
            .filter(e -> e.severity().equals("without_complications"))
            .mapToDouble(e -> e.labValues().get("a1c"))
            .average()
            .orElseThrow();
    assertThat(uncontrolled).isBetween(9.4, 9.65);
    assertThat(controlled).isBetween(6.78, 6.83);
    assertThat(entities)
        .allSatisfy(
            e ->
                assertThat(e.labValues().get("a1c") * 10)
                    .isEqualTo(Math.rint(e.labValues().get("a1c") * 10)));
  }

  @Test
  void noMemberTakesTwoDrugsOfOneClass() {
    // has_medication keeps the brand agents away from a drug of their class listed above them.
    String[][] pairs = {
      {"897122", "1991316"}, // liraglutide, semaglutide
      {"1373463", "1545658"}, // canagliflozin, empagliflozin
      {"314076", "1656349"}, // lisinopril, sacubitril/valsartan
      {"1364445", "1232086"}, // apixaban, rivaroxaban
    };
    long onSecond = 0;
    for (GeneratedEntity e : entities) {
      Set<String> drugs = new HashSet<>();
      e.medications().forEach(m -> drugs.add(m.rxnorm()));
      for (String[] pair : pairs) {
        assertThat(drugs.contains(pair[0]) && drugs.contains(pair[1])).as(e.entityId()).isFalse();
        onSecond += drugs.contains(pair[1]) ? 1 : 0;
      }
    }
    assertThat(onSecond).isGreaterThan(N / 20);
  }

  @Test
  void theValidationReportFindsEveryMetricConsistent() {
    assertThat(result.validation().passed()).as("%s", result.validation()).isTrue();
    assertThat(result.validation().metrics()).hasSize(53);
    assertThat(result.validation().warnings()).isEmpty();
  }
}
