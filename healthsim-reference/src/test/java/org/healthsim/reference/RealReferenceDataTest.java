package org.healthsim.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthsim.reference.Fixtures.number;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.internal.stats.GoodnessOfFit;
import org.healthsim.generation.profile.EntityCondition;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.reference.internal.store.ReferenceImporter;
import org.healthsim.reference.internal.store.SourceFile;
import org.healthsim.reference.internal.store.SourceKind;
import org.healthsim.reference.profile.HybridProfile;
import org.healthsim.reference.resolve.ReferenceProfile;
import org.healthsim.reference.resolve.ReferenceProfileResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real CDC files of ../shared/reference-data (PLACES 2022 release, SVI 2022), with the spot
 * values SOURCES.md lists. Skipped when the files are absent, failing in CI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealReferenceDataTest {

  /** False-failure rate of each statistical check. */
  private static final double ALPHA = 0.001;

  @TempDir static Path dir;
  private Path raw;
  private Connection conn;
  private ReferenceProfileResolver resolver;

  @BeforeAll
  void importRealFiles() throws SQLException {
    raw = SharedReferenceData.raw();
    conn = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("reference.duckdb"));
    new ReferenceImporter(conn)
        .importFiles(
            List.of(
                SourceFile.of(
                    SourceKind.PLACES_COUNTY, raw.resolve("places_county_2022release_gis.csv")),
                SourceFile.of(SourceKind.SVI_COUNTY, raw.resolve("svi_county_2022.csv")),
                SourceFile.of(SourceKind.SVI_TRACT, raw.resolve("svi_tract_2022_rpl_epl.csv")),
                SourceFile.of(SourceKind.FIPS_COUNTY, raw.resolve("fips_county.csv")),
                SourceFile.of(SourceKind.FIPS_STATE, raw.resolve("fips_state.csv"))));
    resolver = new ReferenceProfileResolver(conn);
  }

  @AfterAll
  void close() throws SQLException {
    if (conn != null) {
      conn.close();
    }
  }

  @Test
  void everyCountyLoads() throws SQLException {
    assertThat(number(conn, "SELECT count(*) FROM places_county")).isEqualTo(3143);
    assertThat(number(conn, "SELECT count(*) FROM svi_county")).isEqualTo(3144);
    assertThat(number(conn, "SELECT count(*) FROM svi_tract")).isEqualTo(83632);
    assertThat(number(conn, "SELECT count(DISTINCT measure) FROM places_county_measure"))
        .isEqualTo(30);
    assertThat(number(conn, "SELECT count(DISTINCT state_abbr) FROM places_county")).isEqualTo(51);
  }

  @Test
  void harrisCountyResolvesToTheValuesInSources() {
    ReferenceProfile harris = resolver.resolveCounty("48201");
    assertThat(harris.area().name()).isEqualTo("Harris County, TX");
    assertThat(harris.population().asLong()).isEqualTo(4_738_253);
    assertThat(harris.pctDiabetes().getAsDouble()).isEqualTo(12.6);
    assertThat(harris.pctObesity().getAsDouble()).isEqualTo(37.9);
    assertThat(harris.pctHypertension().getAsDouble()).isEqualTo(30.7);
    assertThat(harris.sviRank().getAsDouble()).isEqualTo(0.9201);
    assertThat(harris.pctPoverty().getAsDouble()).isEqualTo(25.7);
    assertThat(harris.pctUninsured().getAsDouble()).isEqualTo(21.2);
    assertThat(harris.pct65Plus().getAsDouble()).isEqualTo(11.0);
  }

  @Test
  void texasIsAPopulationWeightedAggregate() throws SQLException {
    ReferenceProfile texas = resolver.resolveState("TX");
    double expected =
        number(
            conn,
            "SELECT round(sum(m.crude_prev * p.total_population) / sum(p.total_population), 2)"
                + " FROM places_county_measure m JOIN places_county p USING (county_fips) WHERE"
                + " p.state_abbr = 'TX' AND m.measure = 'DIABETES'");
    assertThat(texas.pctDiabetes().getAsDouble()).isEqualTo(expected);
    assertThat(texas.population().asLong())
        .isEqualTo(
            (long)
                number(
                    conn,
                    "SELECT sum(total_population) FROM places_county WHERE state_abbr = 'TX'"));
    assertThat(texas.pctDiabetes().field()).endsWith("population-weighted over 254 counties");
    assertThat(resolver.countyPopulations("TX")).hasSize(254);
    assertThatThrownBy(() -> resolver.resolveCounty("48999"))
        .hasMessage("county FIPS 48999: not found in places_county or svi_county");
  }

  @Test
  void connecticutsTwoGeographiesAreExplained() {
    assertThat(resolver.resolveCounty("09001").notes())
        .anySatisfy(n -> assertThat(n).contains("legacy counties").contains("planning regions"));
    assertThat(resolver.resolveState("CT").pctDiabetes().isPresent()).isTrue();
    assertThat(resolver.resolveState("CT").pctUninsured().isPresent()).isTrue();
  }

  /**
   * The Harris County hybrid of the framework guide with an adult age: 100,000 entities whose
   * diabetes, obesity and hypertension shares are each within the binomial interval of the county's
   * crude rate (false-failure rate 0.001 each).
   */
  @Test
  void anAdultHarrisCohortHasTheCountysRates() {
    ProfileSpecification user =
        SpecReader.profileFromString(
            "{\"profile\": {\"demographics\": {\"source\": \"populationsim\", \"reference\":"
                + " {\"type\": \"county\", \"fips\": \"48201\"}, \"age\": {\"type\": \"normal\","
                + " \"mean\": 72, \"std_dev\": 8}}}}");
    HybridProfile hybrid = ReferenceProfiles.createHybridProfile(user, conn);
    List<GeneratedEntity> cohort =
        new ProfileExecutor(48201).withThreads(2).execute(hybrid.spec(), 100_000).entities();
    assertThat(cohort).allSatisfy(e -> assertThat(e.countyFips()).isEqualTo("48201"));
    assertShare(cohort, "E11.9", 0.126);
    assertShare(cohort, "E66.9", 0.379);
    assertShare(cohort, "I10", 0.307);
  }

  /**
   * Harris County's own age mix (toProfileSpec): among the adults of 100,000 entities, diabetes is
   * at the county's crude rate, and no child has it.
   */
  @Test
  void harrisWithItsOwnAgeMixHasTheCrudeRateAmongAdults() {
    ProfileSpecification spec =
        ReferenceDatabase.over(conn).toProfileSpec(resolver.resolveCounty("48201")).spec();
    List<GeneratedEntity> cohort =
        new ProfileExecutor(201).withThreads(2).execute(spec, 100_000).entities();
    List<GeneratedEntity> adults = cohort.stream().filter(e -> e.age() >= 18).toList();
    assertThat(GoodnessOfFit.binomial(100_000, adults.size(), 1 - 0.262).pValue())
        .isGreaterThan(ALPHA);
    assertShare(adults, "E11.9", 0.126);
    assertThat(cohort)
        .filteredOn(e -> e.age() < 18)
        .allSatisfy(e -> assertThat(e.conditions()).isEmpty());
  }

  private static void assertShare(List<GeneratedEntity> cohort, String code, double rate) {
    long hits =
        cohort.stream()
            .filter(e -> e.conditions().stream().map(EntityCondition::code).anyMatch(code::equals))
            .count();
    assertThat(GoodnessOfFit.binomial(cohort.size(), hits, rate).pValue())
        .as("%s: %d of %d, expected rate %s", code, hits, cohort.size(), rate)
        .isGreaterThan(ALPHA);
  }

  @Test
  void otherReleasesAndLayoutsImportToo() throws SQLException {
    try (Connection other = DriverManager.getConnection("jdbc:duckdb:")) {
      new ReferenceImporter(other)
          .importFiles(
              List.of(
                  SourceFile.of(
                      SourceKind.PLACES_COUNTY,
                      raw.resolve("places_county_2025release_crude_subset.csv")),
                  SourceFile.of(SourceKind.SVI_COUNTY, raw.resolve("svi_county_2020.csv"))));
      ReferenceProfile harris = new ReferenceProfileResolver(other).resolveCounty("48201");
      assertThat(harris.pctDiabetes().getAsDouble()).isEqualTo(13.2);
      assertThat(harris.pctDiabetes().release()).isEqualTo("2025");
      assertThat(harris.measure("DIABETES").ageAdjusted().isPresent()).isFalse();
      assertThat(harris.sviRank().getAsDouble()).isEqualTo(0.9128);
      assertThat(harris.population().asLong()).isEqualTo(4_680_609);
    }
  }
}
