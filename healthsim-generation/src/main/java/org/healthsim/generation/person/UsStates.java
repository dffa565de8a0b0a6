package org.healthsim.generation.person;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
    String resource = "us-states.csv";
    List<UsState> states = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                UsStates.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split(",", -1);
        states.add(
            new UsState(f[0], f[1], f[2], Long.parseLong(f[3]), Arrays.asList(f[4].split(" "))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return List.copyOf(states);
  }
}
