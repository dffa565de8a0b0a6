package org.healthsim.core.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthsim.core.distribution.GoodnessOfFit.N;
import static org.healthsim.core.distribution.GoodnessOfFit.assertFits;
import static org.healthsim.core.distribution.GoodnessOfFit.assertShare;
import static org.healthsim.core.distribution.GoodnessOfFit.draws;
import static org.healthsim.core.distribution.GoodnessOfFit.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.healthsim.core.expression.MapEvaluationContext;
import org.healthsim.core.reader.SpecReader;
import org.junit.jupiter.api.Test;

/**
 * Every distribution type against its exact distribution, at n = 100,000 with fixed seeds. Each
 * assertion's false-failure rate is {@value GoodnessOfFit#ALPHA}.
 */
class DistributionStatisticsTest {

  private static Distribution create(String json) {
    return Distributions.fromString(json);
  }

  private static void assertContinuousFits(String json) {
    ContinuousDistribution d = (ContinuousDistribution) create(json);
    assertFits(d, draws(json, i -> d.sampleDouble(stream(json, i))));
  }

  @Test
  void normal() {
    assertContinuousFits("{\"type\": \"normal\", \"mean\": 45, \"std_dev\": 15}");
  }

  @Test
  void truncatedNormal() {
    assertContinuousFits(
        "{\"type\": \"normal\", \"mean\": 45, \"std_dev\": 15, \"min\": 18, \"max\": 90}");
  }

  @Test
  void truncatedNormalOneSided() {
    assertContinuousFits("{\"type\": \"normal\", \"mean\": 100, \"std_dev\": 25, \"min\": 40}");
  }

  @Test
  void truncatedNormalFarInTheTailUsesTheExactInverse() {
    // 0.13% of the mass lies in [3, 4]: rejection would need ~750 tries a draw.
    assertContinuousFits(
        "{\"type\": \"normal\", \"mean\": 0, \"std_dev\": 1, \"min\": 3, \"max\": 4}");
  }

  @Test
  void truncatedNormalPutsNoMoreThanItsTrueShareAtTheLowerBound() {
    // The original clamped, putting 19% of draws exactly at 65. Truncation puts there what the
    // truncated density holds: P(65 <= X < 66) for the unit below, and nothing below 65.
    ContinuousDistribution d =
        (ContinuousDistribution)
            create(
                "{\"type\": \"normal\", \"mean\": 72, \"std_dev\": 8, \"min\": 65, \"max\": 95}");
    double[] values = draws("age", i -> d.sampleDouble(stream("age", i)));
    long below65 = Arrays.stream(values).filter(v -> v < 65).count();
    long atExactly65 = Arrays.stream(values).filter(v -> v == 65).count();
    long in65to66 = Arrays.stream(values).filter(v -> v >= 65 && v < 66).count();

    assertThat(below65).isZero();
    assertThat(Arrays.stream(values).filter(v -> v > 95).count()).isZero();
    assertThat(atExactly65).isZero();
    double trueShare = d.cumulativeProbability(66) - d.cumulativeProbability(65);
    // (Phi(-0.75) - Phi(-0.875)) / (Phi(2.875) - Phi(-0.875)) = 0.0358 / 0.807; clamping gave 0.19.
    assertThat(trueShare).isBetween(0.044, 0.045);
    assertShare(in65to66, N, trueShare, "draws in [65, 66)");
    assertFits(d, values);
  }

  @Test
  void logNormalFromMoments() {
    String json = "{\"type\": \"log_normal\", \"mean\": 5000, \"std_dev\": 8000}";
    assertContinuousFits(json);
    LogNormalDistribution d = (LogNormalDistribution) create(json);
    assertThat(d.mean()).isCloseTo(5000, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void logNormalInLogSpaceTruncated() {
    assertContinuousFits(
        "{\"type\": \"lognormal\", \"mu\": 8.1, \"sigma\": 1.1, \"min\": 500, \"max\": 40000}");
  }

  @Test
  void truncatedLogNormalMeanMatchesTheDraws() {
    LogNormalDistribution d =
        (LogNormalDistribution)
            create(
                "{\"type\": \"log_normal\", \"mu\": 3, \"sigma\": 0.5, \"min\": 10, \"max\": 40}");
    double[] values = draws("los", i -> d.sampleDouble(stream("los", i)));
    double mean = Arrays.stream(values).average().orElseThrow();
    double sd = Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (N - 1));
    assertThat(mean)
        .isCloseTo(
            d.mean(), org.assertj.core.data.Offset.offset(GoodnessOfFit.Z * sd / Math.sqrt(N)));
  }

  @Test
  void uniform() {
    assertContinuousFits("{\"type\": \"uniform\", \"min\": 1, \"max\": 28}");
  }

  @Test
  void uniformWholeNumbers() {
    for (String json :
        List.of(
            "{\"type\": \"uniform\", \"min\": 1, \"max\": 28, \"integer\": true}",
            "{\"type\": \"uniform_int\", \"min\": -3, \"max\": 3}")) {
      UniformIntDistribution d = (UniformIntDistribution) create(json);
      int[] values = new int[N];
      for (int i = 0; i < N; i++) {
        values[i] = d.sampleInt(stream(json, i));
      }
      assertFits(d, values);
    }
  }

  @Test
  void categorical() {
    CategoricalDistribution d =
        (CategoricalDistribution)
            create(
                "{\"type\": \"categorical\", \"weights\": {\"White\": 0.6, \"Black\": 0.13,"
                    + " \"Asian\": 0.06, \"Other\": 0.21}}");
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      values.add(d.sampleValue(stream("race", i)));
    }
    assertFits(d, values);
  }

