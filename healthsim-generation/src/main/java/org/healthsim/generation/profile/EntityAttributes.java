package org.healthsim.generation.profile;

import java.util.List;
import java.util.stream.Collectors;
import org.healthsim.core.expression.IcdCodes;

/**
 * How expressions see an entity. Names: {@code age}, {@code birth_date}, {@code gender}, {@code
 * race}, {@code ethnicity}, {@code state}, {@code county_fips}, {@code severity}, {@code
 * labs.<name>} (or {@code lab_values.<name>}), {@code plan}, {@code coverage_type}, {@code
 * coverage.<type|plan|group_id|effective_date>}, {@code conditions} (the codes), {@code entity_id},
 * {@code patient_id}, {@code member_id}, {@code rx_member_id}, {@code subject_id}. A leading {@code
 * entity.} is optional.
 */
final class EntityAttributes {

  private EntityAttributes() {}

  static Object value(EntityFields e, List<String> path) {
    int i = path.size() > 1 && path.get(0).equals("entity") ? 1 : 0;
    String head = path.get(i);
    int rest = path.size() - i - 1;
    if (head.equals("labs") || head.equals("lab_values")) {
      return rest == 1 ? e.labValues().get(path.get(i + 1)) : rest == 0 ? e.labValues() : null;
    }
    if (head.equals("coverage")) {
      return rest == 1 ? coverage(e, path.get(i + 1)) : null;
    }
    return rest == 0 ? field(e, head) : null;
  }

  private static Object field(EntityFields e, String name) {
    switch (name) {
      case "age":
        return e.age();
      case "birth_date":
        return e.birthDate() == null ? null : e.birthDate().toString();
      case "gender":
        return e.gender();
      case "race":
        return e.race();
      case "ethnicity":
        return e.ethnicity();
      case "state":
        return e.state();
      case "county_fips":
        return e.countyFips();
      case "severity":
        return e.severity();
      case "plan":
        return coverage(e, "plan");
      case "coverage_type":
        return coverage(e, "type");
      case "conditions":
        return e.conditions().stream().map(EntityCondition::code).collect(Collectors.toList());
      case "entity_id":
        return e.entityId();
      default:
        return identifier(e.identifiers(), name);
    }
  }

  private static Object coverage(EntityFields e, String name) {
    Coverage c = e.coverage();
    if (c == null) {
      return null;
    }
    switch (name) {
      case "type":
        return c.type();
      case "plan":
        return c.plan();
      case "group_id":
        return c.groupId();
      case "effective_date":
        return c.effectiveDate() == null ? null : c.effectiveDate().toString();
      default:
        return null;
    }
  }

  private static Object identifier(Identifiers ids, String name) {
    if (ids == null) {
      return null;
    }
    switch (name) {
      case "patient_id":
        return ids.patientId();
      case "member_id":
        return ids.memberId();
      case "rx_member_id":
        return ids.rxMemberId();
      case "subject_id":
        return ids.subjectId();
      default:
        return null;
    }
  }

  static boolean hasCondition(EntityFields e, String codePrefix) {
    for (EntityCondition c : e.conditions()) {
      if (IcdCodes.matches(c.code(), codePrefix)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasMedication(List<EntityMedication> medications, String rxnorm) {
    for (EntityMedication m : medications) {
      if (m.rxnorm().equals(rxnorm)) {
        return true;
      }
    }
    return false;
  }
}
