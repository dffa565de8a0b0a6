package org.healthsim.generation.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every entry of lab-catalog.csv is well formed. */
class LabCatalogTest {

  /** The LOINC check digit: mod 10 over the digits, doubling every other one from the right. */
  static int loincCheckDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 0) {
        d *= 2;
        d = d / 10 + d % 10;
      }
      sum += d;
    }
    return (10 - sum % 10) % 10;
  }

  @Test
  void loincCodesHaveValidCheckDigits() {
    assertThat(LabCatalog.all()).hasSizeGreaterThan(10);
    for (LabCatalog.Lab lab : LabCatalog.all().values()) {
      assertThat(lab.loinc()).as(lab.name()).matches("\\d{1,7}-\\d");
      String[] parts = lab.loinc().split("-");
      assertThat(loincCheckDigit(parts[0])).as(lab.loinc()).isEqualTo(Integer.parseInt(parts[1]));
      assertThat(lab.decimals()).isBetween(0, 3);
      assertThat(lab.unit()).isNotBlank();
    }
    assertThat(LabCatalog.lab("a1c").orElseThrow().loinc()).isEqualTo("4548-4");
  }

  @Test
  void theCheckDigitRuleCatchesAWrongDigit() {
    assertThat(loincCheckDigit("4548")).isEqualTo(4);
    assertThat(loincCheckDigit("4548")).isNotEqualTo(5);
  }
}
