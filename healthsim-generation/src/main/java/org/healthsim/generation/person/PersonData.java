package org.healthsim.generation.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

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

  final List<String> maleGivenNames;
  final List<String> femaleGivenNames;
  final List<String> givenNames;
  final List<String> familyNames;
  final List<String> streetSuffixes;
  final List<String> cityPrefixes;
  final List<String> citySuffixes;
  final UsPostcodes postcodes;
  private final Map<String, StateData> states = new ConcurrentHashMap<>();

  private PersonData() {
    // The ZIP codes take twice as long as the names; on a thread of their own, both are read at
    // once while the run is still being set up.
    CompletableFuture<UsPostcodes> zips = new CompletableFuture<>();
    onThread("healthsim-person-zips", zips, UsPostcodes::read);
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
    postcodes = join(zips);
  }

  /**
   * The ZIP codes, counties and area codes of the state with USPS abbreviation {@code state}, or
   * null when it is not one of {@link UsStates#all()}; made the first time a state is asked for.
   */
  StateData state(String state) {
    StateData data = states.get(state);
    return data != null ? data : states.computeIfAbsent(state, this::stateData);
  }

  private StateData stateData(String abbreviation) {
    return UsStates.byAbbreviation(abbreviation)
        .map(
            state -> {
              String[] zips = postcodes.zips(abbreviation).toArray(String[]::new);
              String[] counties = new String[zips.length];
              for (int i = 0; i < zips.length; i++) {
                counties[i] = postcodes.county(zips[i]);
              }
              return new StateData(zips, counties, state.areaCodes().toArray(String[]::new));
            })
        .orElse(null);
  }

  /** The data, or its reading under way: started by the first {@link #load} or {@link #get}. */
  private static final AtomicReference<CompletableFuture<PersonData>> DATA =
      new AtomicReference<>();

  /** Starts reading the data on another thread, unless it is read or being read already. */
  static void load() {
    if (DATA.get() == null) {
      CompletableFuture<PersonData> reading = new CompletableFuture<>();
      if (DATA.compareAndSet(null, reading)) {
        onThread("healthsim-person-data", reading, PersonData::new);
      }
    }
  }

  /** The data: read on this thread when no one started reading it, else waited for. */
  static PersonData get() {
    CompletableFuture<PersonData> data = DATA.get();
    if (data == null) {
      CompletableFuture<PersonData> reading = new CompletableFuture<>();
      data = DATA.compareAndSet(null, reading) ? complete(reading, PersonData::new) : DATA.get();
    }
    return join(data);
  }

  /** Completes {@code into} with what {@code work} makes, or with what it throws. */
  private static <T> CompletableFuture<T> complete(CompletableFuture<T> into, Supplier<T> work) {
    try {
      into.complete(work.get());
    } catch (RuntimeException | Error e) {
      into.completeExceptionally(e);
    }
    return into;
  }

  /** {@link #complete} on a daemon thread called {@code name}. */
  private static <T> void onThread(String name, CompletableFuture<T> into, Supplier<T> work) {
    Thread thread = new Thread(() -> complete(into, work), name);
    thread.setDaemon(true);
    thread.start();
  }

  /** What {@code future} holds, waited for; what its work threw is thrown as it was. */
  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
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
}