  @Test
  void categoricalWeightsWithinToleranceAreNormalised() {
    CategoricalDistribution d =
        (CategoricalDistribution)
            create("{\"type\": \"categorical\", \"weights\": {\"M\": 0.495, \"F\": 0.51}}");
    assertThat(d.probability(0) + d.probability(1))
        .isCloseTo(1, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(d.probability(0))
        .isCloseTo(0.495 / 1.005, org.assertj.core.data.Offset.offset(1e-15));
  }

  @Test
  void ageBands() {
    AgeBandDistribution d =
        (AgeBandDistribution)
            create(
                "{\"type\": \"age_bands\", \"bands\": {\"0-17\": 0.22, \"18-64\": 0.61, \"65+\":"
                    + " 0.17}}");
    int[] values = new int[N];
    for (int i = 0; i < N; i++) {
      values[i] = d.sampleInt(stream("age", i));
    }
    assertThat(d.lowest()).isZero();
    assertThat(d.highest()).isEqualTo(100);
    assertThat(d.probability(30)).isCloseTo(0.61 / 47, org.assertj.core.data.Offset.offset(1e-15));
    assertFits(d, values);
  }

  @Test
  void ageBandsWithSingleAgesAndMaxAge() {
    AgeBandDistribution d =
        (AgeBandDistribution)
            create(
                "{\"type\": \"age_bands\", \"max_age\": 90, \"bands\": {\"0\": 0.1, \"1-4\": 0.2,"
                    + " \"80+\": 0.7}}");
    int[] values = new int[N];
    for (int i = 0; i < N; i++) {
      values[i] = d.sampleInt(stream("age", i));
    }
    assertThat(d.highest()).isEqualTo(90);
    assertThat(d.probability(50)).isZero();
    int[] present = Arrays.stream(values).distinct().sorted().toArray();
    assertThat(present).doesNotContain(5, 50, 79, 91);
    // Chi-square over the values the bands hold (ages outside have zero mass and no draws).
    long zeroOrOne = Arrays.stream(values).filter(v -> v == 0).count();
    assertShare(zeroOrOne, N, 0.1, "age 0");
    assertShare(Arrays.stream(values).filter(v -> v >= 80).count(), N, 0.7, "ages 80+");
  }

  @Test
  void explicitInEachForm() {
    for (String json :
        List.of(
            "{\"type\": \"explicit\", \"values\": [\"a\", \"b\", \"c\"]}",
            "{\"type\": \"explicit\", \"values\": [{\"value\": 1, \"weight\": 0.7}, {\"value\": 2,"
                + " \"weight\": 0.3}]}",
            "{\"type\": \"explicit\", \"values\": {\"HMO\": 0.25, \"PPO\": 0.75}}",
            "{\"type\": \"explicit\", \"values\": [true, false]}")) {
      ExplicitDistribution d = (ExplicitDistribution) create(json);
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < N; i++) {
        values.add(d.sample(stream(json, i)));
      }
      assertFits(d, values);
    }
  }

  @Test
  void conditionalFollowsTheRuleThatHolds() {
    String json =
        "{\"type\": \"conditional\", \"rules\": [{\"if\": \"severity == 'uncontrolled'\","
            + " \"distribution\": {\"type\": \"normal\", \"mean\": 9.2, \"std_dev\": 1.0}}],"
            + " \"else\": {\"type\": \"normal\", \"mean\": 6.8, \"std_dev\": 0.5}}";
    ConditionalDistribution d = (ConditionalDistribution) create(json);
    for (String severity : List.of("uncontrolled", "controlled")) {
      MapEvaluationContext context = new MapEvaluationContext(Map.of("severity", severity));
      ContinuousDistribution branch = (ContinuousDistribution) d.select(context);
      assertThat(branch.mean()).isEqualTo(severity.equals("uncontrolled") ? 9.2 : 6.8);
      assertFits(branch, draws(json, i -> (Double) d.sample(stream(json + severity, i), context)));
    }
  }

  @Test
  void conditionalWithoutMatchOrElseNamesItsRules() {
    Distribution d =
        create(
            "{\"type\": \"conditional\", \"rules\": [{\"if\": \"age >= 65\", \"distribution\":"
                + " {\"type\": \"uniform\", \"min\": 0, \"max\": 1}}]}");
    assertThatThrownBy(() -> d.sample(stream("x", 0), new MapEvaluationContext(Map.of("age", 40))))
        .isInstanceOf(NoMatchingRuleException.class)
        .hasMessage("no rule matched and there is no else: rules [if age >= 65]");
  }

  @Test
  void factoryTakesTheGuidesDictionary() {
    Distribution d =
        Distributions.create(
            Map.of("type", "normal", "mean", 45, "std_dev", 15, "min", 18, "max", 90));
    assertThat(d).isInstanceOf(NormalDistribution.class);
    assertThat(d.spec())
        .isEqualTo(
            SpecReader.distributionFromString(
                "{\"type\": \"normal\", \"mean\": 45, \"std_dev\": 15, \"min\": 18, \"max\": 90}"));
  }
}
