package org.healthsim.reference.resolve;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PLACES rows of one scope: the county's own values, or a state's population-weighted over its
 * counties (intervals are not combined, so a state's values have none).
 *
 * @param found whether PLACES has the county or any county of the state
 * @param countyName the PLACES county name, or {@code null}
 * @param stateAbbr the state abbreviation, or {@code null}
 * @param population total population (summed for a state), or {@code null}
 * @param measures every measure by id
 * @param notes gaps worth telling
 */
record PlacesRows(
    boolean found,
    String countyName,
    String stateAbbr,
    Long population,
    Map<String, MeasurePrevalence> measures,
    List<String> notes) {

  private static final String PLACES = ReferenceProfileResolver.PLACES;

  static PlacesRows read(Connection conn, ReferenceTables tables, Scope scope) throws SQLException {
    List<String> notes = new ArrayList<>();
    if (!tables.has("places_county")) {
      notes.add("no CDC PLACES data is loaded: no condition prevalences");
      return new PlacesRows(false, null, null, null, Map.of(), notes);
    }
    String release = tables.release("places_county");
    String weight =
        tables.has("svi_county")
            ? "coalesce(p.total_population, s.e_totpop)"
            : "p.total_population";
    String from =
        " FROM places_county p"
            + (tables.has("svi_county") ? " LEFT JOIN svi_county s USING (county_fips)" : "")
            + " WHERE p."
            + scope.column()
            + " = ?";
    long counties;
    String countyName = null;
    String state = null;
    Long population;
    try (PreparedStatement p =
        conn.prepareStatement(
            "SELECT count(*), any_value(p.county_name), any_value(p.state_abbr),"
                + " sum(p.total_population)"
                + from)) {
      p.setString(1, scope.code());
      try (ResultSet r = p.executeQuery()) {
        r.next();
        counties = r.getLong(1);
        countyName = r.getString(2);
        state = r.getString(3);
        long sum = r.getLong(4);
        population = r.wasNull() ? null : sum;
      }
    }
    if (counties == 0) {
      notes.add(PLACES + " " + release + " has no row for " + scope.describe());
      return new PlacesRows(false, null, null, null, Map.of(), notes);
    }
    Map<String, MeasurePrevalence> measures = new LinkedHashMap<>();
    String sql =
        scope.aggregate()
            ? "SELECT m.measure, round(sum(m.crude_prev * w) / sum(CASE WHEN m.crude_prev IS NOT"
                + " NULL THEN w END), 2), NULL, NULL, round(sum(m.adj_prev * w) / sum(CASE WHEN"
                + " m.adj_prev IS NOT NULL THEN w END), 2), NULL, NULL, count(m.crude_prev),"
                + " count(*) FROM places_county_measure m JOIN (SELECT p.county_fips, "
                + weight
                + " AS w"
                + from
                + ") USING (county_fips) GROUP BY m.measure ORDER BY m.measure"
            : "SELECT measure, crude_prev, crude_ci_low, crude_ci_high, adj_prev, adj_ci_low,"
                + " adj_ci_high, count(crude_prev) OVER (), 1 FROM places_county_measure WHERE"
                + " county_fips = ? ORDER BY measure";
    try (PreparedStatement p = conn.prepareStatement(sql)) {
      p.setString(1, scope.code());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String measure = r.getString(1);
          String how =
              scope.aggregate() ? ", population-weighted over " + r.getLong(9) + " counties" : "";
          measures.put(
              measure,
              new MeasurePrevalence(
                  measure,
                  value(r, 2, release, measure + "_CrudePrev" + how),
                  value(r, 5, release, measure + "_AdjPrev" + how)));
          if (scope.aggregate() && r.getLong(8) < r.getLong(9)) {
            notes.add(
                measure
                    + ": "
                    + r.getLong(8)
                    + " of "
                    + r.getLong(9)
                    + " counties have a crude prevalence");
          }
        }
      }
    }
    return new PlacesRows(
        true, scope.aggregate() ? null : countyName, state, population, measures, notes);
  }

  private static ReferenceValue value(ResultSet r, int column, String release, String field)
      throws SQLException {
    return new ReferenceValue(
        number(r, column), number(r, column + 1), number(r, column + 2), PLACES, release, field);
  }

  private static Double number(ResultSet r, int column) throws SQLException {
    double v = r.getDouble(column);
    return r.wasNull() ? null : v;
  }
}
