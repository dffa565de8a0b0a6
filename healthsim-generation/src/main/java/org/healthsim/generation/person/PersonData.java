package org.healthsim.generation.person;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import net.datafaker.Faker;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Datafaker's US name and address data, read once per JVM from its data files ({@code en/name.yml},
 * {@code en/address.yml}, {@code _US.yml}): the same lists its service gives for {@code en-US}
 * (PersonDataTest compares them). Datafaker's own generators manage about 60,000 names a second;
 * reading its lists once and drawing from them with our samplers is what makes person details
 * cheap.
 */
final class PersonData {

  /** Per state: real ZIP codes, the county of each, and every phone number it can get. */
  record StateData(String[] zips, String[] counties, String[] phones) {}

  final Map<String, StateData> states;
  final List<String> maleGivenNames;
  final List<String> femaleGivenNames;
  final List<String> givenNames;
  final List<String> familyNames;
  final List<String> streetSuffixes;
  final List<String> cityPrefixes;
  final List<String> citySuffixes;
  final Map<String, List<String>> zipsByState;
  final Map<String, String> countyByZip;

  private PersonData() {
    Map<String, Object> names = faker(read("en/name.yml"), "en", "name");
    Map<String, Object> address = faker(read("en/address.yml"), "en", "address");
    maleGivenNames = strings(names.get("male_first_name"));
    femaleGivenNames = strings(names.get("female_first_name"));
    List<String> all = new ArrayList<>(maleGivenNames);
    all.addAll(femaleGivenNames);
    givenNames = List.copyOf(all);
    familyNames = strings(names.get("last_name"));
    streetSuffixes = strings(address.get("street_suffix"));
    cityPrefixes = strings(address.get("city_prefix"));
    citySuffixes = strings(address.get("city_suffix"));
    Map<String, List<String>> zips = new TreeMap<>();
    Map<String, String> counties = new TreeMap<>();
    readUsPostcodes(zips, counties);
    zipsByState = Map.copyOf(zips);
    countyByZip = Map.copyOf(counties);
    Map<String, StateData> perState = new HashMap<>();
    for (UsState state : UsStates.all()) {
      List<String> stateZips = zipsByState.getOrDefault(state.abbreviation(), List.of());
      String[] zipArray = stateZips.toArray(String[]::new);
      String[] countyArray = new String[zipArray.length];
      for (int i = 0; i < zipArray.length; i++) {
        countyArray[i] = countyByZip.get(zipArray[i]);
      }
      // The 555-0100..0199 exchange is reserved for fictional numbers.
      String[] phones = new String[state.areaCodes().size() * 100];
      for (int a = 0; a < state.areaCodes().size(); a++) {
        for (int n = 0; n < 100; n++) {
          phones[a * 100 + n] = state.areaCodes().get(a) + "-555-01" + (n < 10 ? "0" + n : n);
        }
      }
      perState.put(state.abbreviation(), new StateData(zipArray, countyArray, phones));
    }
    states = Map.copyOf(perState);
  }

  /**
   * One of Datafaker's data files, read from its jar: only the three this needs, instead of the
   * whole locale Datafaker's own service loads (about 1.9 s of a run's start).
   */
  private static Map<String, Object> read(String file) {
    try (InputStream in = open(file)) {
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit(8 * 1024 * 1024);
      return asMap(new Yaml(new SafeConstructor(options)).load(in), file);
    } catch (IOException e) {
      throw new UncheckedIOException("Datafaker's " + file, e);
    }
  }

