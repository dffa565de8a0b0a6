package org.healthsim.generation.internal.handler;

import static org.assertj.core.api.Assertions.assertThat;

import org.healthsim.generation.internal.pricing.DrugCatalog;
import org.healthsim.generation.internal.pricing.ServiceCodes;
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

  @Test
  void devicesDispenseTheirMonthsSupplyNotOneUnitADay() {
    // An inhaler or a pen is one unit a month; a twice-daily tablet is 60 a month.
    for (String inhaler : new String[] {"896209", "895994", "745679"}) {
      assertThat(DrugCatalog.dispensedQuantity(inhaler, 30)).as(inhaler).isEqualTo(1);
      assertThat(DrugCatalog.dispensedQuantity(inhaler, 90)).as(inhaler).isEqualTo(3);
    }
    assertThat(DrugCatalog.dispensedQuantity("1991316", 28)).isEqualTo(1); // semaglutide pen
    assertThat(DrugCatalog.dispensedQuantity("1364445", 30)).isEqualTo(60); // apixaban twice daily
    assertThat(DrugCatalog.dispensedQuantity("1656349", 90)).isEqualTo(180); // sacubitril/valsartan
    assertThat(DrugCatalog.dispensedQuantity("1545658", 30)).isEqualTo(30); // once daily
  }

  @Test
  void handlerDataHasTheShapeOfItsCodeSystems() {
    assertThat(HandlerData.DISPOSITIONS).containsKeys("home", "snf", "hospice", "expired");
    HandlerData.DISPOSITIONS.forEach(
        (key, d) -> {
          assertThat(d.code()).as(key).matches("\\d{2}"); // UB-04 FL17
          assertThat(d.description()).as(key).isNotBlank();
        });
    assertThat(HandlerData.DISPOSITIONS.get("hospice").description())
        .isEqualTo("Discharged to hospice, home"); // a quoted cell with a comma
    assertThat(HandlerData.MEASURES.keySet()).allMatch(m -> m.matches("[A-Z]{3}(-E)?"));
    assertThat(HandlerData.ADVERSE_EVENTS).hasSize(5);
    assertThat(HandlerData.SERIOUS_ADVERSE_EVENTS).hasSize(3);
    assertThat(
            java.util.stream.Stream.concat(
                HandlerData.ADVERSE_EVENTS.stream(), HandlerData.SERIOUS_ADVERSE_EVENTS.stream()))
        .allSatisfy(e -> assertThat(e.meddraPt()).as(e.term()).matches("100\\d{5}"));
    assertThat(HandlerData.SCREEN_FAILURES).hasSize(4);
    java.util.List<HandlerData.CarePlan> plans = HandlerData.CARE_PLANS;
    assertThat(plans.get(plans.size() - 1).icd10Prefix()).as("the fallback, last").isEmpty();
    assertThat(plans.subList(0, plans.size() - 1))
        .allSatisfy(p -> assertThat(p.icd10Prefix()).matches("[A-Z]\\d{2}"))
        .allSatisfy(p -> assertThat(p.activities()).isNotEmpty());
  }
}
