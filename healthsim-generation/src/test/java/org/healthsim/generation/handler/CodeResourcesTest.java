package org.healthsim.generation.handler;

import static org.assertj.core.api.Assertions.assertThat;

import org.healthsim.generation.pricing.DrugCatalog;
import org.healthsim.generation.pricing.ServiceCodes;
import org.junit.jupiter.api.Test;

/** Every entry of the handler resource files is well formed. */
class CodeResourcesTest {

  @Test
  void serviceCodesHaveTheShapeOfTheirSystem() {
    assertThat(ServiceCodes.all()).hasSizeGreaterThan(30);
    ServiceCodes.all()
        .values()
        .forEach(
            s -> {
              switch (s.system()) {
                case "CPT" -> assertThat(s.code()).as(s.description()).matches("\\d{4}[0-9FTU]");
                case "HCPCS" -> assertThat(s.code()).as(s.description()).matches("[A-V]\\d{4}");
                case "REV" -> assertThat(s.code()).as(s.description()).matches("0\\d{3}");
                default -> throw new AssertionError("unknown code system " + s.system());
              }
              assertThat(s.medicareAllowed()).isPositive();
              assertThat(s.description()).isNotBlank();
            });
  }

  @Test
  void ndcsAreElevenDigitsInFiveFourTwo() {
    assertThat(DrugCatalog.all()).isNotEmpty();
    DrugCatalog.all()
        .values()
        .forEach(
            d -> {
              assertThat(d.ndc()).as(d.name()).matches("\\d{11}");
              assertThat(
                      d.ndc().substring(0, 5)
                          + "-"
                          + d.ndc().substring(5, 9)
                          + "-"
                          + d.ndc().substring(9))
                  .matches("\\d{5}-\\d{4}-\\d{2}");
              assertThat(d.rxnorm()).matches("\\d{5,8}").isNotEqualTo(d.ndc());
              assertThat(d.packageQuantity()).isPositive();
              assertThat(d.unitCost()).isPositive();
            });
  }
}