  /**
   * The ZIP codes of each state and the county of each ZIP code, from {@code _US.yml}'s {@code
   * address.postcode_by_state} and {@code address.county_by_postcode}. That file is 1.5 MB of
   * one-line entries ({@code AL: ["35004", ...]}, {@code '99553': [Aleutians East]}); read line by
   * line they take a tenth of the time a YAML parser takes while the JVM is cold.
   */
  private static void readUsPostcodes(
      Map<String, List<String>> zipsByState, Map<String, String> countyByZip) {
    String file = "_US.yml";
    try (InputStream in = open(file)) {
      BufferedReader lines =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      String section = "";
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith("      ") && !line.startsWith("       ")) {
          section = line.strip();
        } else if (line.startsWith("        ") && line.endsWith("]")) {
          int colon = line.indexOf(": [");
          String key = unquote(line.substring(8, colon));
          List<String> values = flowList(line.substring(colon + 3, line.length() - 1));
          if (section.equals("postcode_by_state:")) {
            zipsByState.put(key, values);
          } else if (section.equals("county_by_postcode:") && !values.isEmpty()) {
            countyByZip.put(key, values.get(0));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Datafaker's " + file, e);
    }
    if (zipsByState.isEmpty() || countyByZip.isEmpty()) {
      throw new IllegalStateException(
          "Datafaker's " + file + " holds no ZIP codes in the form this reads; see PersonDataTest");
    }
  }

  /** The items of a one-line YAML flow sequence's inside: quoted or plain, comma-separated. */
  private static List<String> flowList(String inside) {
    List<String> items = new ArrayList<>();
    for (String item : inside.split(",")) {
      if (!item.isBlank()) {
        items.add(unquote(item.strip()));
      }
    }
    return List.copyOf(items);
  }

  private static String unquote(String text) {
    boolean quoted =
        text.length() >= 2
            && (text.charAt(0) == '"' || text.charAt(0) == '\'')
            && text.charAt(text.length() - 1) == text.charAt(0);
    return quoted ? text.substring(1, text.length() - 1) : text;
  }

  /** One of Datafaker's data files, from its jar. */
  private static InputStream open(String file) {
    InputStream in = Faker.class.getClassLoader().getResourceAsStream(file);
    if (in == null) {
      throw new IllegalStateException("Datafaker's " + file + " is not on the class path");
    }
    return in;
  }

  /** The section {@code locale.faker.section} of a data file. */
  private static Map<String, Object> faker(
      Map<String, Object> file, String locale, String section) {
    return map(map(map(file, locale), "faker"), section);
  }

  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    return asMap(parent.get(key), key);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value, String what) {
    if (!(value instanceof Map)) {
      throw new IllegalStateException("Datafaker's data has no map " + what);
    }
    return (Map<String, Object>) value;
  }

  private static List<String> strings(Object value) {
    List<String> list = new ArrayList<>();
    if (value instanceof List) {
      ((List<?>) value).forEach(v -> list.add(String.valueOf(v)));
    } else if (value != null) {
      list.add(String.valueOf(value));
    }
    return List.copyOf(list);
  }

  /** The data, or its reading under way: started by the first {@link #load} or {@link #get}. */
  private static final AtomicReference<CompletableFuture<PersonData>> DATA =
      new AtomicReference<>();

  /** Starts reading the data on another thread, unless it is read or being read already. */
  static void load() {
    if (DATA.get() == null) {
      CompletableFuture<PersonData> reading = new CompletableFuture<>();
      if (DATA.compareAndSet(null, reading)) {
        Thread reader = new Thread(() -> read(reading), "healthsim-person-data");
        reader.setDaemon(true);
        reader.start();
      }
    }
  }

  /** The data: read on this thread when no one started reading it, else waited for. */
  static PersonData get() {
    CompletableFuture<PersonData> data = DATA.get();
    if (data == null) {
      CompletableFuture<PersonData> reading = new CompletableFuture<>();
      data = DATA.compareAndSet(null, reading) ? read(reading) : DATA.get();
    }
    try {
      return data.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      if (e.getCause() instanceof Error) {
        throw (Error) e.getCause();
      }
      throw e;
    }
  }

  private static CompletableFuture<PersonData> read(CompletableFuture<PersonData> into) {
    try {
      into.complete(new PersonData());
    } catch (RuntimeException | Error e) {
      into.completeExceptionally(e);
    }
    return into;
  }
}
