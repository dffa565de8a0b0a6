package org.healthsim.generation.journey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in event types, by the name journeys write them with. An engine knows these and any
 * registered on it ({@link JourneyEngine#registerEventType}).
 */
public final class EventTypes {

  private static final Map<String, EventType> BY_NAME = index();

  private EventTypes() {}

  private static Map<String, EventType> index() {
    Map<String, EventType> all = new LinkedHashMap<>();
    List<EventType> types = new ArrayList<>();
    Collections.addAll(types, BaseEventType.values());
    Collections.addAll(types, PatientEventType.values());
    Collections.addAll(types, MemberEventType.values());
    Collections.addAll(types, RxEventType.values());
    Collections.addAll(types, TrialEventType.values());
    for (EventType t : types) {
      if (all.put(t.wireName(), t) != null) {
        throw new IllegalStateException("two event types are called " + t.wireName());
      }
    }
    return Collections.unmodifiableMap(all);
  }

  /** The event type written as {@code name}, if there is one. */
  public static Optional<EventType> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** The built-in event types by the name journeys write them with. */
  static Map<String, EventType> byWireName() {
    return BY_NAME;
  }

  /** Every event type, base types first, then each product's in the framework guide's order. */
  public static List<EventType> all() {
    return List.copyOf(BY_NAME.values());
  }

  /** Every event type name. */
  public static List<String> names() {
    return List.copyOf(BY_NAME.keySet());
  }
}
