package org.healthsim.generation.profile;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthsim.core.expression.EvaluationContext;
import org.healthsim.generation.internal.profile.AttributeNames;
import org.healthsim.generation.person.Person;

/**
 * One generated entity: a person with demographics, conditions, labs, medications, coverage and an
 * identifier in each product. Attributes whose spec section is absent are {@code null} (or empty,
 * for lists and maps).
 *
 * <p>An entity is also an {@link EvaluationContext}, so conditions can be tested against it: {@code
 * Expression.parse("age >= 65 and has_condition('E11')").test(entity)}; see {@link #attributes()}
 * for the names expressions use.
 *
 * @param entityId {@code E001}-style id, unique in the cohort and independent of its size
 * @param index 0-based position in the cohort
 * @param seed the entity's derived seed (see docs/reproducibility.md)
 * @param age whole years at the profile's as-of date
 * @param birthDate consistent with {@code age} at the as-of date
 * @param gender as drawn from the spec
 * @param race as drawn from the spec
 * @param ethnicity as drawn from the spec
 * @param state USPS abbreviation: the spec's geography, else drawn by state population
 * @param countyFips five-digit county FIPS when the spec names a county
 * @param conditions primary condition first, then comorbidities in spec order
 * @param severity as drawn from the spec
 * @param labValues lab name to value, rounded to the lab's reporting precision, in spec order
 * @param medications in spec order
 * @param coverage coverage, when the spec has a coverage section
 * @param identifiers patient, member, rx member and trial subject ids
 * @param person name, address and phone, or {@code null} when person details are off
 */
public record GeneratedEntity(
    String entityId,
    long index,
    long seed,
    Integer age,
    LocalDate birthDate,
    String gender,
    String race,
    String ethnicity,
    String state,
    String countyFips,
    List<EntityCondition> conditions,
    String severity,
    Map<String, Double> labValues,
    List<EntityMedication> medications,
    Coverage coverage,
    Identifiers identifiers,
    Person person)
    implements EntityFields, EvaluationContext {

  public GeneratedEntity {
    conditions = List.copyOf(conditions);
    labValues =
        labValues instanceof LabValues
            ? labValues
            : Collections.unmodifiableMap(new LinkedHashMap<>(labValues));
    medications = List.copyOf(medications);
  }

  /** {@link AttributeNames#FIELDS} with {@code labs} after {@code severity}: the order written. */
  private static final List<String> ATTRIBUTES = attributeOrder();

  private static List<String> attributeOrder() {
    List<String> names = new java.util.ArrayList<>(AttributeNames.FIELDS);
    names.add(names.indexOf("severity") + 1, "labs");
    return List.copyOf(names);
  }

  /**
   * The entity's attributes by the names expressions use, as the framework guide's {@code
   * entity.attributes['age']}: {@code age}, {@code birth_date}, {@code gender}, {@code race},
   * {@code ethnicity}, {@code state}, {@code county_fips}, {@code severity}, {@code labs}, {@code
   * plan}, {@code coverage_type}, {@code conditions}, {@code entity_id}, {@code patient_id}, {@code
   * member_id}, {@code rx_member_id}, {@code subject_id}. Absent attributes are left out.
   */
  public Map<String, Object> attributes() {
    Map<String, Object> attributes = new LinkedHashMap<>();
    for (String name : ATTRIBUTES) {
      Object value = value(List.of(name));
      if (value != null) {
        attributes.put(name, value);
      }
    }
    return Collections.unmodifiableMap(attributes);
  }

  @Override
  public Object value(List<String> path) {
    return EntityAttributes.value(this, path);
  }

  @Override
  public boolean hasCondition(String codePrefix) {
    return EntityAttributes.hasCondition(this, codePrefix);
  }

  @Override
  public boolean hasMedication(String rxnorm) {
    return EntityAttributes.hasMedication(medications, rxnorm);
  }
}
