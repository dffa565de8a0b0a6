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
import java.util.Objects;
import java.util.regex.Pattern;
import org.healthsim.core.spec.GeographyReference;
import org.healthsim.reference.ReferenceDatabaseException;

/**
 * Resolves a county, a state or a census tract into a {@link ReferenceProfile} from a database
 * written by {@link org.healthsim.reference.internal.store.ReferenceImporter}: the framework
 * guide's {@code ReferenceProfileResolver(conn)}. Every query is parameterised; a FIPS code or
 * state is never pasted into SQL.
 *
 * <pre>{@code
 * ReferenceProfileResolver resolver = new ReferenceProfileResolver(conn);
 * ReferenceProfile harris = resolver.resolveCounty("48201");
 * System.out.printf("Population: %,d%n", harris.population().asLong());
 * System.out.println("Diabetes prevalence: " + harris.pctDiabetes() + "%");
 * }</pre>
 *
 * <p>A state is the population-weighted mean of its counties: PLACES measures weighted by PLACES
 * {@code TotalPopulation} (else SVI {@code E_TOTPOP}), SVI percentages and ranks by SVI {@code
 * E_TOTPOP}, each over the counties that have the value. Aggregates are rounded to 2 decimals
 * (percentages) and 4 (ranks).
 */
public final class ReferenceProfileResolver {

  static final String PLACES = "CDC PLACES";
  static final String SVI = "CDC/ATSDR SVI";

  private static final Pattern COUNTY_FIPS = Pattern.compile("[0-9]{4,5}");
  private static final Pattern TRACT_FIPS = Pattern.compile("[0-9]{10,11}");
  private static final Pattern STATE = Pattern.compile("[A-Za-z]{2}");

  /** SVI race columns (non-Hispanic persons) and their OMB labels. */
  private static final Map<String, String> RACE_COLUMNS = new LinkedHashMap<>();

  static {
    RACE_COLUMNS.put("ep_afam", "Black or African American");
    RACE_COLUMNS.put("ep_asian", "Asian");
    RACE_COLUMNS.put("ep_aian", "American Indian or Alaska Native");
    RACE_COLUMNS.put("ep_nhpi", "Native Hawaiian or Other Pacific Islander");
    RACE_COLUMNS.put("ep_twomore", "Two or more races");
    RACE_COLUMNS.put("ep_otherrace", "Some other race");
  }

  private static final List<String> SVI_COLUMNS =
      List.of(
          "e_totpop",
          "ep_age17",
          "ep_age65",
          "ep_hisp",
          "ep_minrty",
          "ep_afam",
          "ep_asian",
          "ep_aian",
          "ep_nhpi",
          "ep_twomore",
          "ep_otherrace",
          "ep_pov150",
          "ep_uninsur",
          "rpl_themes",
          "rpl_theme1",
          "rpl_theme2",
          "rpl_theme3",
          "rpl_theme4");

  private final Connection conn;

  /** A resolver reading through {@code conn}, a DuckDB connection to an imported database. */
  public ReferenceProfileResolver(Connection conn) {
    this.conn = Objects.requireNonNull(conn, "conn");
  }

  /**
   * The county with FIPS code {@code fips} (5 digits; 4 are padded).
   *
   * @throws IllegalArgumentException when the code is malformed or no source has the county
   */
  public ReferenceProfile resolveCounty(String fips) {
    String code = countyCode(fips);
    return query(() -> build(Scope.county(code), new ArrayList<>()));
  }

  /**
   * The state {@code abbreviation} ({@code TX}), population-weighted over its counties.
   *
   * @throws IllegalArgumentException when the abbreviation is malformed or no source has the state
   */
  public ReferenceProfile resolveState(String abbreviation) {
    if (abbreviation == null || !STATE.matcher(abbreviation).matches()) {
      throw new IllegalArgumentException(
          "state " + abbreviation + ": must be a two-letter abbreviation such as TX");
    }
    return query(
        () -> build(Scope.state(abbreviation.toUpperCase(Locale.ROOT)), new ArrayList<>()));
  }

