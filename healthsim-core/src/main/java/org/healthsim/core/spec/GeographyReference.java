package org.healthsim.core.spec;

import java.util.Locale;
import java.util.regex.Pattern;
import org.healthsim.core.validation.Problems;

/**
 * Where a cohort lives or takes its rates from: {@code {"type": "county", "fips": "48201"}} or
 * {@code {"type": "state", "state": "TX"}}.
 *
 * @param level county or state
 * @param fips the county FIPS code (5 digits; a 4-digit code from a file that lost its leading zero
 *     is padded), or {@code null}
 * @param state the two-letter state abbreviation, upper case, or {@code null}
 */
public record GeographyReference(Level level, String fips, String state) {

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
    problems.throwIfAny();
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
