package org.healthsim.generation.person;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Datafaker's US name and address data, read once per JVM from its data files ({@code en/name.yml},
 * {@code en/address.yml}, {@code _US.yml}): the same lists its service gives for {@code en-US}
 * (PersonDataTest compares them). Datafaker's own generators manage about 60,000 names a second;
 * reading its lists once and drawing from them with our samplers is what makes person details
 * cheap.
 */
final class PersonData {

  /**
   * Per state: real ZIP codes, the county of each, and its area codes, each with the hundred
   * fictional numbers 555-0100 to 555-0199.
   */
  record StateData(String[] zips, String[] counties, String[] areaCodes) {

    /** How many phone numbers the state has: a hundred per area code. */
    int phoneCount() {
      return areaCodes.length * 100;
    }

    /** Phone number {@code i} of {@link #phoneCount()}, area code by area code. */
    String phone(int i) {
      int n = i % 100;
      return areaCodes[i / 100] + (n < 10 ? "-555-010" : "-555-01") + n;
    }
  }

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
    FakerLists names = FakerLists.read("en/name.yml", "en", "name");
    FakerLists address = FakerLists.read("en/address.yml", "en", "address");
    maleGivenNames = names.get("male_first_name");
    femaleGivenNames = names.get("female_first_name");
    List<String> all = new ArrayList<>(maleGivenNames);
    all.addAll(femaleGivenNames);
    givenNames = List.copyOf(all);
    familyNames = names.get("last_name");
    streetSuffixes = address.get("street_suffix");
    cityPrefixes = address.get("city_prefix");
    citySuffixes = address.get("city_suffix");
    Map<String, List<String>> zips = new HashMap<>();
    Map<String, String> counties = new HashMap<>(1 << 16);
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
      perState.put(
          state.abbreviation(),
          new StateData(zipArray, countyArray, state.areaCodes().toArray(String[]::new)));
    }
    states = Map.copyOf(perState);
  }

  /**
   * The ZIP codes of each state and the county of each ZIP code, from {@code _US.yml}'s {@code
   * address.postcode_by_state} and {@code address.county_by_postcode}. That file is 1.5 MB of
   * one-line entries ({@code AL: ["35004", ...]}, {@code '99553': [Aleutians East]}), read here as
   * bytes, a string made only for each key and value: at a run's start, with the code not yet
   * compiled, that is what it costs.
   */
  private static void readUsPostcodes(
      Map<String, List<String>> zipsByState, Map<String, String> countyByZip) {
    String file = "_US.yml";
    byte[] text;
    try (InputStream in = FakerLists.open(file)) {
      text = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Datafaker's " + file, e);
    }
    String section = "";
    for (int start = 0, end; start < text.length; start = end + 1) {
      end = start;
      while (end < text.length && text[end] != '\n') {
        end++;
      }
      int stop = end > start && text[end - 1] == '\r' ? end - 1 : end;
      int indent = 0;
      while (start + indent < stop && text[start + indent] == ' ') {
        indent++;
      }
      if (indent == 6) {
        section = new String(text, start, stop - start, StandardCharsets.UTF_8).strip();
      } else if (indent >= 8 && text[stop - 1] == ']') {
        int colon = indexOf(text, start + 8, stop, ": [");
        boolean states = section.equals("postcode_by_state:");
        if (colon > 0 && (states || section.equals("county_by_postcode:"))) {
          String key = unquote(text, start + 8, colon);
          List<String> values = flowList(text, colon + 3, stop - 1, states ? -1 : 1);
          if (states) {
            zipsByState.put(key, values);
          } else if (!values.isEmpty()) {
            countyByZip.put(key, values.get(0));
          }
        }
      }
    }
    if (zipsByState.isEmpty() || countyByZip.isEmpty()) {
      throw new IllegalStateException(
          "Datafaker's " + file + " holds no ZIP codes in the form this reads; see PersonDataTest");
    }
  }

  private static int indexOf(byte[] text, int from, int to, String ascii) {
    for (int i = from; i + ascii.length() <= to; i++) {
      int k = 0;
      while (k < ascii.length() && text[i + k] == ascii.charAt(k)) {
        k++;
      }
      if (k == ascii.length()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The items of a one-line YAML flow sequence's inside: quoted or plain, comma-separated; the
   * first {@code limit} of them, or all when it is negative.
   */
  private static List<String> flowList(byte[] text, int from, int to, int limit) {
    List<String> items = new ArrayList<>();
    for (int start = from; start <= to && items.size() != limit; ) {
      int end = start;
      while (end < to && text[end] != ',') {
        end++;
      }
      int a = start;
      int b = end;
      while (a < b && text[a] == ' ') {
        a++;
      }
      while (b > a && text[b - 1] == ' ') {
        b--;
      }
      if (b > a) {
        items.add(unquote(text, a, b));
      }
      start = end + 1;
    }
    return List.copyOf(items);
  }

  private static String unquote(byte[] text, int from, int to) {
    boolean quoted =
        to - from >= 2 && (text[from] == '"' || text[from] == '\'') && text[to - 1] == text[from];
    return quoted
        ? new String(text, from + 1, to - from - 2, StandardCharsets.UTF_8)
        : new String(text, from, to - from, StandardCharsets.UTF_8);
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
