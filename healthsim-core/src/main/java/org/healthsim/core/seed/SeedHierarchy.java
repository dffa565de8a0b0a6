package org.healthsim.core.seed;

/**
 * Derives every seed of a generation run from one master seed and stable keys.
 *
 * <pre>{@code
 * SeedHierarchy seeds = new SeedHierarchy(42);
 * long entity = seeds.entitySeed(5);                               // entity index 5
 * long age = SeedHierarchy.attributeSeed(entity, "demographics.age");
 * long lab = SeedHierarchy.eventSeed(entity, "diabetic-first-year", "lab", 0);
 * }</pre>
 *
 * <p>A seed depends only on its master seed and its key path, never on how many other seeds were
 * derived before it, so entity {@code i} is the same whether it is generated alone or in a batch,
 * and adding an attribute or event leaves the seeds of every other one unchanged.
 *
 * @param master the master seed; any long, 0 included
 */
public record SeedHierarchy(long master) {

  /** The seed of entity {@code index} (0-based): {@code mix(master, index)}. */
  public long entitySeed(long index) {
    return Seeds.mix(master, index);
  }

  /**
   * The seed of one attribute of an entity: {@code mix(entitySeed, hash(attributePath))}, where the
   * path is the attribute's place in the spec, such as {@code demographics.age}.
   */
  public static long attributeSeed(long entitySeed, String attributePath) {
    return AttributeKey.of(attributePath).seed(entitySeed);
  }

  /**
   * The seed of one occurrence of a journey event: {@code mix(entitySeed, hash(journeyId + "/" +
   * eventId + "/" + occurrence))}.
   */
  public static long eventSeed(long entitySeed, String journeyId, String eventId, int occurrence) {
    return Seeds.mix(entitySeed, Seeds.hash(journeyId + "/" + eventId + "/" + occurrence));
  }

  /**
   * The seed of a trigger fired by a source event: {@code mix(entitySeed, hash("trigger/" +
   * sourceTimelineEventId + "/" + triggerId))}.
   */
  public static long triggerSeed(long entitySeed, String sourceTimelineEventId, String triggerId) {
    return Seeds.mix(entitySeed, Seeds.hash("trigger/" + sourceTimelineEventId + "/" + triggerId));
  }
}
