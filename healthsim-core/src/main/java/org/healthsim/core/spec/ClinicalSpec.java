package org.healthsim.core.spec;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthsim.core.internal.validation.JsonPath;
import org.healthsim.core.validation.Problems;

/**
 * {@code "clinical": {"primary_condition": {...}, "comorbidities": [...], "severity": {...},
 * "lab_values": {"a1c": {...}}, "medications": [...]}}. Every part may be absent. A condition code
 * or an RxNorm code may be listed once.
 *
 * @param primaryCondition the condition the cohort is built around, or {@code null}
 * @param comorbidities further conditions, each drawn independently
 * @param severity distribution of severity, or {@code null}
 * @param labValues lab name to distribution, in the order written
 * @param medications medications, each drawn independently
 */
public record ClinicalSpec(
    ConditionSpec primaryCondition,
    List<ConditionSpec> comorbidities,
    DistributionSpec severity,
    Map<String, DistributionSpec> labValues,
    List<MedicationSpec> medications)
    implements java.io.Serializable {

  public ClinicalSpec {
    Problems problems = new Problems();
    Set<String> codes = new HashSet<>();
    if (primaryCondition != null) {
      codes.add(primaryCondition.code());
    }
    for (int i = 0; i < comorbidities.size(); i++) {
      if (!codes.add(comorbidities.get(i).code())) {
        problems.add(
            JsonPath.key(JsonPath.index("comorbidities", i), "code"),
            comorbidities.get(i).code(),
            "is listed more than once");
      }
    }
    Set<String> rxnorms = new HashSet<>();
    for (int i = 0; i < medications.size(); i++) {
      if (!rxnorms.add(medications.get(i).rxnorm())) {
        problems.add(
            JsonPath.key(JsonPath.index("medications", i), "rxnorm"),
            medications.get(i).rxnorm(),
            "is listed more than once");
      }
    }
    problems.throwIfAny();
    comorbidities = List.copyOf(comorbidities);
    labValues = Collections.unmodifiableMap(new LinkedHashMap<>(labValues));
    medications = List.copyOf(medications);
  }
}
