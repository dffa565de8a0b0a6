package org.healthsim.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.healthsim.reference.SharedReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Example 3 and the Harris County hybrid on a DuckDB built from the real CDC files (skipped when
 * ../shared is absent, failing with CI=true).
 */
class ReferenceExamplesTest {

  @TempDir Path dir;

  @Test
  void example3ResolvesHarrisCountyAndDrawsItsProfile() throws Exception {
    Path raw = SharedReferenceData.raw();
    Path db = dir.resolve("reference.duckdb");
    String out = MainOutput.of(Example3ReferenceProfile::main, db.toString(), raw.toString());
    assertThat(out)
        .contains("built " + db)
        .contains("Harris County, TX\n")
        .contains("Population: 4,738,253\n")
        .contains("Diabetes prevalence: 12.6%\n")
        .contains("Obesity prevalence: 37.9%\n")
        .contains("SVI overall rank: 0.9201\n")
        .containsPattern("seed 42: 10,000 entities of ref-county-48201, 7,\\d{3} adults")
        .containsPattern("diabetes among adults: 1[1-4]\\.\\d% \\(county 12.6%\\)");
    // The second run opens the database the first built.
    assertThat(MainOutput.of(Example3ReferenceProfile::main, db.toString(), raw.toString()))
        .doesNotContain("built ");
  }

  @Test
  void theHybridKeepsTheUsersAgeAndTheCountysRates() throws Exception {
    Path raw = SharedReferenceData.raw();
    String out =
        MainOutput.of(
            HarrisCountyHybrid::main, dir.resolve("reference.duckdb").toString(), raw.toString());
    assertThat(out)
        .contains("demographics.age                     user: written in the spec")
        .contains(
            "clinical.comorbidities.E11.9         reference: CDC PLACES 2022 DIABETES_CrudePrev")
        .containsPattern("seed 42: 10,000 entities, mean age 7[12]\\.\\d")
        .containsPattern("diabetes \\(E11.9\\) +1[1-4]\\.\\d% +county 12.6% of adults");
  }
}
