package org.healthsim.generation.trigger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthsim.core.spec.Product;
import org.healthsim.generation.journey.EventType;

/**
 * The triggers of a coordinator. A new registry holds the healthcare defaults of DESIGN §6:
 *
 * <table>
 *   <caption>The default triggers</caption>
 *   <tr><th>id</th><th>source</th><th>target</th><th>days</th><th>carries</th></tr>
 *   <tr><td>med-fill</td><td>patientsim medication_order</td><td>rxmembersim fill</td><td>0-3</td><td>rxnorm, quantity, days_supply</td></tr>
 *   <tr><td>lab-result</td><td>patientsim lab_order</td><td>patientsim lab_result</td><td>1-5</td><td>order_id, loinc</td></tr>
 *   <tr><td>gap-care-plan</td><td>membersim gap_identified</td><td>patientsim care_plan_update</td><td>3-14</td><td>-</td></tr>
 * </table>
 *
 * The pharmacy claim and the fill carry the RxNorm; their handlers map it to an NDC through the
 * crosswalk, never copying the RxNorm into the NDC field. {@code lab-result} does not fire for an
 * order whose journey already schedules its result. Not thread-safe while being changed; safe to
 * share once set up.
 */
public final class TriggerRegistry {

  /** The ids of the default triggers. */
  public static final Set<String> DEFAULT_IDS =
      DefaultTriggers.ALL.stream()
          .map(RegisteredTrigger::triggerId)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private final Map<String, RegisteredTrigger> triggers = new LinkedHashMap<>();

  /** A source event's product and type, the key of {@link #bySource}. */
  private record Source(Product product, EventType type) {}

  /**
   * The triggers of each source, in registration order: made at the first lookup after a change
   * (the coordinator looks up every executed event), so threads sharing the registry read one map.
   */
  private volatile Map<Source, List<RegisteredTrigger>> bySource;

  /** A registry holding the default triggers. */
  public TriggerRegistry() {
    DefaultTriggers.ALL.forEach(this::register);
  }

  /** Adds {@code trigger}, replacing one with the same id. */
  public TriggerRegistry register(RegisteredTrigger trigger) {
    triggers.put(trigger.triggerId(), trigger);
    bySource = null;
    return this;
  }

  /** Removes the trigger with {@code triggerId}, if there is one. */
  public TriggerRegistry remove(String triggerId) {
    triggers.remove(triggerId);
    bySource = null;
    return this;
  }

  /** Removes every default trigger, keeping the ones registered since. */
  public TriggerRegistry removeDefaults() {
    DEFAULT_IDS.forEach(triggers::remove);
    bySource = null;
    return this;
  }

  /**
   * The triggers an executed event of {@code type} in {@code product} fires, in registration order.
   */
  public List<RegisteredTrigger> triggersFor(Product product, EventType type) {
    Map<Source, List<RegisteredTrigger>> index = bySource;
    if (index == null) {
      Map<Source, List<RegisteredTrigger>> built = new HashMap<>();
      for (RegisteredTrigger t : triggers.values()) {
        built
            .computeIfAbsent(new Source(t.sourceProduct(), t.sourceType()), k -> new ArrayList<>())
            .add(t);
      }
      built.replaceAll((k, v) -> List.copyOf(v));
      index = built;
      bySource = built;
    }
    return index.getOrDefault(new Source(product, type), List.of());
  }

  /** Every trigger, in registration order. */
  public List<RegisteredTrigger> all() {
    return Collections.unmodifiableList(new ArrayList<>(triggers.values()));
  }
}
