package org.healthsim.generation.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import net.datafaker.Faker;
import net.datafaker.service.FakeValuesService;
import net.datafaker.service.FakerContext;
import org.junit.jupiter.api.Test;

/**
 * PersonData reads three of Datafaker's data files itself; every list it holds is the one
 * Datafaker's own service gives for en-US, in the same order, so person details are unchanged.
 */
class PersonDataTest {

  private static final Faker FAKER = new Faker(Locale.US);
  private static final FakeValuesService VALUES = FAKER.fakeValuesService();
  private static final FakerContext CONTEXT = FAKER.getContext();

  private static List<String> service(String key) {
    Object value = VALUES.fetchObject(key, CONTEXT);
    List<String> list = new ArrayList<>();
    ((List<?>) value).forEach(v -> list.add(String.valueOf(v)));
    return list;
  }

  @Test
  void namesAndStreetPartsAreDatafakersEnUsLists() {
    PersonData data = PersonData.get();

    assertThat(data.maleGivenNames)
        .isEqualTo(service("name.male_first_name"))
        .hasSizeGreaterThan(1000);
    assertThat(data.femaleGivenNames).isEqualTo(service("name.female_first_name"));
    assertThat(data.familyNames).isEqualTo(service("name.last_name"));
    assertThat(data.streetSuffixes).isEqualTo(service("address.street_suffix"));
    assertThat(data.cityPrefixes).isEqualTo(service("address.city_prefix"));
    assertThat(data.citySuffixes).isEqualTo(service("address.city_suffix"));
  }

  @Test
  void zipCodesAndTheirCountiesAreDatafakersUsOnes() {
    PersonData data = PersonData.get();

    Map<String, List<String>> zips = new TreeMap<>();
    ((Map<?, ?>) VALUES.fetchObject("address.postcode_by_state", CONTEXT))
        .forEach(
            (state, list) -> {
              List<String> codes = new ArrayList<>();
              ((List<?>) list).forEach(z -> codes.add(String.valueOf(z)));
              zips.put(String.valueOf(state), codes);
            });
    assertThat(data.postcodes.zipsByState()).isEqualTo(zips);
    assertThat(data.postcodes.zipsByState().get("TX")).hasSizeGreaterThan(1000);
    Map<String, String> counties = new TreeMap<>();
    ((Map<?, ?>) VALUES.fetchObject("address.county_by_postcode", CONTEXT))
        .forEach(
            (zip, names) -> {
              List<?> list = (List<?>) names;
              if (!list.isEmpty()) {
                counties.put(String.valueOf(zip), String.valueOf(list.get(0)));
              }
            });
    assertThat(data.postcodes.countyByZip()).isEqualTo(counties).hasSizeGreaterThan(30_000);
  }
}
