package org.healthsim.generation.internal.care;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthsim.core.spec.LineOfBusiness;
import org.healthsim.generation.internal.plan.PlanCatalog;
import org.healthsim.generation.journey.JourneyEntity;
import org.healthsim.generation.profile.EntityCondition;
import org.healthsim.generation.profile.EntityMedication;
import org.healthsim.generation.profile.GeneratedEntity;

/**
 * What the planner needs to know about an entity, from a generated entity or from the attributes of
 * one given as a map.
 *
 * @param lineOfBusiness who pays (its plan's line of business, else its coverage type's)
 * @param coveredFrom the coverage's effective date, or {@code null}
 * @param medications the profile's medications, RxNorm to name
 */
record CareSubject(
    int age,
    String gender,
    String severity,
    LineOfBusiness lineOfBusiness,
    LocalDate coveredFrom,
    Map<String, String> conditions,
    Map<String, Double> labs,
    Map<String, String> medications) {

  boolean has(String prefix) {
    for (String code : conditions.keySet()) {
      if (code.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  static CareSubject of(JourneyEntity entity) {
    GeneratedEntity g = entity.generated();
    if (g != null) {
      Map<String, String> conditions = new LinkedHashMap<>();
      for (EntityCondition c : g.conditions()) {
        conditions.put(c.code(), c.description());
      }
      Map<String, String> meds = new LinkedHashMap<>();
      for (EntityMedication m : g.medications()) {
        meds.put(m.rxnorm(), m.name() == null ? "" : m.name());
      }
      return new CareSubject(
          g.age() == null ? 40 : g.age(),
          g.gender(),
          g.severity(),
          PlanCatalog.lineOfBusiness(g),
          g.coverage() == null ? null : g.coverage().effectiveDate(),
          conditions,
          g.labValues(),
          meds);
    }
    Object age = entity.attributes().value(List.of("age"));
    Object gender = entity.attributes().value(List.of("gender"));
    Object severity = entity.attributes().value(List.of("severity"));
    Map<String, String> conditions = new LinkedHashMap<>();
    Object v = entity.attributes().value(List.of("conditions"));
    if (v instanceof Collection) {
      for (Object item : (Collection<?>) v) {
        Object code = item instanceof Map ? ((Map<?, ?>) item).get("code") : item;
        if (code != null) {
          conditions.put(code.toString(), null);
        }
      }
    }
    return new CareSubject(
        age instanceof Number ? ((Number) age).intValue() : 40,
        gender == null ? null : gender.toString(),
        severity == null ? null : severity.toString(),
        PlanCatalog.lineOfBusiness(entity.attributes()),
        null,
        conditions,
        Map.of(),
        Map.of());
  }
}
