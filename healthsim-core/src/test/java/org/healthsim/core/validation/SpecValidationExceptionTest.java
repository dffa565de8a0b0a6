package org.healthsim.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpecValidationExceptionTest {

  private static final Problem PROBLEM = Problem.at("$.profile.age", "must be a distribution");

  /** What {@code checkAs("cohort.json", ...)} throws when its check throws {@code thrown}. */
  private static SpecValidationException checkedAsCohortJson(SpecValidationException thrown) {
    return catchThrowableOfType(
        SpecValidationException.class,
        () ->
            SpecValidationException.checkAs(
                "cohort.json",
                () -> {
                  throw thrown;
                }));
  }

  @Test
  void aCheckAsASourceNamesItInProblemsThatNameNone() {
    SpecValidationException e = checkedAsCohortJson(new SpecValidationException(List.of(PROBLEM)));

    assertThat(e.source()).isEqualTo("cohort.json");
    assertThat(e.problems()).containsExactly(PROBLEM);
    assertThat(e.getMessage()).startsWith("invalid cohort.json (1 problem):");
  }

  @Test
  void problemsThatNameTheirOwnSourceKeepIt() {
    SpecValidationException named = new SpecValidationException("journey.json", List.of(PROBLEM));

    assertThat(checkedAsCohortJson(named)).isSameAs(named);
  }

  @Test
  void aCheckThatPassesThrowsNothing() {
    int[] ran = {0};
    SpecValidationException.checkAs("cohort.json", () -> ran[0]++);
    assertThat(ran[0]).isEqualTo(1);
  }
}
