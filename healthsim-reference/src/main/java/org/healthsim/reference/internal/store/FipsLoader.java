package org.healthsim.reference.internal.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The county and state FIPS crosswalks into {@code fips_county} and {@code fips_state}. */
final class FipsLoader {

  private FipsLoader() {}

  static ImportedTable counties(Connection conn, CsvStage stage, String release)
      throws SQLException {
    String what = "a county FIPS crosswalk (state_fips,state_abbr,county_fips,county_name)";
    String fips = stage.requiredColumn("county_fips", what);
    String abbr = stage.requiredColumn("state_abbr", what);
    String name = stage.requiredColumn("county_name", what);
    stage.checkKey(fips, Sql.Code.COUNTY);
    try (Statement s = conn.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TABLE fips_county (county_fips VARCHAR PRIMARY KEY, state_fips"
              + " VARCHAR NOT NULL, state_abbr VARCHAR NOT NULL, county_name VARCHAR)");
      s.execute(
          "INSERT INTO fips_county SELECT "
              + Sql.countyAndState(fips)
              + ", upper("
              + Sql.text(abbr)
              + "), "
              + Sql.text(name)
              + " FROM "
              + stage.table()
              + " ORDER BY 1");
    }
    return result(stage, "fips_county", release, List.of(fips, abbr, name));
  }

  static ImportedTable states(Connection conn, CsvStage stage, String release) throws SQLException {
    String what = "a state FIPS crosswalk (state_fips,state_name,state_abbr)";
    String fips = stage.requiredColumn("state_fips", what);
    String abbr = stage.requiredColumn("state_abbr", what);
    String name = stage.requiredColumn("state_name", what);
    stage.checkKey(fips, Sql.Code.STATE);
    stage.checkPresent(abbr);
    stage.checkUnique("upper(" + Sql.text(abbr) + ")", abbr, "state");
    try (Statement s = conn.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TABLE fips_state (state_fips VARCHAR PRIMARY KEY, state_abbr"
              + " VARCHAR NOT NULL UNIQUE, state_name VARCHAR)");
      s.execute(
          "INSERT INTO fips_state SELECT "
              + Sql.Code.STATE.of(fips)
              + ", upper("
              + Sql.text(abbr)
              + "), "
              + Sql.text(name)
              + " FROM "
              + stage.table()
              + " ORDER BY 1");
    }
    return result(stage, "fips_state", release, List.of(fips, abbr, name));
  }

  private static ImportedTable result(
      CsvStage stage, String table, String release, List<String> used) {
    List<String> ignored = new ArrayList<>(stage.columns());
    ignored.removeAll(used);
    ignored.addAll(stage.unusableColumns());
    return new ImportedTable(table, release, stage.rows(), "crosswalk", ignored);
  }
}