  /**
   * The census tract {@code fips} (11 digits): its SVI ranks from {@code svi_tract}, everything
   * else from its county.
   *
   * @throws IllegalArgumentException when the code is malformed, no tract data is loaded, or the
   *     tract is unknown
   */
  public ReferenceProfile resolveTract(String fips) {
    if (fips == null || !TRACT_FIPS.matcher(fips.strip()).matches()) {
      throw new IllegalArgumentException(
          "tract FIPS " + fips + ": must be an 11-digit census tract code such as 48201100000");
    }
    String code = pad(fips.strip(), 11);
    return query(
        () -> TractResolver.resolve(conn, tables(), code, resolveCounty(code.substring(0, 5))));
  }

  /** The county or state {@code reference} names. */
  public ReferenceProfile resolveGeography(GeographyReference reference) {
    return reference.level() == GeographyReference.Level.STATE
        ? resolveState(reference.state())
        : resolveCounty(reference.fips());
  }

  /**
   * The population of each county of {@code state} (PLACES {@code TotalPopulation}, else SVI {@code
   * E_TOTPOP}), by FIPS code in code order, for spreading a cohort over the state.
   */
  public Map<String, Long> countyPopulations(String state) {
    return query(
        () -> {
          ReferenceTables tables = tables();
          String sql =
              tables.has("svi_county")
                  ? "SELECT county_fips, e_totpop FROM svi_county WHERE state_abbr = ?"
                      + " AND e_totpop > 0 ORDER BY county_fips"
                  : "SELECT county_fips, total_population FROM places_county WHERE state_abbr = ?"
                      + " AND total_population > 0 ORDER BY county_fips";
          Map<String, Long> populations = new LinkedHashMap<>();
          try (PreparedStatement p = conn.prepareStatement(sql)) {
            p.setString(1, state.toUpperCase(Locale.ROOT));
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                populations.put(r.getString(1), r.getLong(2));
              }
            }
          }
          return populations;
        });
  }

  /**
   * The counties called {@code name} (PLACES {@code CountyName}, without "County", any case and
   * punctuation: "Harris" or "Harris County", "st louis" for St. Louis), in {@code state} when it
   * is not null, largest population first.
   */
  public List<Area> countiesNamed(String name, String state) {
    String bare = name.strip().replaceAll("(?i)\\s+(county|parish)$", "");
    return query(
        () -> {
          String sql =
              "SELECT county_fips, county_name, state_abbr FROM places_county"
                  + " WHERE regexp_replace(lower(county_name), '[^a-z0-9 ]', '', 'g')"
                  + " = regexp_replace(lower(?), '[^a-z0-9 ]', '', 'g')"
                  + (state == null ? "" : " AND state_abbr = ?")
                  + " ORDER BY total_population DESC NULLS LAST, county_fips";
          List<Area> found = new ArrayList<>();
          try (PreparedStatement p = conn.prepareStatement(sql)) {
            p.setString(1, bare);
            if (state != null) {
              p.setString(2, state.toUpperCase(Locale.ROOT));
            }
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                found.add(
                    new Area(
                        Area.Level.COUNTY,
                        r.getString(1),
                        r.getString(2) + " County, " + r.getString(3),
                        r.getString(3)));
              }
            }
          }
          return found;
        });
  }

  static String countyCode(String fips) {
    if (fips == null || !COUNTY_FIPS.matcher(fips.strip()).matches()) {
      throw new IllegalArgumentException(
          "county FIPS " + fips + ": must be a 5-digit county FIPS code such as 48201");
    }
    return pad(fips.strip(), 5);
  }

  private static String pad(String code, int digits) {
    return "0".repeat(digits - code.length()) + code;
  }

  private ReferenceTables tables() throws SQLException {
    ReferenceTables tables = new ReferenceTables(conn);
    if (!tables.has("places_county") && !tables.has("svi_county")) {
      throw new ReferenceDatabaseException(NOT_REFERENCE, null);
    }
    return tables;
  }

  /**
   * Checks that the database can be read and holds the CDC tables, as every resolution needs.
   *
   * @throws ReferenceDatabaseException saying which is not so, and what to do
   */
  public void checkTables() {
    query(this::tables);
  }

  /** Why a database without the CDC tables cannot be used, and what to do. */
  private static final String NOT_REFERENCE =
      "not a reference database (it has no places_county or svi_county table): import the CDC"
          + " files first (healthsim reference import --db FILE --places CSV --svi CSV)";

  private ReferenceProfile build(Scope scope, List<String> notes) throws SQLException {
    ReferenceTables tables = tables();
    PlacesRows places = PlacesRows.read(conn, tables, scope);
    Map<String, Double> svi = sviValues(tables, scope);
    boolean hasSvi = svi != null && svi.get("e_totpop") != null;
    if (!places.found() && !hasSvi) {
      throw new IllegalArgumentException(
          scope.describe()
              + ": not found in "
              + (tables.has("places_county") ? "places_county" : "")
              + (tables.has("places_county") && tables.has("svi_county") ? " or " : "")
              + (tables.has("svi_county") ? "svi_county" : ""));
    }
    String sviRelease = tables.release("svi_county");
    notes.addAll(places.notes());
    if (!hasSvi && tables.has("svi_county")) {
      notes.add(SVI + " " + sviRelease + " has no row for " + scope.describe() + ct(scope, tables));
    }
    if (scope.aggregate() && hasSvi) {
      notes.add(
          SVI
              + " values are population-weighted over "
              + svi.get("counties").longValue()
              + " counties; the ranks are weighted means of county percentile ranks, not ranks"
              + " among states");
    }
    Field f = new Field(svi, sviRelease, scope);
    ReferenceValue under18 = f.get("ep_age17", "EP_AGE17");
    ReferenceValue over65 = f.get("ep_age65", "EP_AGE65");
    ReferenceValue adults =
        under18.isPresent() && over65.isPresent()
            ? ReferenceValue.of(
                round(100 - under18.getAsDouble() - over65.getAsDouble(), 2),
                SVI,
                sviRelease,
                "100 - EP_AGE17 - EP_AGE65")
            : ReferenceValue.absent(SVI, sviRelease, "100 - EP_AGE17 - EP_AGE65");
    ReferenceValue minority = f.get("ep_minrty", "EP_MINRTY");
    Map<String, ReferenceValue> race = new LinkedHashMap<>();
    race.put(
        "White",
        minority.isPresent()
            ? ReferenceValue.of(
                round(100 - minority.getAsDouble(), 2), SVI, sviRelease, "100 - EP_MINRTY")
            : ReferenceValue.absent(SVI, sviRelease, "100 - EP_MINRTY"));
    RACE_COLUMNS.forEach(
        (column, label) -> race.put(label, f.get(column, column.toUpperCase(Locale.ROOT))));
    Map<String, ReferenceValue> ranks = new LinkedHashMap<>();
    for (String rank :
        List.of("rpl_themes", "rpl_theme1", "rpl_theme2", "rpl_theme3", "rpl_theme4")) {
      ranks.put(rank.toUpperCase(Locale.ROOT), f.get(rank, rank.toUpperCase(Locale.ROOT)));
    }
    ReferenceValue population =
        places.population() != null
            ? ReferenceValue.of(
                places.population().doubleValue(),
                PLACES,
                tables.release("places_county"),
                scope.aggregate() ? "TotalPopulation, summed" : "TotalPopulation")
            : hasSvi
                ? ReferenceValue.of(
                    svi.get("e_totpop"),
                    SVI,
                    sviRelease,
                    scope.aggregate() ? "E_TOTPOP, summed" : "E_TOTPOP")
                : ReferenceValue.absent(PLACES, tables.release("places_county"), "TotalPopulation");
    String[] sviNames = hasSvi ? sviNames(scope) : new String[3];
    String state = places.stateAbbr() != null ? places.stateAbbr() : sviNames[2];
    String county = sviNames[0] != null ? sviNames[0] : places.countyName();
    String name =
        scope.aggregate()
            ? (sviNames[1] != null ? sviNames[1] : scope.code())
            : (county == null ? scope.code() : county) + (state == null ? "" : ", " + state);
    return new ReferenceProfile(
        new Area(
            scope.aggregate() ? Area.Level.STATE : Area.Level.COUNTY,
            scope.code(),
            name,
            scope.aggregate() ? scope.code() : state),
        population,
        under18,
        adults,
        over65,
        race,
        f.get("ep_hisp", "EP_HISP"),
        minority,
        f.get("ep_pov150", "EP_POV150"),
        f.get("ep_uninsur", "EP_UNINSUR"),
        ranks,
        places.measures(),
        notes);
  }

  private static String ct(Scope scope, ReferenceTables tables) {
    if (scope.aggregate() || !scope.code().startsWith("09")) {
      return "";
    }
    return " (Connecticut: places_county uses "
        + tables.connecticut("places_county")
        + ", svi_county uses "
        + tables.connecticut("svi_county")
        + ")";
  }

  /** The SVI county name, state name and state abbreviation of the scope. */
  private String[] sviNames(Scope scope) throws SQLException {
    try (PreparedStatement p =
        conn.prepareStatement(
            "SELECT any_value(county_name), any_value(state_name), any_value(state_abbr) FROM"
                + " svi_county WHERE "
                + scope.column()
                + " = ?")) {
      p.setString(1, scope.code());
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return new String[] {r.getString(1), r.getString(2), r.getString(3)};
      }
    }
  }

  /** The SVI values of the scope (state: population-weighted), or {@code null} without SVI. */
  private Map<String, Double> sviValues(ReferenceTables tables, Scope scope) throws SQLException {
    if (!tables.has("svi_county")) {
      return null;
    }
    List<String> present = new ArrayList<>();
    for (String c : SVI_COLUMNS) {
      if (tables.hasColumn("svi_county", c)) {
        present.add(c);
      }
    }
    if (!present.contains("e_totpop")) {
      return null;
    }
    StringBuilder sql = new StringBuilder("SELECT count(*) AS counties");
    for (String c : present) {
      sql.append(", ");
      if (!scope.aggregate()) {
        sql.append("any_value(").append(c).append(")");
      } else if (c.equals("e_totpop")) {
        sql.append("sum(e_totpop)");
      } else {
        int digits = c.startsWith("rpl") ? 4 : 2;
        sql.append("round(sum(")
            .append(c)
            .append(" * e_totpop) / sum(CASE WHEN ")
            .append(c)
            .append(" IS NOT NULL THEN e_totpop END), ")
            .append(digits)
            .append(")");
      }
      sql.append(" AS ").append(c);
    }
    sql.append(" FROM svi_county WHERE ").append(scope.column()).append(" = ?");
    Map<String, Double> values = new LinkedHashMap<>();
    try (PreparedStatement p = conn.prepareStatement(sql.toString())) {
      p.setString(1, scope.code());
      try (ResultSet r = p.executeQuery()) {
        r.next();
        values.put("counties", (double) r.getLong(1));
        for (int i = 0; i < present.size(); i++) {
          double v = r.getDouble(i + 2);
          values.put(present.get(i), r.wasNull() ? null : v);
        }
      }
    }
    return values;
  }

  static double round(double v, int digits) {
    double scale = Math.pow(10, digits);
    return Math.round(v * scale) / scale;
  }

  /** An SQL query that may fail. */
  @FunctionalInterface
  interface Query<T> {
    T run() throws SQLException;
  }

  private static <T> T query(Query<T> query) {
    try {
      return query.run();
    } catch (SQLException e) {
      throw new ReferenceDatabaseException(
          "the reference database cannot be read: "
              + e.getMessage().strip().lines().findFirst().orElse("")
              + " (a truncated or damaged file: import it again)",
          e);
    }
  }

  /** Reads SVI values of one scope with their provenance. */
  private static final class Field {
    private final Map<String, Double> values;
    private final String release;
    private final Scope scope;

    Field(Map<String, Double> values, String release, Scope scope) {
      this.values = values;
      this.release = release;
      this.scope = scope;
    }

    ReferenceValue get(String column, String field) {
      Double v = values == null ? null : values.get(column);
      String described = scope.aggregate() ? field + ", population-weighted" : field;
      return ReferenceValue.of(v, SVI, release, described);
    }
  }
}
