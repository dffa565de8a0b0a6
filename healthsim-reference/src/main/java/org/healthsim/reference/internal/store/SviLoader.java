package org.healthsim.reference.internal.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An SVI county or tract file into {@code svi_county} or {@code svi_tract}: the identifying text
 * columns normalised (FIPS codes left-padded), every other column kept under its lower-case name as
 * a number, with {@code -999} (SVI's missing value) and empty cells as NULL. Works for the 2020 and
 * 2022 layouts (158 columns) and for files with only some of the columns, such as a tract file of
 * percentile ranks.
 */
final class SviLoader {

  private static final Set<String> TEXT =
      Set.of("ST", "STATE", "ST_ABBR", "STCNTY", "COUNTY", "FIPS", "LOCATION");

  private SviLoader() {}

  static ImportedTable county(Connection conn, CsvStage stage, String release) throws SQLException {
    String what = "a CDC/ATSDR SVI county file";
    String fips = stage.column("FIPS").orElseGet(() -> stage.requiredColumn("STCNTY", what));
    String abbr = stage.requiredColumn("ST_ABBR", what);
    stage.requiredColumn("E_TOTPOP", what);
    stage.checkKey(fips, Sql.Code.COUNTY);
    String keys =
        Sql.Code.COUNTY.of(fips)
            + " AS county_fips, left("
            + Sql.Code.COUNTY.of(fips)
            + ", 2) AS state_fips, upper("
            + Sql.text(abbr)
            + ") AS state_abbr, "
            + optionalText(stage, "STATE")
            + " AS state_name, "
            + optionalText(stage, "COUNTY")
            + " AS county_name, "
            + optionalText(stage, "LOCATION")
            + " AS location";
    return write(conn, stage, "svi_county", "county_fips", keys, release);
  }

  static ImportedTable tract(Connection conn, CsvStage stage, String release) throws SQLException {
    String what = "a CDC/ATSDR SVI census-tract file";
    String fips = stage.requiredColumn("FIPS", what);
    String abbr = stage.requiredColumn("ST_ABBR", what);
    stage.checkKey(fips, Sql.Code.TRACT);
    String keys =
        Sql.Code.TRACT.of(fips)
            + " AS tract_fips, left("
            + Sql.Code.TRACT.of(fips)
            + ", 5) AS county_fips, upper("
            + Sql.text(abbr)
            + ") AS state_abbr, "
            + optionalText(stage, "COUNTY")
            + " AS county_name, "
            + optionalText(stage, "LOCATION")
            + " AS location";
    return write(conn, stage, "svi_tract", "tract_fips", keys, release);
  }

  /** The columns whose names start with one of {@code prefixes}, ignoring case. */
  private static List<String> withPrefix(List<String> columns, String... prefixes) {
    return columns.stream()
        .filter(
            c -> {
              String upper = c.toUpperCase(Locale.ROOT);
              return java.util.Arrays.stream(prefixes).anyMatch(upper::startsWith);
            })
        .collect(Collectors.toList());
  }

  private static String optionalText(CsvStage stage, String column) {
    return stage.column(column).map(Sql::text).orElse("CAST(NULL AS VARCHAR)");
  }

  private static ImportedTable write(
      Connection conn, CsvStage stage, String table, String key, String keys, String release)
      throws SQLException {
    List<String> numeric =
        stage.columns().stream()
            .filter(c -> !TEXT.contains(c.toUpperCase(Locale.ROOT)))
            .collect(Collectors.toList());
    stage.check(numeric, Sql.NUMBER, "is not a number");
    stage.check(
        withPrefix(numeric, "RPL_", "EPL_"),
        Sql.SVI_RANK,
        "is not a percentile rank: a number from 0 to 1, or -999 for missing");
    stage.check(
        withPrefix(numeric, "EP_"),
        Sql.SVI_PERCENTAGE,
        "is not a percentage from 0 to 100, or -999 for missing");
    String values =
        numeric.stream()
            .map(c -> Sql.sviNumber(c) + " AS " + c.toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
    try (Statement s = conn.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + table);
      s.execute(
          "CREATE TABLE "
              + table
              + " AS SELECT "
              + keys
              + (values.isEmpty() ? "" : ", " + values)
              + " FROM "
              + stage.table()
              + " ORDER BY 1");
      s.execute("CREATE UNIQUE INDEX " + table + "_key ON " + table + " (" + key + ")");
    }
    List<String> ignored = new ArrayList<>(stage.unusableColumns());
    return new ImportedTable(
        table, release, stage.rows(), numeric.size() + " numeric columns", ignored);
  }
}
