package org.healthsim.generation.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.healthsim.core.random.Randoms;
import org.junit.jupiter.api.Test;

class PersonGeneratorTest {

  @Test
  void addressesAreInTheEntitysStateWithARealZip() {
    PersonData data = PersonData.get();
    for (UsState state : UsStates.all()) {
      Person p =
          PersonGenerator.us()
              .generate(Randoms.forSeed(state.fips().hashCode()), "F", state.abbreviation());
      assertThat(p.address().state()).isEqualTo(state.abbreviation());
      assertThat(data.postcodes.zipsByState().get(state.abbreviation()))
          .as(state.name())
          .contains(p.address().zip());
      assertThat(p.address().zip()).matches("\\d{5}");
      assertThat(p.phone()).matches("\\d{3}-555-01\\d{2}");
      assertThat(state.areaCodes()).contains(p.phone().substring(0, 3));
      assertThat(p.address().line()).matches("\\d{3,4} .+ .+");
    }
  }

  @Test
  void givenNamesFollowGender() {
    PersonData data = PersonData.get();
    for (long seed = 0; seed < 500; seed++) {
      assertThat(data.femaleGivenNames)
          .contains(PersonGenerator.us().generate(Randoms.forSeed(seed), "F", "TX").givenName());
      assertThat(data.maleGivenNames)
          .contains(PersonGenerator.us().generate(Randoms.forSeed(seed), "M", "TX").givenName());
    }
  }

  @Test
  void sameGeneratorSeedSamePerson() {
    assertThat(PersonGenerator.us().generate(Randoms.forSeed(9), "F", "NY"))
        .isEqualTo(PersonGenerator.us().generate(Randoms.forSeed(9), "F", "NY"));
  }

  @Test
  void namesVary() {
    Set<String> names = new HashSet<>();
    for (long seed = 0; seed < 1000; seed++) {
      Person p = PersonGenerator.us().generate(Randoms.forSeed(seed), "M", "OH");
      names.add(p.givenName() + " " + p.familyName());
    }
    assertThat(names).hasSizeGreaterThan(950);
  }

  @Test
  void everyStateHasZipCodesAndAreaCodes() {
    assertThat(UsStates.all()).hasSize(51);
    assertThat(UsStates.all().stream().mapToLong(UsState::population).sum())
        .isEqualTo(331_449_281L);
    for (UsState state : UsStates.all()) {
      assertThat(PersonData.get().postcodes.zipsByState().get(state.abbreviation()))
          .as(state.name())
          .isNotEmpty();
      assertThat(state.areaCodes()).allSatisfy(code -> assertThat(code).matches("[2-9]\\d{2}"));
      assertThat(state.fips()).matches("\\d{2}");
    }
  }
}
