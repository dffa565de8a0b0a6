package org.healthsim.generation.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** PersonDataTest compares every list with Datafaker's service; these are the lookups' edges. */
class UsPostcodesTest {

  private final UsPostcodes postcodes = PersonData.get().postcodes;

  @Test
  void aCountyIsFoundByItsFiveDigits() {
    assertThat(postcodes.county("99553")).isEqualTo("Aleutians East");
    assertThat(postcodes.county("01001")).isNotNull();
    assertThat(postcodes.countyByZip()).containsEntry("99553", "Aleutians East");
  }

  @Test
  void aCodeThatIsNotFiveDigitsHasNoCounty() {
    assertThat(postcodes.zips("AL")).contains(" 36877");
    assertThat(postcodes.county(" 36877")).isNull();
    assertThat(postcodes.county("9955")).isNull();
    assertThat(postcodes.county("9955x")).isNull();
    assertThat(postcodes.county("99999")).isNull();
  }

  @Test
  void anUnknownStateHasNoZipCodesAndNoStateData() {
    assertThat(postcodes.zips("XX")).isEmpty();
    assertThat(PersonData.get().state("XX")).isNull();
    assertThat(PersonData.get().state("AK").zips()).contains("99553");
  }
}
