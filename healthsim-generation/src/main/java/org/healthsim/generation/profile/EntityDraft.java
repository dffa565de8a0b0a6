package org.healthsim.generation.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.healthsim.core.expression.EvaluationContext;
import org.healthsim.generation.person.Person;

/**
 * An entity while its attributes are drawn. Expressions evaluated on it see what has been drawn so
 * far; everything else is null.
 */
final class EntityDraft implements EntityFields, EvaluationContext {

  EntityDraft(String[] labNames) {
    this.labNames = labNames;
    this.labs = new double[labNames.length];
  }

  String entityId;
  long index;
  long seed;
  Integer age;
  LocalDate birthDate;
  String gender;
  String race;
  String ethnicity;
  String state;
  String countyFips;
  final List<EntityCondition> conditions = new ArrayList<>();
  String severity;
  final String[] labNames;
  final double[] labs;
  int labCount;
  final List<EntityMedication> medications = new ArrayList<>();
  Coverage coverage;
  Identifiers identifiers;
  Person person;

  GeneratedEntity toEntity() {
    return new GeneratedEntity(
        entityId,
        index,
        seed,
        age,
        birthDate,
        gender,
        race,
        ethnicity,
        state,
        countyFips,
        conditions,
        severity,
        labValues(),
        medications,
        coverage,
        identifiers,
        person);
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

  @Override
  public String entityId() {
    return entityId;
  }

  @Override
  public Integer age() {
    return age;
  }

  @Override
  public LocalDate birthDate() {
    return birthDate;
  }

  @Override
  public String gender() {
    return gender;
  }

  @Override
  public String race() {
    return race;
  }

  @Override
  public String ethnicity() {
    return ethnicity;
  }

  @Override
  public String state() {
    return state;
  }

  @Override
  public String countyFips() {
    return countyFips;
  }

  @Override
  public List<EntityCondition> conditions() {
    return conditions;
  }

  @Override
  public String severity() {
    return severity;
  }

  @Override
  public Map<String, Double> labValues() {
    return labCount == 0 ? LabValues.empty() : new LabValues(labNames, labs, labCount);
  }

  @Override
  public Coverage coverage() {
    return coverage;
  }

  @Override
  public Identifiers identifiers() {
    return identifiers;
  }
}
