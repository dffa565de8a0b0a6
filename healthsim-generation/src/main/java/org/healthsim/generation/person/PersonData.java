package org.healthsim.generation.person;

import java.util.ArrayList;
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
