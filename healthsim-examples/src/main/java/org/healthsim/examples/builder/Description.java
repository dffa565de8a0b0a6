package org.healthsim.examples.builder;

import java.util.List;

/**
 * What a short description says, as {@link DescriptionReader} understood it; a part it does not say
 * is {@code null} (or empty).
 *
 * @param count how many entities
 * @param population {@code medicare}, {@code medicare-advantage}, {@code medicaid}, {@code
 *     commercial} or {@code uninsured}
 * @param ageGroup {@code children}, {@code adults} or {@code seniors}
 * @param gender {@code F} or {@code M} when the description names only one
 * @param conditions the conditions named, in the order named
 * @param state a state's abbreviation
 * @param countyName a county named by name ({@code harris} of "Harris County")
 * @param countyFips a county named by its 5-digit FIPS code
 * @param journey the journey template the words ask for
 * @param problems the words not understood, each with a suggestion where one is close
 */
public record Description(
    Integer count,
    String population,
    String ageGroup,
    String gender,
    List<Condition> conditions,
    String state,
    String countyName,
    String countyFips,
    String journey,
    List<String> problems) {

  public Description {
    conditions = List.copyOf(conditions);
    problems = List.copyOf(problems);
  }
}
