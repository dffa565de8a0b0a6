package org.healthsim.generation.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.healthsim.generation.internal.providers.CsvLine;

/** The 50 states and DC, from the resource {@code us-states.csv} (2020 Census populations). */
public final class UsStates {

  private static final List<UsState> ALL = load();
  private static final Map<String, UsState> BY_ABBREVIATION =
      ALL.stream().collect(Collectors.toUnmodifiableMap(UsState::abbreviation, s -> s));
  private static final Map<String, UsState> BY_FIPS =
      ALL.stream().collect(Collectors.toUnmodifiableMap(UsState::fips, s -> s));

  private UsStates() {}

  /** Every state and DC, in FIPS order. */
  public static List<UsState> all() {
    return ALL;
  }

  /** The state with USPS abbreviation {@code abbreviation} ({@code TX}). */
  public static Optional<UsState> byAbbreviation(String abbreviation) {
    return Optional.ofNullable(BY_ABBREVIATION.get(abbreviation));
  }

  /** The state whose FIPS code is {@code fips} (two digits, {@code 48}). */
  public static Optional<UsState> byFips(String fips) {
    return Optional.ofNullable(BY_FIPS.get(fips));
  }

  private static List<UsState> load() {
    List<UsState> states = new ArrayList<>();
    for (List<String> f :
        CsvLine.rows(UsStates.class, "us-states.csv", "fips,abbr,name,population,area_codes")) {
      states.add(
          new UsState(
              f.get(0),
              f.get(1),
              f.get(2),
              Long.parseLong(f.get(3)),
              Arrays.asList(f.get(4).split(" "))));
    }
    return List.copyOf(states);
  }
}
