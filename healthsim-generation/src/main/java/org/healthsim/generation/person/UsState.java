package org.healthsim.generation.person;

import java.util.List;

/**
 * A US state (or DC).
 *
 * @param fips two-digit state FIPS code
 * @param abbreviation USPS abbreviation, such as {@code TX}
 * @param name full name
 * @param population 2020 Census resident population
 * @param areaCodes real telephone area codes in use in the state
 */
public record UsState(
    String fips, String abbreviation, String name, long population, List<String> areaCodes) {

  public UsState {
    areaCodes = List.copyOf(areaCodes);
  }
}
