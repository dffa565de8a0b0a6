package org.healthsim.generation.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.healthsim.core.spec.ConditionSpec;
import org.healthsim.core.spec.MedicationSpec;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.profile.ExecutionResult;
import org.healthsim.generation.profile.ProfileExecutor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProfileTemplatesTest {

  static java.util.List<String> names() {
    return ProfileTemplates.NAMES;
  }

  @ParameterizedTest
  @MethodSource("names")
  void eachTemplateIsValidExecutableAndFollowsItself(String name) {
    ProfileSpecification spec = ProfileTemplates.get(name);
    assertThat(spec.id()).isEqualTo(name);
    ExecutionResult result = new ProfileExecutor(42).withThreads(2).execute(spec, 20_000);
    assertThat(result.entities()).hasSize(20_000);
    assertThat(result.validation().passed()).as("%s", result.validation()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("names")
  void codesAreWellFormed(String name) {
    ProfileSpecification spec = ProfileTemplates.get(name);
    if (spec.clinical() == null) {
      return;
    }
    for (ConditionSpec c : spec.clinical().comorbidities()) {
      assertThat(c.code()).matches(ConditionSpec.ICD10_CM);
      assertThat(c.description()).isNotBlank();
    }
    for (MedicationSpec m : spec.clinical().medications()) {
      assertThat(m.rxnorm()).matches("\\d{5,8}");
      assertThat(m.name()).isNotBlank();
    }
  }

  @org.junit.jupiter.api.Test
  void anUnknownNameListsTheKnownOnes() {
    assertThatThrownBy(() -> ProfileTemplates.get("medicare-diabetes"))
        .hasMessageContaining("no profile template 'medicare-diabetes'")
        .hasMessageContaining("medicare-diabetic");
  }
}
