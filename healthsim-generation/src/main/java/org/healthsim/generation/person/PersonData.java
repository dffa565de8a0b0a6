package org.healthsim.generation.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import net.datafaker.Faker;
import net.datafaker.service.FakeValuesService;
import net.datafaker.service.FakerContext;

/**
 * Datafaker's US name and address data, read once per JVM. Datafaker's own generators manage about
 * 60,000 names a second; reading its lists once and drawing from them with our samplers is what
 * makes person details cheap.
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
    Faker faker = new Faker(Locale.US);
    FakeValuesService values = faker.fakeValuesService();
    FakerContext context = faker.getContext();
    maleGivenNames = strings(values.fetchObject("name.male_first_name", context));
    femaleGivenNames = strings(values.fetchObject("name.female_first_name", context));
    List<String> all = new ArrayList<>(maleGivenNames);
    all.addAll(femaleGivenNames);
    givenNames = List.copyOf(all);
    familyNames = strings(values.fetchObject("name.last_name", context));
    streetSuffixes = strings(values.fetchObject("address.street_suffix", context));
    cityPrefixes = strings(values.fetchObject("address.city_prefix", context));
    citySuffixes = strings(values.fetchObject("address.city_suffix", context));
    Map<String, List<String>> zips = new TreeMap<>();
    Map<?, ?> byState = values.fetchObject("address.postcode_by_state", context);
    byState.forEach((state, list) -> zips.put(String.valueOf(state), strings(list)));
    zipsByState = Map.copyOf(zips);
    Map<String, String> counties = new TreeMap<>();
    Map<?, ?> byZip = values.fetchObject("address.county_by_postcode", context);
    byZip.forEach(
        (zip, names) -> {
          List<String> list = strings(names);
          if (!list.isEmpty()) {
            counties.put(String.valueOf(zip), list.get(0));
          }
        });
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

  private static List<String> strings(Object value) {
    List<String> list = new ArrayList<>();
    if (value instanceof List) {
      ((List<?>) value).forEach(v -> list.add(String.valueOf(v)));
    } else if (value != null) {
      list.add(String.valueOf(value));
    }
    return List.copyOf(list);
  }

  private static final class Holder {
    static final PersonData INSTANCE = new PersonData();
  }

  static PersonData get() {
    return Holder.INSTANCE;
  }
}
