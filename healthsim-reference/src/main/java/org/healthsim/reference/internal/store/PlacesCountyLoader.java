package org.healthsim.reference.internal.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PLACES county "GIS friendly" file of any release into {@code places_county} (one row a county)
 * and {@code places_county_measure} (one row a county and measure). The measure set varies by
 * release, so every {@code <MEASURE>_CrudePrev}, {@code _Crude95CI}, {@code _AdjPrev} and {@code
 * _Adj95CI} column present is taken.
 */
final class PlacesCountyLoader {

  private static final Pattern MEASURE_COLUMN =
      Pattern.compile(
          "([A-Za-z0-9_]+?)_(CrudePrev|Crude95CI|AdjPrev|Adj95CI)", Pattern.CASE_INSENSITIVE);
  private static final String WHAT = "a CDC PLACES county GIS-friendly file";

  private PlacesCountyLoader() {}

  static ImportedTable load(Connection conn, CsvStage stage, String release) throws SQLException {
    String fips = stage.requiredColumn("CountyFIPS", WHAT);
    String abbr = stage.requiredColumn("StateAbbr", WHAT);
    String county = stage.requiredColumn("CountyName", WHAT);
    Optional<String> stateName = stage.column("StateDesc");
    Optional<String> population = stage.column("TotalPopulation");
    Optional<String> adults = stage.column("TotalPop18plus");

    Set<String> measures = new LinkedHashSet<>();
    List<String> values = new ArrayList<>();
    List<String> intervals = new ArrayList<>();
    List<String> used = new ArrayList<>(List.of(fips, abbr, county));
    stateName.ifPresent(used::add);
    population.ifPresent(used::add);
    adults.ifPresent(used::add);
    for (String c : stage.columns()) {
      Matcher m = MEASURE_COLUMN.matcher(c);
      if (m.matches()) {
        measures.add(m.group(1).toUpperCase(Locale.ROOT));
        (m.group(2).toLowerCase(Locale.ROOT).endsWith("95ci") ? intervals : values).add(c);
        used.add(c);
      }
    }
    if (measures.isEmpty()) {
      throw new ReferenceImportException(
          stage.file(),
          1,
          null,
          "no <MEASURE>_CrudePrev or <MEASURE>_AdjPrev columns; is this " + WHAT + "?");
    }
    stage.checkKey(fips, Sql.Code.COUNTY);
    List<String> numeric = new ArrayList<>(values);
    population.ifPresent(numeric::add);
    adults.ifPresent(numeric::add);
    stage.check(numeric, Sql.NUMBER, "is not a number");
    stage.check(intervals, Sql.INTERVAL, "is not a confidence interval such as (12.1, 13.2)");
    // A prevalence is a percentage of the county's adults: anything else would reach a profile as
    // an impossible probability, far from the file that held it.
    stage.check(values, Sql.PERCENTAGE, "is not a prevalence: a percentage from 0 to 100");
    stage.check(
        intervals,
        Sql.PERCENTAGE_INTERVAL,
        "is not an interval of percentages: low bound first, both from 0 to 100");

    try (Statement s = conn.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TABLE places_county (county_fips VARCHAR PRIMARY KEY, state_fips"
              + " VARCHAR NOT NULL, state_abbr VARCHAR NOT NULL, state_name VARCHAR, county_name"
              + " VARCHAR NOT NULL, total_population BIGINT, adult_population BIGINT)");
      s.execute(
          "INSERT INTO places_county SELECT "
              + Sql.countyAndState(fips)
              + ", upper("
              + Sql.text(abbr)
              + "), "
              + stateName.map(Sql::text).orElse("NULL")
              + ", "
              + Sql.text(county)
              + ", "
              + population.map(c -> "CAST(" + Sql.number(c) + " AS BIGINT)").orElse("NULL")
              + ", "
              + adults.map(c -> "CAST(" + Sql.number(c) + " AS BIGINT)").orElse("NULL")
              + " FROM "
              + stage.table()
              + " ORDER BY 1");
      s.execute(
          "CREATE OR REPLACE TABLE places_county_measure (county_fips VARCHAR NOT NULL, measure"
              + " VARCHAR NOT NULL, crude_prev DOUBLE, crude_ci_low DOUBLE, crude_ci_high DOUBLE,"
              + " adj_prev DOUBLE, adj_ci_low DOUBLE, adj_ci_high DOUBLE, PRIMARY KEY"
              + " (county_fips, measure))");
      for (String measure : measures) {
        s.execute(
            "INSERT INTO places_county_measure SELECT "
                + Sql.Code.COUNTY.of(fips)
                + ", '"
                + measure
                + "', "
                + value(stage, measure, "CrudePrev")
                + ", "
                + bound(stage, measure, "Crude95CI", 1)
                + ", "
                + bound(stage, measure, "Crude95CI", 2)
                + ", "
                + value(stage, measure, "AdjPrev")
                + ", "
                + bound(stage, measure, "Adj95CI", 1)
                + ", "
                + bound(stage, measure, "Adj95CI", 2)
                + " FROM "
                + stage.table()
                + " ORDER BY 1");
      }
    }
    List<String> ignored = new ArrayList<>(stage.columns());
    ignored.removeAll(used);
    ignored.addAll(stage.unusableColumns());
    return new ImportedTable(
        "places_county",
        release,
        stage.rows(),
        measures.size() + " measures: " + String.join(", ", measures),
        ignored);
  }

  private static String value(CsvStage stage, String measure, String suffix) {
    return stage.column(measure + "_" + suffix).map(Sql::number).orElse("NULL");
  }

  private static String bound(CsvStage stage, String measure, String suffix, int group) {
    return stage.column(measure + "_" + suffix).map(c -> Sql.bound(c, group)).orElse("NULL");
  }
}
