package org.healthsim.core.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.healthsim.core.internal.validation.JsonPath;
import org.healthsim.core.validation.Problems;

/**
 * Where a cohort lives or takes its rates from: {@code {"type": "county", "fips": "48201"}} or
 * {@code {"type": "state", "state": "TX"}}. A state may list {@code "county_weights": {"48201":
 * 4726177, ...}}: each entity then lives in a county drawn with those weights (normalised) and
 * carries its FIPS code.
 *
 * @param level county or state
 * @param fips the county FIPS code (5 digits; a 4-digit code from a file that lost its leading zero
 *     is padded), or {@code null}
 * @param state the two-letter state abbreviation, upper case, or {@code null}
 * @param countyWeights county FIPS code to weight, for a state only, or {@code null}
 */
public record GeographyReference(
    Level level, String fips, String state, Map<String, Double> countyWeights)
    implements java.io.Serializable {

  private static final Pattern COUNTY_FIPS = Pattern.compile("\\d{4,5}");
  private static final Pattern STATE = Pattern.compile("[A-Za-z]{2}");

  /** The level of a geography. */
  public enum Level {
    COUNTY,
    STATE
  }

  public GeographyReference {
    Problems problems = new Problems();
    if (level == null) {
      problems.add("type", "is required: county or state");
    }
    if (fips != null) {
      if (COUNTY_FIPS.matcher(fips).matches()) {
        fips = fips.length() == 4 ? "0" + fips : fips;
      } else {
        problems.add("fips", fips, "must be a 5-digit county FIPS code such as 48201");
      }
    }
    if (state != null) {
      if (STATE.matcher(state).matches()) {
        state = state.toUpperCase(Locale.ROOT);
      } else {
        problems.add("state", state, "must be a two-letter state abbreviation such as TX");
      }
    }
    if (level == Level.COUNTY && fips == null) {
      problems.add("fips", "is required for a county");
    }
    if (level == Level.STATE && state == null) {
      problems.add("state", "is required for a state");
    }
    if (countyWeights != null) {
      if (level != Level.STATE) {
        problems.add("county_weights", "is only for a state");
      }
      countyWeights = countyWeights(countyWeights, problems);
    }
    problems.throwIfAny();
  }

  /** County weights with codes padded and weights normalised to sum to 1. */
  private static Map<String, Double> countyWeights(Map<String, Double> weights, Problems problems) {
    if (weights.isEmpty()) {
      problems.add("county_weights", "must have at least one county");
    }
    Map<String, Double> padded = new LinkedHashMap<>();
    double total = 0;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      String path = JsonPath.key("county_weights", e.getKey());
      double w = e.getValue() == null ? Double.NaN : e.getValue();
      if (!COUNTY_FIPS.matcher(e.getKey()).matches()) {
        problems.add(path, e.getKey(), "must be a 5-digit county FIPS code such as 48201");
      } else if (!(w > 0) || !Double.isFinite(w)) {
        problems.add(path, w, "weight must be > 0 and finite");
      } else {
        padded.put(e.getKey().length() == 4 ? "0" + e.getKey() : e.getKey(), w);
        total += w;
      }
    }
    Map<String, Double> normalised = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : padded.entrySet()) {
      normalised.put(e.getKey(), e.getValue() / total);
    }
    return Collections.unmodifiableMap(normalised);
  }

  /** A geography without county weights. */
  public GeographyReference(Level level, String fips, String state) {
    this(level, fips, state, null);
  }

  /** The same state with entities spread over its counties by {@code weights}. */
  public GeographyReference withCountyWeights(Map<String, Double> weights) {
    return new GeographyReference(level, fips, state, weights);
  }

  /** A county by FIPS code. */
  public static GeographyReference county(String fips) {
    return new GeographyReference(Level.COUNTY, fips, null);
  }

  /** A state by abbreviation. */
  public static GeographyReference state(String abbreviation) {
    return new GeographyReference(Level.STATE, null, abbreviation);
  }
}
