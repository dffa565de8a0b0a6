package org.healthsim.reference.resolve;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A census tract: its SVI ranks over its county's profile. */
final class TractResolver {

  private TractResolver() {}

  static ReferenceProfile resolve(
      Connection conn, ReferenceTables tables, String fips, ReferenceProfile county)
      throws SQLException {
    if (!tables.has("svi_tract")) {
      throw new IllegalArgumentException(
          "tract FIPS "
              + fips
              + ": no tract data is loaded (healthsim reference import ... --svi-tract CSV)");
    }
    String release = tables.release("svi_tract");
    List<String> ranks = new ArrayList<>();
    for (String c : List.of("rpl_themes", "rpl_theme1", "rpl_theme2", "rpl_theme3", "rpl_theme4")) {
      if (tables.hasColumn("svi_tract", c)) {
        ranks.add(c);
      }
    }
    Map<String, ReferenceValue> values = new LinkedHashMap<>();
    String location;
    try (PreparedStatement p =
        conn.prepareStatement(
            "SELECT location"
                + ranks.stream().map(c -> ", " + c).reduce("", String::concat)
                + " FROM svi_tract WHERE tract_fips = ?")) {
      p.setString(1, fips);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          throw new IllegalArgumentException("tract FIPS " + fips + ": not found in svi_tract");
        }
        location = r.getString(1);
        for (int i = 0; i < ranks.size(); i++) {
          double v = r.getDouble(i + 2);
          String field = ranks.get(i).toUpperCase(Locale.ROOT);
          values.put(
              field,
              ReferenceValue.of(
                  r.wasNull() ? null : v,
                  ReferenceProfileResolver.SVI,
                  release,
                  field + " (tract)"));
        }
      }
    }
    Map<String, ReferenceValue> merged = new LinkedHashMap<>(county.sviRanks());
    merged.putAll(values);
    List<String> notes = new ArrayList<>(county.notes());
    notes.add(
        "SVI ranks are the tract's (svi_tract); every other value is county "
            + county.area().code()
            + "'s");
    String name = location != null ? location : "Tract " + fips + ", " + county.area().name();
    return new ReferenceProfile(
        new Area(Area.Level.TRACT, fips, name, county.area().state()),
        county.population(),
        county.pctUnder18(),
        county.pct18To64(),
        county.pct65Plus(),
        county.race(),
        county.pctHispanic(),
        county.pctMinority(),
        county.pctPoverty(),
        county.pctUninsured(),
        merged,
        county.measures(),
        notes);
  }
}
