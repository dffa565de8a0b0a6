package org.healthsim.generation.journey;

import java.util.List;
import java.util.Map;
import org.healthsim.core.expression.EvaluationContext;
import org.healthsim.core.expression.MapEvaluationContext;
import org.healthsim.core.seed.Seeds;
import org.healthsim.generation.profile.GeneratedEntity;

/**
 * The entity a timeline is for: its id, the seed its events derive from, and what conditions and
 * {@code ${entity.x}} parameters can see.
 *
 * @param id the entity's id
 * @param seed the seed of its journey events: {@code mix(engineSeed, entity seed)} for a generated
 *     entity, {@code mix(engineSeed, hash(id))} for one given as a map
 * @param attributes what expressions see
 * @param generated the generated entity, or {@code null} when it was given as a map
 */
public record JourneyEntity(
    String id, long seed, EvaluationContext attributes, GeneratedEntity generated) {

  private static final List<String> ID_KEYS =
      List.of("entity_id", "patient_id", "member_id", "rx_member_id", "subject_id", "id");

  /**
   * The journey view of {@code entity}: a {@link GeneratedEntity}, or a map with an id under one of
   * {@code entity_id}, {@code patient_id}, {@code member_id}, {@code rx_member_id}, {@code
   * subject_id}, {@code id}, as the framework guide's {@code {"patient_id": "P001"}}.
   *
   * @throws IllegalArgumentException for anything else, or a map without an id
   */
  public static JourneyEntity of(Object entity, long engineSeed) {
    if (entity instanceof JourneyEntity) {
      return (JourneyEntity) entity;
    }
    if (entity instanceof GeneratedEntity) {
      GeneratedEntity g = (GeneratedEntity) entity;
      return new JourneyEntity(g.entityId(), Seeds.mix(engineSeed, g.seed()), g, g);
    }
    if (entity instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) entity;
      for (String key : ID_KEYS) {
        Object id = map.get(key);
        if (id != null) {
          @SuppressWarnings("unchecked")
          Map<String, ?> attributes = (Map<String, ?>) map;
          return new JourneyEntity(
              id.toString(),
              Seeds.mix(engineSeed, Seeds.hash("entity/" + id)),
              new MapEvaluationContext(attributes),
              null);
        }
      }
      throw new IllegalArgumentException(
          "the entity has no id: give one of "
              + String.join(", ", ID_KEYS)
              + " (keys: "
              + map.keySet()
              + ")");
    }
    throw new IllegalArgumentException(
        "an entity is a GeneratedEntity or a map with an id, not "
            + (entity == null ? "null" : entity.getClass().getName()));
  }
}
