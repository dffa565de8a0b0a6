package org.healthsim.reference.resolve;

/**
 * The place a reference profile describes.
 *
 * @param level county, state or census tract
 * @param code county FIPS (5 digits), state abbreviation, or tract FIPS (11 digits)
 * @param name readable name, such as {@code Harris County, TX}
 * @param state the two-letter state abbreviation
 */
public record Area(Level level, String code, String name, String state) {

  /** Levels of geography. */
  public enum Level {
    COUNTY,
    STATE,
    TRACT
  }
}
