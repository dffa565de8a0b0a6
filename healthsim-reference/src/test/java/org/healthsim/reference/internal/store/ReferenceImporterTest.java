package org.healthsim.reference.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthsim.reference.Fixtures.number;
import static org.healthsim.reference.Fixtures.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.healthsim.reference.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceImporterTest {

  @TempDir Path dir;

  @Test
  void importsTheFixtureFilesNormalisingTheirQuirks() throws SQLException {
    try (Connection conn = Fixtures.database(dir.resolve("ref.duckdb"))) {
      assertThat(number(conn, "SELECT count(*) FROM places_county")).isEqualTo(3);
      assertThat(number(conn, "SELECT count(*) FROM places_county_measure")).isEqualTo(12);
      // FIPS without its leading zero is padded, in both files.
      assertThat(text(conn, "SELECT county_name FROM places_county WHERE county_fips = '01001'"))
          .isEqualTo("Gamma");
      assertThat(text(conn, "SELECT state_fips FROM svi_county WHERE county_fips = '01001'"))
          .isEqualTo("01");
      // The BOM does not end up in the first column's name.
      assertThat(text(conn, "SELECT state_abbr FROM svi_county WHERE county_fips = '48001'"))
          .isEqualTo("TX");
      // -999 and empty cells are NULL, never 0.
      assertThat(text(conn, "SELECT ep_uninsur FROM svi_county WHERE county_fips = '01001'"))
          .isNull();
      assertThat(
              text(
                  conn,
                  "SELECT crude_prev FROM places_county_measure WHERE county_fips = '48003'"
                      + " AND measure = 'COPD'"))
          .isNull();
      // Intervals are split into their bounds.
      assertThat(
              number(
                  conn,
                  "SELECT adj_ci_low FROM places_county_measure WHERE county_fips = '48001'"
                      + " AND measure = 'DIABETES'"))
          .isEqualTo(8.5);
      assertThat(text(conn, "SELECT county_fips FROM svi_tract WHERE tract_fips = '01001020100'"))
          .isEqualTo("01001");
      assertThat(text(conn, "SELECT release FROM reference_release WHERE table_name = 'svi_tract'"))
          .isEqualTo("2099");
      assertThat(
              text(conn, "SELECT sha256 FROM reference_release WHERE table_name = 'places_county'"))
          .hasSize(64);
    }
  }

  @Test
  void reportsTheMeasuresTakenAndTheColumnsIgnored() throws SQLException {
    try (Connection conn =
        java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("r.duckdb"))) {
      List<ImportedTable> tables = new ReferenceImporter(conn).importFiles(Fixtures.files());
      assertThat(tables.get(0).detail()).isEqualTo("4 measures: DIABETES, OBESITY, BPHIGH, COPD");
      assertThat(tables.get(0).ignoredColumns()).containsExactly("Geolocation");
      assertThat(tables).extracting(ImportedTable::rows).containsExactly(3L, 3L, 3L);
    }
  }

  @Test
  void aMalformedCellFailsWithFileLineAndColumnAndChangesNothing() throws SQLException {
    try (Connection conn = Fixtures.database(dir.resolve("ref.duckdb"))) {
      Path bad = Fixtures.file("places_county_2099release_malformed.csv");
      assertThatThrownBy(
              () ->
                  new ReferenceImporter(conn)
                      .importFiles(
                          List.of(
                              SourceFile.of(
                                  SourceKind.SVI_COUNTY, Fixtures.file("svi_county_2099.csv")),
                              SourceFile.of(SourceKind.PLACES_COUNTY, bad))))
          .isInstanceOfSatisfying(
              ReferenceImportException.class,
              e -> {
                assertThat(e.file()).isEqualTo(bad);
                assertThat(e.line()).isEqualTo(3);
                assertThat(e.column()).isEqualTo("DIABETES_CrudePrev");
              })
          .hasMessageContaining("'n/a' is not a number");
      assertUnchanged(conn);
    }
  }

  @Test
  void aTruncatedFileFailsAtItsLastLineAndChangesNothing() throws Exception {
    Path truncated = dir.resolve("svi_county_2099.csv");
    byte[] bytes = Files.readAllBytes(Fixtures.file("svi_county_2099.csv"));
    Files.write(truncated, Arrays.copyOf(bytes, bytes.length - 40));
    try (Connection conn = Fixtures.database(dir.resolve("ref.duckdb"))) {
      assertThatThrownBy(
              () ->
                  new ReferenceImporter(conn)
                      .importFiles(List.of(SourceFile.of(SourceKind.SVI_COUNTY, truncated))))
          .isInstanceOfSatisfying(
              ReferenceImportException.class, e -> assertThat(e.line()).isEqualTo(4))
          .hasMessageContaining(truncated.toString());
      assertUnchanged(conn);
    }
  }

  @Test
  void aFileOfTheWrongKindIsNamed() throws SQLException {
    try (Connection conn = Fixtures.database(dir.resolve("ref.duckdb"))) {
      assertThatThrownBy(
              () ->
                  new ReferenceImporter(conn)
                      .importFiles(
                          List.of(
                              new SourceFile(
                                  SourceKind.PLACES_COUNTY,
                                  Fixtures.file("svi_county_2099.csv"),
                                  "2022"))))
          .isInstanceOf(ReferenceImportException.class)
          .hasMessageContaining("no CountyFIPS column; is this a CDC PLACES county GIS-friendly");
      assertUnchanged(conn);
    }
  }

  @Test
  void aDuplicateCountyIsNamedAtItsSecondLine() throws Exception {
    Path dup = dir.resolve("places_2099.csv");
    List<String> lines = Files.readAllLines(Fixtures.file("places_county_2099release_gis.csv"));
    Files.write(dup, List.of(lines.get(0), lines.get(1), lines.get(2), lines.get(1)));
    try (Connection conn =
        java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("r.duckdb"))) {
      assertThatThrownBy(
              () ->
                  new ReferenceImporter(conn)
                      .importFiles(List.of(SourceFile.of(SourceKind.PLACES_COUNTY, dup))))
          .isInstanceOfSatisfying(
              ReferenceImportException.class,
              e -> {
                assertThat(e.line()).isEqualTo(4);
                assertThat(e.column()).isEqualTo("CountyFIPS");
              })
          .hasMessageContaining("county FIPS 48001 appears twice");
    }
  }

  /** RELIABILITY-TRIAL F9: a prevalence of 250% or -5% is refused where it is written. */
  @Test
  void anImpossiblePrevalenceIsRefusedWithFileLineAndColumn() throws Exception {
    List<String> lines = Files.readAllLines(Fixtures.file("places_county_2099release_gis.csv"));
    assertImportRefused(
        SourceKind.PLACES_COUNTY,
        "places_county_2099release_gis.csv",
        lines,
        3,
        "DIABETES_CrudePrev",
        "14.0",
        "250",
        "'250' is not a prevalence: a percentage from 0 to 100");
    assertImportRefused(
        SourceKind.PLACES_COUNTY,
        "places_county_2099release_gis.csv",
        lines,
        2,
        "OBESITY_AdjPrev",
        "29.0",
        "-5",
        "'-5' is not a prevalence: a percentage from 0 to 100");
    assertImportRefused(
        SourceKind.PLACES_COUNTY,
        "places_county_2099release_gis.csv",
        lines,
        2,
        "DIABETES_Crude95CI",
        "(9.5, 10.5)",
        "(10.5, 9.5)",
        "is not an interval of percentages: low bound first, both from 0 to 100");
  }

  @Test
  void anImpossibleSviRankOrPercentageIsRefusedButMissingIsNot() throws Exception {
    List<String> lines = Files.readAllLines(Fixtures.file("svi_county_2099.csv"));
    assertImportRefused(
        SourceKind.SVI_COUNTY,
        "svi_county_2099.csv",
        lines,
        3,
        "RPL_THEMES",
        "0.9",
        "90",
        "'90' is not a percentile rank: a number from 0 to 1, or -999 for missing");
    assertImportRefused(
        SourceKind.SVI_COUNTY,
        "svi_county_2099.csv",
        lines,
        2,
        "EP_UNINSUR",
        "10.0",
        "110.0",
        "'110.0' is not a percentage from 0 to 100, or -999 for missing");
  }

  /**
   * Imports {@code lines} with the cell of {@code column} on {@code line} changed from {@code from}
   * to {@code to} into a database holding the fixtures, and expects the import refused there with
   * {@code message} and the database unchanged.
   */
  private void assertImportRefused(
      SourceKind kind,
      String name,
      List<String> lines,
      int line,
      String column,
      String from,
      String to,
      String message)
      throws Exception {
    List<String> header = cells(lines.get(0).replace("\uFEFF", ""));
    int index = header.indexOf(column);
    assertThat(index).as(column + " in the fixture's header").isNotNegative();
    List<String> row = cells(lines.get(line - 1));
    assertThat(row.get(index)).as(column + " on fixture line " + line).isEqualTo(quoted(from));
    row.set(index, quoted(to));
    List<String> changed = new java.util.ArrayList<>(lines);
    changed.set(line - 1, String.join(",", row));
    Path file = Files.createDirectories(dir.resolve(column)).resolve(name);
    Files.write(file, changed);
    try (Connection conn = Fixtures.database(dir.resolve(column + ".duckdb"))) {
      assertThatThrownBy(
              () -> new ReferenceImporter(conn).importFiles(List.of(SourceFile.of(kind, file))))
          .isInstanceOfSatisfying(
              ReferenceImportException.class,
              e -> {
                assertThat(e.file()).isEqualTo(file);
                assertThat(e.line()).isEqualTo(line);
                assertThat(e.column()).isEqualTo(column);
              })
          .hasMessageContaining(message);
      assertUnchanged(conn);
    }
  }

  @Test
  void theReleaseComesFromTheFileNameOrMustBeGiven() throws Exception {
    Path noYear = dir.resolve("places.csv");
    Files.copy(Fixtures.file("places_county_2099release_gis.csv"), noYear);
    try (Connection conn =
        java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("r.duckdb"))) {
      ReferenceImporter importer = new ReferenceImporter(conn);
      assertThatThrownBy(
              () -> importer.importFiles(List.of(SourceFile.of(SourceKind.PLACES_COUNTY, noYear))))
          .hasMessageContaining("no year in the file name")
          .hasMessageContaining("--places-release");
      importer.importFiles(
          List.of(new SourceFile(SourceKind.PLACES_COUNTY, noYear, "2024 release")));
      assertThat(text(conn, "SELECT release FROM reference_release")).isEqualTo("2024 release");
    }
  }

  @Test
  void aMissingFileIsNamed() throws SQLException {
    try (Connection conn =
        java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("r.duckdb"))) {
      Path missing = dir.resolve("svi_2022.csv");
      assertThatThrownBy(
              () ->
                  new ReferenceImporter(conn)
                      .importFiles(List.of(SourceFile.of(SourceKind.SVI_COUNTY, missing))))
          .hasMessage(missing + ": no such file");
    }
  }

  /** A CSV line's cells as written, quotes kept: commas inside quotes do not split. */
  private static List<String> cells(String line) {
    return new java.util.ArrayList<>(
        Arrays.asList(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)));
  }

  /** {@code cell} as the fixtures write it: quoted when it holds a comma. */
  private static String quoted(String cell) {
    return cell.contains(",") ? '"' + cell + '"' : cell;
  }

  private static void assertUnchanged(Connection conn) throws SQLException {
    assertThat(number(conn, "SELECT count(*) FROM places_county")).isEqualTo(3);
    assertThat(number(conn, "SELECT count(*) FROM svi_county")).isEqualTo(3);
    assertThat(
            number(
                conn,
                "SELECT crude_prev FROM places_county_measure WHERE county_fips = '48001' AND"
                    + " measure = 'DIABETES'"))
        .isEqualTo(10.0);
    assertThat(number(conn, "SELECT count(*) FROM reference_release")).isEqualTo(3);
    assertThat(
            number(
                conn,
                "SELECT count(*) FROM information_schema.tables WHERE table_name LIKE"
                    + " 'import_stage%'"))
        .isZero();
  }
}
