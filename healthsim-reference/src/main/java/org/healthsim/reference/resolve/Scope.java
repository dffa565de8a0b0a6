package org.healthsim.reference.resolve;

/**
 * Which county rows a query covers: one county ({@code county_fips = ?}) or a state's ({@code
 * state_abbr = ?}, aggregated).
 *
 * @param column the column compared with the code
 * @param code the FIPS code or state abbreviation, bound as a parameter
 * @param aggregate whether rows are combined (a state)
 */
record Scope(String column, String code, boolean aggregate) {

  static Scope county(String fips) {
    return new Scope("county_fips", fips, false);
  }

  static Scope state(String abbreviation) {
    return new Scope("state_abbr", abbreviation, true);
  }

  String describe() {
    return aggregate ? "state " + code : "county FIPS " + code;
  }
}
