package org.healthsim.reference.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.AgeBandsSpec;
import org.healthsim.core.spec.ConditionSpec;
import org.healthsim.core.spec.DemographicsSpec;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.core.validation.SpecValidationException;
import org.healthsim.generation.internal.stats.GoodnessOfFit;
import org.healthsim.generation.profile.EntityCondition;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.reference.Fixtures;
import org.healthsim.reference.ReferenceDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceSpecsTest {

  /** False-failure rate of each statistical check. */
  private static final double ALPHA = 0.001;

  @TempDir Path dir;
  private Connection conn;
  private ReferenceDatabase db;

  @BeforeEach
  void open() throws SQLException {
    conn = Fixtures.database(dir.resolve("ref.duckdb"));
    db = ReferenceDatabase.over(conn);
  }

  @AfterEach
  void close() throws SQLException {
    conn.close();
  }

  private static ProfileSpecification spec(String json) {
    return SpecReader.profileFromString(json);
  }

  /** RELIABILITY-TRIAL F9, in a database imported before the importer refused such values. */
  @Test
  void anImpossiblePrevalenceInAnOldDatabaseIsNamedWithItsSource() throws SQLException {
    try (java.sql.Statement s = conn.createStatement()) {
      s.execute(
          "UPDATE places_county_measure SET crude_prev = 250 WHERE county_fips = '48001' AND"
              + " measure = 'DIABETES'");
    }

    assertThatThrownBy(() -> db.toProfileSpec(db.resolver().resolveCounty("48001")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CDC PLACES 2099 DIABETES_CrudePrev = 250: is not a percentage")
        .hasMessageContaining("import the file again");
  }

  @Test
  void toProfileSpecIsAValidExecutableSpecOfTheCounty() {
    HybridProfile alpha = db.toProfileSpec(db.resolver().resolveCounty("48001"));
    ProfileSpecification spec = alpha.spec();

    assertThat(spec.id()).isEqualTo("ref-county-48001");
    assertThat(spec.demographics().source()).isEqualTo(DemographicsSpec.Source.EXPLICIT);
    assertThat(spec.demographics().age()).isInstanceOf(AgeBandsSpec.class);
    assertThat(spec.clinical().comorbidities())
        .extracting(ConditionSpec::code, ConditionSpec::prevalence)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("E11.9", 0.10),
            org.assertj.core.groups.Tuple.tuple("E66.9", 0.30),
            org.assertj.core.groups.Tuple.tuple("I10", 0.25),
            org.assertj.core.groups.Tuple.tuple("J44.9", 0.05));
    assertThat(spec.clinical().comorbidities().get(0).when()).hasToString("age >= 18");
    // 10% uninsured overall, none of the 15% aged 65+: 10 / 85 of those under 65.
    assertThat(spec.coverage().uninsured()).isCloseTo(0.10 / 0.85, within(1e-12));
    assertThat(spec.coverage().uninsuredWhen()).hasToString("age < 65");
    assertThat(alpha.origins().get("demographics.gender").kind())
        .isEqualTo(FieldOrigin.Kind.DEFAULT);
    assertThat(alpha.origins().get("clinical.comorbidities.E11.9").detail())
        .isEqualTo("CDC PLACES 2099 DIABETES_CrudePrev, adults (age >= 18)");
    assertThat(new ProfileExecutor(1).execute(spec, 10).entities()).hasSize(10);
  }

  /**
   * PLACES rates are adult rates: with the county's own age mix, children never have a PLACES
   * condition and adults have it at the county's crude prevalence (binomial, n = 40,000).
   */
  @Test
  void theCountysAgeMixReproducesItsAdultPrevalence() {
    ProfileSpecification spec = db.toProfileSpec(db.resolver().resolveCounty("48003")).spec();
    List<GeneratedEntity> cohort = new ProfileExecutor(5).execute(spec, 40_000).entities();
    long adults = cohort.stream().filter(e -> e.age() >= 18).count();
    long diabeticAdults = cohort.stream().filter(e -> e.age() >= 18 && has(e, "E11.9")).count();
    assertThat(cohort.stream().filter(e -> e.age() < 18).noneMatch(e -> has(e, "E11.9"))).isTrue();
    assertThat(GoodnessOfFit.binomial(adults, diabeticAdults, 0.14).pValue()).isGreaterThan(ALPHA);
    assertThat(GoodnessOfFit.binomial(40_000, adults, 0.70).pValue()).isGreaterThan(ALPHA);
    // The county's 20% uninsured are all under 65 (90% of the county): 2/9 of them, none older.
    long young = cohort.stream().filter(e -> e.age() < 65).count();
    long uninsured =
        cohort.stream()
            .filter(e -> "Uninsured".equals(e.coverage().type()))
            .peek(e -> assertThat(e.age()).isLessThan(65))
            .count();
    assertThat(GoodnessOfFit.binomial(young, uninsured, 0.20 / 0.90).pValue()).isGreaterThan(ALPHA);
    assertThat(GoodnessOfFit.binomial(40_000, uninsured, 0.20).pValue()).isGreaterThan(ALPHA);
  }

  private static boolean has(GeneratedEntity e, String code) {
    return e.conditions().stream().map(EntityCondition::code).anyMatch(code::equals);
  }

  @Test
  void whatTheUserWroteWinsFieldByFieldAndOriginsAreRecorded() {
    ProfileSpecification user =
        spec(
            "{\"profile\": {\"demographics\": {\"source\": \"populationsim\", \"reference\":"
                + " {\"type\": \"county\", \"fips\": \"48001\"}, \"age\": {\"type\": \"normal\","
                + " \"mean\": 72, \"std_dev\": 8}}, \"clinical\": {\"comorbidities\": [{\"code\":"
                + " \"E11.9\", \"prevalence\": 0.3}]}}}");
    HybridProfile hybrid = db.createHybridProfile(user);
    ProfileSpecification spec = hybrid.spec();

    assertThat(spec.demographics().age()).isEqualTo(user.demographics().age());
    assertThat(spec.clinical().comorbidities())
        .filteredOn(c -> c.code().equals("E11.9"))
        .singleElement()
        .satisfies(c -> assertThat(c.prevalence()).isEqualTo(0.3));
    assertThat(spec.clinical().comorbidities())
        .extracting(ConditionSpec::code)
        .containsExactly("E11.9", "E66.9", "I10", "J44.9");
    assertThat(hybrid.origins())
        .containsEntry("demographics.age", FieldOrigin.USER)
        .containsEntry("clinical.comorbidities.E11.9", FieldOrigin.USER);
    assertThat(hybrid.origins().get("demographics.race").kind())
        .isEqualTo(FieldOrigin.Kind.REFERENCE);
    assertThat(hybrid.origins().get("clinical.comorbidities.I10").detail())
        .startsWith("CDC PLACES 2099 BPHIGH_CrudePrev");
  }

  @Test
  void anExplicitSpecComesBackUnchanged() {
    ProfileSpecification user =
        spec("{\"demographics\": {\"age\": {\"type\": \"uniform\", \"min\": 1, \"max\": 2}}}");
    assertThat(db.createHybridProfile(user).spec()).isSameAs(user);
  }

  /** A state spreads entities over its counties by population: chi-square at n = 20,000. */
  @Test
  void theExecutorResolvesAStateSpecAndSpreadsItOverCounties() {
    ProfileSpecification user =
        spec(
            "{\"generation\": {\"count\": 20000}, \"demographics\": {\"source\": \"hybrid\","
                + " \"reference\": {\"type\": \"state\", \"state\": \"TX\"}}}");
    List<GeneratedEntity> cohort =
        new ProfileExecutor(3).withReference(db).execute(user).entities();
    long alpha = cohort.stream().filter(e -> "48001".equals(e.countyFips())).count();
    long beta = cohort.stream().filter(e -> "48003".equals(e.countyFips())).count();
    assertThat(alpha + beta).isEqualTo(20_000);
    assertThat(cohort).allSatisfy(e -> assertThat(e.state()).isEqualTo("TX"));
    assertThat(
            GoodnessOfFit.chiSquare(new double[] {0.25, 0.75}, new long[] {alpha, beta}).pValue())
        .isGreaterThan(ALPHA);
    // The state's weighted rate: (10 * 1 + 14 * 3) / 4 = 13 percent of adults.
    ProfileSpecification resolved = db.resolve(user);
    assertThat(resolved.clinical().comorbidities().get(0).prevalence()).isEqualTo(0.13);
    assertThat(resolved.demographics().reference().countyWeights())
        .isEqualTo(Map.of("48001", 0.25, "48003", 0.75));
  }

  @Test
  void anUnknownCountyInASpecIsAValidationProblemWithItsPath() {
    ProfileSpecification user =
        spec(
            "{\"demographics\": {\"source\": \"populationsim\", \"reference\": {\"type\":"
                + " \"county\", \"fips\": \"48999\"}}}");
    assertThatThrownBy(() -> new ProfileExecutor(1).withReference(db).execute(user, 1))
        .isInstanceOfSatisfying(
            SpecValidationException.class,
            e -> assertThat(e.problems().get(0).path()).isEqualTo("demographics.reference.fips"))
        .hasMessageContaining("not found in places_county or svi_county");
  }
}
