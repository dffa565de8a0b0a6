package org.healthsim.generation.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.healthsim.core.expression.Expression;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.validation.SpecValidationException;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.generation.template.ProfileTemplates;
import org.junit.jupiter.api.Test;

/**
 * A misspelt attribute in an expression is an error with its path, not a condition that never holds
 * (issue 16: {@code "when": "agee >= 65"} validated and yielded no cases).
 */
class AttributeNamesTest {

  private static final List<String> LABS = List.of("a1c", "egfr");

  private static List<String> problems(String expression) {
    return AttributeNames.problems(Expression.parse(expression), LABS, false);
  }

  @Test
  void everyNameAGeneratedEntityAnswersIsKnown() {
    GeneratedEntity entity =
        new ProfileExecutor(7).generateEntity(ProfileTemplates.get("medicare-diabetic"), 0);

    for (String name : entity.attributes().keySet()) {
      assertThat(AttributeNames.problem(name, LABS, true)).as(name).isEmpty();
      assertThat(AttributeNames.problem("entity." + name, LABS, true)).as(name).isEmpty();
    }
    assertThat(entity.attributes().keySet()).containsAll(List.of("age", "gender", "labs", "plan"));
    for (String part : AttributeNames.COVERAGE) {
      if (!part.equals("group_id")) { // Medicare has no group
        assertThat(entity.value(List.of("coverage", part))).as(part).isNotNull();
      }
    }
  }

  @Test
  void misspeltNamesAreNamedWithTheNameProbablyMeant() {
    assertThat(problems("agee >= 65 and gender == 'F'"))
        .containsExactly("unknown attribute 'agee'; did you mean age?");
    assertThat(problems("labs.a1cc > 9"))
        .containsExactly("'labs.a1cc': the profile has no lab 'a1cc'; did you mean a1c?");
    assertThat(problems("coverage.plann == 'MA'"))
        .containsExactly(
            "'coverage.plann': coverage has type, plan, group_id, effective_date; did you mean"
                + " coverage.plan?");
    assertThat(problems("severity == 'uncontrolled'"))
        .containsExactly("'severity': the profile defines no clinical.severity");
    assertThat(problems("age.years > 3")).containsExactly("'age.years': age has no parts");
    assertThat(problems("entity.labs.egfr < 30 and lab_values.a1c > 9 and labs != null")).isEmpty();
  }

  @Test
  void aProfileWithAMisspeltNameIsRefusedWithEveryPath() {
    String profile =
        "{\"demographics\": {\"age\": {\"type\": \"normal\", \"mean\": 70, \"std_dev\": 5}},"
            + " \"clinical\": {\"comorbidities\": [{\"code\": \"I10\", \"prevalence\": 0.5,"
            + " \"when\": \"agee >= 65\"}], \"lab_values\": {\"a1c\": {\"type\": \"conditional\","
            + " \"rules\": [{\"if\": \"severity == 'x'\", \"distribution\": {\"type\": \"normal\","
            + " \"mean\": 9, \"std_dev\": 1}}], \"else\": {\"type\": \"normal\", \"mean\": 6,"
            + " \"std_dev\": 1}}}, \"medications\": [{\"rxnorm\": \"860975\", \"probability\": 0.5,"
            + " \"when\": \"labs.a1cc > 8\"}]}}";

    assertThatThrownBy(() -> new ProfileExecutor(7).check(SpecReader.profileFromString(profile)))
        .isInstanceOf(SpecValidationException.class)
        .hasMessageContaining("(3 problems)")
        .hasMessageContaining("clinical.comorbidities[0].when = agee >= 65: unknown attribute")
        .hasMessageContaining(
            "clinical.lab_values.a1c.rules[0].if = severity == 'x': 'severity': the profile"
                + " defines no clinical.severity")
        .hasMessageContaining("clinical.medications[0].when = labs.a1cc > 8: 'labs.a1cc'");
  }
}
