package org.healthsim.junit5;

import org.assertj.core.api.AbstractAssert;
import org.healthsim.generation.profile.EntityCondition;
import org.healthsim.generation.profile.GeneratedEntity;

/** AssertJ assertions on a {@link GeneratedEntity}: {@code assertThat(e).hasCondition("E11")}. */
public final class EntityAssert extends AbstractAssert<EntityAssert, GeneratedEntity> {

  EntityAssert(GeneratedEntity actual) {
    super(actual, EntityAssert.class);
  }

  /** The entity has a condition whose ICD-10-CM code starts with {@code codePrefix}. */
  public EntityAssert hasCondition(String codePrefix) {
    isNotNull();
    if (!has(codePrefix)) {
      failWithMessage(
          "%s has no condition %s; its conditions: %s", actual.entityId(), codePrefix, codes());
    }
    return this;
  }

  /** The entity has no condition whose code starts with {@code codePrefix}. */
  public EntityAssert doesNotHaveCondition(String codePrefix) {
    isNotNull();
    if (has(codePrefix)) {
      failWithMessage("%s has condition %s: %s", actual.entityId(), codePrefix, codes());
    }
    return this;
  }

  /** The entity's age is between {@code min} and {@code max}, both included. */
  public EntityAssert hasAgeBetween(int min, int max) {
    isNotNull();
    if (actual.age() == null || actual.age() < min || actual.age() > max) {
      failWithMessage(
          "%s is aged %s, not between %d and %d", actual.entityId(), actual.age(), min, max);
    }
    return this;
  }

  private boolean has(String codePrefix) {
    return actual.conditions().stream()
        .map(EntityCondition::code)
        .anyMatch(c -> c.startsWith(codePrefix));
  }

  private java.util.List<String> codes() {
    return actual.conditions().stream().map(EntityCondition::code).toList();
  }
}
