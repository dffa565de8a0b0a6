package org.healthsim.generation.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The attributes of an entity that expressions can see, implemented by the finished {@link
 * GeneratedEntity} and by the draft an entity is built in (where attributes not drawn yet are
 * null).
 */
interface EntityFields {
  String entityId();

  Integer age();

  LocalDate birthDate();

  String gender();

  String race();

  String ethnicity();

  String state();

  String countyFips();

  List<EntityCondition> conditions();

  String severity();

  Map<String, Double> labValues();

  Coverage coverage();

  Identifiers identifiers();
}
