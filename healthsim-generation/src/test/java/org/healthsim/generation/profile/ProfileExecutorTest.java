package org.healthsim.generation.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.core.validation.SpecValidationException;
import org.healthsim.generation.internal.output.NdjsonEntitySink;
import org.healthsim.generation.internal.stats.GoodnessOfFit;
import org.healthsim.generation.person.UsState;
import org.healthsim.generation.person.UsStates;
import org.healthsim.generation.template.ProfileTemplates;
import org.junit.jupiter.api.Test;

class ProfileExecutorTest {

  private static final String EXAMPLE_1 =
      "{\"generation\": {\"count\": 10, \"seed\": 42}, \"demographics\": {\"age\": {\"type\":"
          + " \"normal\", \"mean\": 45, \"std_dev\": 15, \"min\": 18, \"max\": 90}, \"gender\":"
          + " {\"type\": \"categorical\", \"weights\": {\"M\": 0.49, \"F\": 0.51}}}}";

  private static byte[] ndjson(ProfileExecutor executor, ProfileSpecification spec, long count)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    executor.generate(spec, count, new NdjsonEntitySink(out), done -> {});
    return out.toByteArray();
  }

  @Test
  void frameworkGuideExampleOne() {
    ExecutionResult result =
        new ProfileExecutor(42)
            .execute(
                SpecReader.profileFromMap(
                    Map.of(
                        "generation", Map.of("count", 10, "seed", 42),
                        "demographics",
                            Map.of(
                                "age",
                                    Map.of(
                                        "type", "normal", "mean", 45, "std_dev", 15, "min", 18,
                                        "max", 90),
                                "gender",
                                    Map.of(
                                        "type",
                                        "categorical",
                                        "weights",
                                        Map.of("M", 0.49, "F", 0.51))))));

    assertThat(result.entities()).hasSize(10);
    assertThat(result.seed()).isEqualTo(42);
    assertThat(result.entities())
        .allSatisfy(
            e -> {
              assertThat((Integer) e.attributes().get("age")).isBetween(18, 90);
              assertThat(e.attributes().get("gender")).isIn("M", "F");
            });
    assertThat(result.entities().get(0).entityId()).isEqualTo("E001");
    assertThat(result.entities().get(9).identifiers().patientId()).isEqualTo("P010");
    assertThat(result.validation().isValid()).isTrue();
  }

  @Test
  void sameBytesOnOneAndTwoAndFourThreads() throws IOException {
    ProfileSpecification spec = ProfileTemplates.get("medicare-diabetic");
    byte[] one = ndjson(new ProfileExecutor(7), spec, 5000);
    assertThat(ndjson(new ProfileExecutor(7).withThreads(2), spec, 5000)).isEqualTo(one);
    assertThat(ndjson(new ProfileExecutor(7).withThreads(4), spec, 5000)).isEqualTo(one);
    assertThat(ndjson(new ProfileExecutor(8), spec, 5000)).isNotEqualTo(one);
  }

  @Test
  void anEntityAloneEqualsItsPlaceInAnyBatch() {
    ProfileSpecification spec = ProfileTemplates.get("commercial-maternity");
    ProfileExecutor executor = new ProfileExecutor(42);
    List<GeneratedEntity> batch = executor.withThreads(2).execute(spec, 3000).entities();
    for (long i : new long[] {0, 5, 1023, 1024, 2999}) {
      assertThat(executor.generateEntity(spec, i)).isEqualTo(batch.get((int) i));
    }
    assertThat(executor.execute(spec, 10).entities()).isEqualTo(batch.subList(0, 10));
    assertThat(executor.stream(spec).limit(10).collect(Collectors.toList()))
        .isEqualTo(batch.subList(0, 10));
  }

  @Test
  void aBoundExecutorRegeneratesByIndexAlone() {
    ProfileSpecification spec = ProfileTemplates.get("medicare-diabetic");
    ProfileExecutor executor = new ProfileExecutor(42).forProfile(spec);
    ExecutionResult result = executor.execute();
    assertThat(result.count()).isEqualTo(spec.generation().count());
    assertThat(executor.generateEntity(5)).isEqualTo(result.entities().get(5));
    assertThatThrownBy(() -> new ProfileExecutor(42).generateEntity(5))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("forProfile");
  }

  @Test
  void addingRaceLeavesEveryAgeAndGenderUnchanged() {
    ProfileSpecification without = SpecReader.profileFromString(EXAMPLE_1);
    ProfileSpecification with =
        SpecReader.profileFromString(
            EXAMPLE_1.replace(
                "\"gender\":",
                "\"race\": {\"type\": \"categorical\", \"weights\": {\"White\": 0.6, \"Black\":"
                    + " 0.13, \"Asian\": 0.06, \"Other\": 0.21}}, \"gender\":"));
    List<GeneratedEntity> before = new ProfileExecutor(42).execute(without, 10_000).entities();
    List<GeneratedEntity> after = new ProfileExecutor(42).execute(with, 10_000).entities();
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i).race()).isNotNull();
      assertThat(after.get(i).age()).isEqualTo(before.get(i).age());
      assertThat(after.get(i).gender()).isEqualTo(before.get(i).gender());
      assertThat(after.get(i).birthDate()).isEqualTo(before.get(i).birthDate());
      assertThat(after.get(i).person()).isEqualTo(before.get(i).person());
    }
  }

  @Test
  void birthDatesAgreeWithAgesAtTheAsOfDate() {
    ProfileSpecification spec = ProfileTemplates.get("medicaid-pediatric");
    LocalDate asOf = spec.generation().asOf();
    for (GeneratedEntity e : new ProfileExecutor(3).execute(spec, 20_000).entities()) {
      assertThat(Period.between(e.birthDate(), asOf).getYears()).isEqualTo(e.age());
    }
  }

  @Test
  void seedPrecedence() {
    ProfileSpecification spec = SpecReader.profileFromString(EXAMPLE_1);
    assertThat(new ProfileExecutor().seedFor(spec)).isEqualTo(42);
    assertThat(new ProfileExecutor(0).seedFor(spec)).isZero();
    ProfileSpecification unseeded =
        SpecReader.profileFromString(EXAMPLE_1.replace(", \"seed\": 42", ""));
    assertThat(new ProfileExecutor().seedFor(unseeded)).isEqualTo(ProfileExecutor.DEFAULT_SEED);
  }

  @Test
  void identifiersAreUniqueAndUseTheSpecsPrefixes() {
    ProfileSpecification spec =
        SpecReader.profileFromString(
            EXAMPLE_1.replace(
                "\"generation\"",
                "\"identifiers\": {\"patient_prefix\": \"PAT-\", \"member_prefix\": \"MBR\"},"
                    + " \"generation\""));
    List<GeneratedEntity> entities = new ProfileExecutor(1).execute(spec, 1500).entities();
    assertThat(entities.get(0).identifiers().patientId()).isEqualTo("PAT-001");
    assertThat(entities.get(1499).identifiers().memberId()).isEqualTo("MBR1500");
    assertThat(entities.get(41).identifiers().rxMemberId()).isEqualTo("RX042");
    assertThat(entities.stream().map(e -> e.identifiers().subjectId()).distinct()).hasSize(1500);
  }

  @Test
  void aLabThatDrawsTextIsRejectedWithItsPath() {
    ProfileSpecification spec =
        SpecReader.profileFromString(
            "{\"clinical\": {\"lab_values\": {\"ua\": {\"type\": \"categorical\", \"weights\":"
                + " {\"positive\": 0.1, \"negative\": 0.9}}}}}");
    assertThatThrownBy(() -> new ProfileExecutor(1).execute(spec, 1))
        .isInstanceOfSatisfying(
            SpecValidationException.class,
            e -> assertThat(e.problems().get(0).path()).isEqualTo("clinical.lab_values.ua.type"));
  }

  @Test
  void anAgeDistributionOutsideZeroToOneHundredTwentyIsRejected() {
    ProfileSpecification spec =
        SpecReader.profileFromString(
            "{\"demographics\": {\"age\": {\"type\": \"uniform\", \"min\": -5, \"max\": 30}}}");
    assertThatThrownBy(() -> new ProfileExecutor(1).execute(spec, 1))
        .isInstanceOfSatisfying(
            SpecValidationException.class,
            e -> assertThat(e.problems().get(0).path()).isEqualTo("demographics.age"));
  }

  @Test
  void aReferenceSourceIsRejectedUntilResolved() {
    ProfileSpecification spec =
        SpecReader.profileFromString(
            "{\"demographics\": {\"source\": \"populationsim\", \"reference\": {\"type\":"
                + " \"county\", \"fips\": \"48201\"}}}");
    assertThatThrownBy(() -> new ProfileExecutor(1).execute(spec, 1))
        .isInstanceOf(SpecValidationException.class)
        .hasMessageContaining("demographics.source = populationsim")
        .hasMessageContaining("--reference-db");
  }

  @Test
  void aReferenceSourceIsResolvedByTheExecutorsReference() {
    ProfileSpecification spec =
        SpecReader.profileFromString(
            "{\"demographics\": {\"source\": \"hybrid\", \"reference\": {\"type\":"
                + " \"county\", \"fips\": \"48201\"}}}");
    ProfileSpecification resolved =
        SpecReader.profileFromString(
            "{\"demographics\": {\"gender\": {\"type\": \"categorical\", \"weights\":"
                + " {\"F\": 1.0}}, \"reference\": {\"type\": \"county\", \"fips\":"
                + " \"48201\"}}}");
    ProfileExecutor executor = new ProfileExecutor(1).withReference(p -> resolved);

    assertThat(executor.execute(spec, 5).entities())
        .allSatisfy(
            e -> {
              assertThat(e.gender()).isEqualTo("F");
              assertThat(e.countyFips()).isEqualTo("48201");
            });
    assertThat(executor.generateEntity(spec, 3))
        .isEqualTo(executor.execute(spec, 5).entities().get(3));
  }

  /**
   * County weights on a state: each entity lives in a county drawn with those weights. Chi-square
   * at n = 100,000 with false-failure rate 0.001 (fixed seed).
   */
  @Test
  void stateCountyWeightsSpreadEntitiesOverCounties() {
    ProfileSpecification spec =
        SpecReader.profileFromString(
            "{\"demographics\": {\"reference\": {\"type\": \"state\", \"state\": \"TX\","
                + " \"county_weights\": {\"48201\": 4726177, \"48113\": 2600840, \"48029\":"
                + " 2009324}}}}");
    List<GeneratedEntity> entities = new ProfileExecutor(7).execute(spec, 100_000).entities();
    long[] counts = new long[3];
    List<String> codes = List.of("48201", "48113", "48029");
    for (GeneratedEntity e : entities) {
      assertThat(e.state()).isEqualTo("TX");
      counts[codes.indexOf(e.countyFips())]++;
    }
    double total = 4726177 + 2600840 + 2009324;
    double[] p = {4726177 / total, 2600840 / total, 2009324 / total};
    assertThat(GoodnessOfFit.chiSquare(p, counts).pValue()).isGreaterThan(0.001);
  }

  @Test
  void countyWeightsOutsideTheStateAreRejectedWithTheirPath() {
    ProfileSpecification spec =
        SpecReader.profileFromString(
            "{\"demographics\": {\"reference\": {\"type\": \"state\", \"state\": \"TX\","
                + " \"county_weights\": {\"48201\": 1, \"06037\": 1}}}}");
    assertThatThrownBy(() -> new ProfileExecutor(1).execute(spec, 1))
        .isInstanceOfSatisfying(
            SpecValidationException.class,
            e ->
                assertThat(e.problems().get(0).path())
                    .isEqualTo("demographics.reference.county_weights[\"06037\"]"))
        .hasMessageContaining("not a county of TX");
  }

  /** The uninsured share: binomial test at n = 100,000, false-failure rate 0.001. */
  @Test
  void uninsuredShareIsDrawnAndUninsuredHaveNoPlan() {
    ProfileSpecification spec =
        SpecReader.profileFromString(
            "{\"demographics\": {\"age\": {\"type\": \"uniform\", \"min\": 20, \"max\":"
                + " 60}}, \"coverage\": {\"type\": \"Commercial\", \"plan_distribution\":"
                + " {\"PPO\": 1.0}, \"uninsured\": 0.212}}");
    ExecutionResult result = new ProfileExecutor(11).execute(spec, 100_000);
    long uninsured = 0;
    for (GeneratedEntity e : result.entities()) {
      if (e.coverage().type().equals("Uninsured")) {
        uninsured++;
        assertThat(e.coverage().plan()).isNull();
        assertThat(e.coverage().effectiveDate()).isNull();
        assertThat(e.coverage().groupId()).isNull();
      } else {
        assertThat(e.coverage().plan()).isEqualTo("PPO");
        assertThat(e.coverage().effectiveDate()).isNotNull();
      }
    }
    assertThat(GoodnessOfFit.binomial(100_000, uninsured, 0.212).pValue()).isGreaterThan(0.001);
    assertThat(result.validation().metrics())
        .anySatisfy(m -> assertThat(m.name()).isEqualTo("coverage.uninsured"));
  }

  @Test
  void countyGeographySetsStateAndCounty() {
    ProfileSpecification spec =
        SpecReader.profileFromString(
            "{\"demographics\": {\"reference\": {\"type\": \"county\", \"fips\": \"6037\"}}}");
    GeneratedEntity e = new ProfileExecutor(1).generateEntity(spec, 0);
    assertThat(e.countyFips()).isEqualTo("06037");
    assertThat(e.state()).isEqualTo("CA");
    assertThat(e.person().address().state()).isEqualTo("CA");
  }

  @Test
  void statesFollowPopulationWithoutGeography() {
    List<GeneratedEntity> entities =
        new ProfileExecutor(5).execute(SpecReader.profileFromString(EXAMPLE_1), 50_000).entities();
    long total = UsStates.all().stream().mapToLong(UsState::population).sum();
    for (String state : List.of("CA", "TX", "WY", "DC")) {
      double p = UsStates.byAbbreviation(state).orElseThrow().population() / (double) total;
      long n = entities.stream().filter(e -> state.equals(e.state())).count();
      // Two-sided 99.9% interval for the state's 2020 Census share at n = 50,000.
      double sd = Math.sqrt(entities.size() * p * (1 - p));
      assertThat((double) n)
          .as(state)
          .isBetween(entities.size() * p - 3.2905 * sd, entities.size() * p + 3.2905 * sd);
    }
  }

  @Test
  void medicareCoverageStartsNoEarlierThanTheSixtyFifthBirthdayMonth() {
    ProfileSpecification spec = ProfileTemplates.get("medicare-diabetic");
    for (GeneratedEntity e : new ProfileExecutor(11).execute(spec, 20_000).entities()) {
      LocalDate effective = e.coverage().effectiveDate();
      assertThat(effective.getDayOfMonth()).isEqualTo(1);
      assertThat(effective).isAfterOrEqualTo(e.birthDate().plusYears(65).withDayOfMonth(1));
      assertThat(effective).isBeforeOrEqualTo(spec.generation().asOf());
      assertThat(e.coverage().groupId()).isNull();
    }
  }
}
