package org.healthsim.reference.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.NoSuchElementException;
import org.healthsim.core.spec.GeographyReference;
import org.healthsim.reference.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resolver over the made-up fixture files; expected numbers are worked out by hand. */
class ReferenceProfileResolverTest {

  @TempDir Path dir;
  private Connection conn;
  private ReferenceProfileResolver resolver;

  @BeforeEach
  void open() throws SQLException {
    conn = Fixtures.database(dir.resolve("ref.duckdb"));
    resolver = new ReferenceProfileResolver(conn);
  }

  @AfterEach
  void close() throws SQLException {
    conn.close();
  }

  @Test
  void aCountyHasItsOwnValuesWithSourceAndRelease() {
    ReferenceProfile alpha = resolver.resolveCounty("48001");

    assertThat(alpha.area())
        .isEqualTo(new Area(Area.Level.COUNTY, "48001", "Alpha County, TX", "TX"));
    assertThat(alpha.population().asLong()).isEqualTo(100_000);
    assertThat(alpha.population().provenance()).isEqualTo("CDC PLACES 2099 TotalPopulation");
    assertThat(alpha.pctDiabetes().getAsDouble()).isEqualTo(10.0);
    assertThat(alpha.pctDiabetes().low()).isEqualTo(9.5);
    assertThat(alpha.pctDiabetes().high()).isEqualTo(10.5);
    assertThat(alpha.measure("DIABETES").ageAdjusted().getAsDouble()).isEqualTo(9.0);
    assertThat(alpha.pctDiabetes().provenance()).isEqualTo("CDC PLACES 2099 DIABETES_CrudePrev");
    assertThat(alpha.pctUnder18().getAsDouble()).isEqualTo(25.0);
    assertThat(alpha.pct18To64().getAsDouble()).isEqualTo(60.0);
    assertThat(alpha.pct65Plus().getAsDouble()).isEqualTo(15.0);
    assertThat(alpha.race().get("White").getAsDouble()).isEqualTo(60.0);
    assertThat(alpha.race().get("Black or African American").getAsDouble()).isEqualTo(10.0);
    assertThat(alpha.pctHispanic().getAsDouble()).isEqualTo(25.0);
    assertThat(alpha.pctUninsured().provenance()).isEqualTo("CDC/ATSDR SVI 2099 EP_UNINSUR");
    assertThat(alpha.sviRank().getAsDouble()).isEqualTo(0.5);
    assertThat(alpha.measures()).containsOnlyKeys("BPHIGH", "COPD", "DIABETES", "OBESITY");
  }

  @Test
  void aMissingValueIsAnExplicitAbsenceNeverZero() {
    ReferenceProfile gamma = resolver.resolveCounty("1001");

    assertThat(gamma.area().code()).isEqualTo("01001");
    assertThat(gamma.pctUninsured().isPresent()).isFalse();
    assertThat(gamma.pctUninsured().toString()).isEqualTo("absent");
    assertThat(gamma.sviRanks().get("RPL_THEME2").isPresent()).isFalse();
    assertThatThrownBy(() -> gamma.pctUninsured().getAsDouble())
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("EP_UNINSUR is absent from CDC/ATSDR SVI 2099");
    assertThat(resolver.resolveCounty("48003").measure("COPD").crude().isPresent()).isFalse();
    assertThat(gamma.measure("KIDNEY").crude().isPresent()).isFalse();
  }

  @Test
  void aStateIsPopulationWeightedOverItsCounties() {
    ReferenceProfile texas = resolver.resolveState("tx");

    assertThat(texas.area()).isEqualTo(new Area(Area.Level.STATE, "TX", "Texas", "TX"));
    assertThat(texas.population().asLong()).isEqualTo(400_000);
    // (10 * 100,000 + 14 * 300,000) / 400,000
    assertThat(texas.pctDiabetes().getAsDouble()).isEqualTo(13.0);
    assertThat(texas.pctObesity().getAsDouble()).isEqualTo(37.5);
    assertThat(texas.pctDiabetes().field())
        .isEqualTo("DIABETES_CrudePrev, population-weighted over 2 counties");
    // Only Alpha has COPD: the mean is over the counties that have it, and says so.
    assertThat(texas.measure("COPD").crude().getAsDouble()).isEqualTo(5.0);
    assertThat(texas.notes()).contains("COPD: 1 of 2 counties have a crude prevalence");
    assertThat(texas.pctUnder18().getAsDouble()).isEqualTo(28.75);
    assertThat(texas.sviRank().getAsDouble()).isEqualTo(0.8);
    assertThat(texas.pctDiabetes().low()).isNull();
  }

  @Test
  void aTractHasItsOwnRanksAndItsCountysOtherValues() {
    ReferenceProfile tract = resolver.resolveTract("48001000100");
    assertThat(tract.area().level()).isEqualTo(Area.Level.TRACT);
    assertThat(tract.sviRank().getAsDouble()).isEqualTo(0.81);
    assertThat(tract.sviRank().field()).isEqualTo("RPL_THEMES (tract)");
    assertThat(tract.pctDiabetes().getAsDouble()).isEqualTo(10.0);
    assertThat(resolver.resolveTract("48001000200").sviRank().isPresent()).isFalse();
    assertThat(resolver.resolveTract("1001020100").area().code()).isEqualTo("01001020100");
  }

  @Test
  void unknownAndMalformedPlacesGetClearErrors() {
    assertThatThrownBy(() -> resolver.resolveCounty("99999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("county FIPS 99999: not found in places_county or svi_county");
    assertThatThrownBy(() -> resolver.resolveCounty("48201'; DROP TABLE svi_county; --"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be a 5-digit county FIPS code");
    assertThatThrownBy(() -> resolver.resolveState("ZZ"))
        .hasMessage("state ZZ: not found in places_county or svi_county");
    assertThatThrownBy(() -> resolver.resolveState("Texas"))
        .hasMessageContaining("two-letter abbreviation");
    assertThatThrownBy(() -> resolver.resolveTract("48001999999"))
        .hasMessage("tract FIPS 48001999999: not found in svi_tract");
  }

  @Test
  void resolveGeographyDispatchesOnTheLevel() {
    assertThat(resolver.resolveGeography(GeographyReference.state("TX")).area().code())
        .isEqualTo("TX");
    assertThat(resolver.resolveGeography(GeographyReference.county("48003")).pctDiabetes())
        .hasToString("14");
  }

  @Test
  void anEmptyDatabaseSaysWhatToImport() throws SQLException {
    try (Connection empty = DriverManager.getConnection("jdbc:duckdb:")) {
      assertThatThrownBy(() -> new ReferenceProfileResolver(empty).resolveCounty("48001"))
          .hasMessageContaining("healthsim reference import");
    }
  }
}
