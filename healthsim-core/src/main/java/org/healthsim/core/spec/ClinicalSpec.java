package org.healthsim.core.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code "clinical": {"primary_condition": {...}, "comorbidities": [...], "severity": {...},
 * "lab_values": {"a1c": {...}}, "medications": [...]}}. Every part may be absent.
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
    List<MedicationSpec> medications) {

  public ClinicalSpec {
    comorbidities = List.copyOf(comorbidities);
    labValues = Collections.unmodifiableMap(new LinkedHashMap<>(labValues));
    medications = List.copyOf(medications);
  }
}
