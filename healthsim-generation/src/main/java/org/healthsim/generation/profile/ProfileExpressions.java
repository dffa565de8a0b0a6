package org.healthsim.generation.profile;

import java.util.List;
import java.util.Set;
import org.healthsim.core.expression.Expression;
import org.healthsim.core.internal.validation.JsonPath;
import org.healthsim.core.spec.ClinicalSpec;
import org.healthsim.core.spec.ConditionSpec;
import org.healthsim.core.spec.ConditionalSpec;
import org.healthsim.core.spec.DemographicsSpec;
import org.healthsim.core.spec.DistributionSpec;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.core.validation.Problems;
import org.healthsim.generation.internal.profile.AttributeNames;

/**
 * Checks every expression of a profile (conditional distributions' {@code if}, conditions' and
 * medications' {@code when}, {@code coverage.uninsured_when}) against the attributes its entities
 * have: {@link AttributeNames}, the profile's own labs, and severity only when it defines one.
 */
final class ProfileExpressions {

  private final Set<String> labs;
  private final boolean severity;
  private final Problems problems;

  private ProfileExpressions(ProfileSpecification profile, Problems problems) {
    ClinicalSpec clinical = profile.clinical();
    this.labs = clinical == null ? Set.of() : clinical.labValues().keySet();
    this.severity = clinical != null && clinical.severity() != null;
    this.problems = problems;
  }

  /** Adds a problem to {@code problems} for each attribute of {@code profile} no entity has. */
  static void check(ProfileSpecification profile, Problems problems) {
    ProfileExpressions check = new ProfileExpressions(profile, problems);
    DemographicsSpec d = profile.demographics();
    check.distribution("demographics.age", d.age());
    check.distribution("demographics.gender", d.gender());
    check.distribution("demographics.race", d.race());
    check.distribution("demographics.ethnicity", d.ethnicity());
    ClinicalSpec clinical = profile.clinical();
    if (clinical != null) {
      check.condition("clinical.primary_condition", clinical.primaryCondition());
      List<ConditionSpec> comorbidities = clinical.comorbidities();
      for (int i = 0; i < comorbidities.size(); i++) {
        check.condition(JsonPath.index("clinical.comorbidities", i), comorbidities.get(i));
      }
      check.distribution("clinical.severity", clinical.severity());
      clinical
          .labValues()
          .forEach(
              (name, spec) -> check.distribution(JsonPath.key("clinical.lab_values", name), spec));
      for (int i = 0; i < clinical.medications().size(); i++) {
        check.expression(
            JsonPath.index("clinical.medications", i) + ".when",
            clinical.medications().get(i).when());
      }
    }
    if (profile.coverage() != null) {
      check.expression("coverage.uninsured_when", profile.coverage().uninsuredWhen());
    }
  }

  private void condition(String path, ConditionSpec condition) {
    if (condition != null) {
      expression(path + ".when", condition.when());
    }
  }

  private void distribution(String path, DistributionSpec spec) {
    if (spec instanceof ConditionalSpec) {
      ConditionalSpec c = (ConditionalSpec) spec;
      for (int i = 0; i < c.rules().size(); i++) {
        String rule = JsonPath.index(path + ".rules", i);
        expression(rule + ".if", c.rules().get(i).condition());
        distribution(rule + ".distribution", c.rules().get(i).distribution());
      }
      distribution(path + ".else", c.otherwise());
    }
  }

  private void expression(String path, Expression expression) {
    if (expression != null) {
      for (String problem : AttributeNames.problems(expression, labs, severity)) {
        problems.add(path, expression.source(), problem);
      }
    }
  }
}
