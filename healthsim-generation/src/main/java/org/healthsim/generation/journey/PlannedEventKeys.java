package org.healthsim.generation.journey;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.healthsim.core.seed.Seeds;

/**
 * What every planned occurrence of an event id in one journey shares, whoever the entity: the
 * event's seed hash {@code hash(journey + "/" + eventId)} and the middle of its timeline ids,
 * {@code :journey:eventId:}. Made once per id for the whole run, as a planner's ids recur from
 * entity to entity; thread-safe.
 */
final class PlannedEventKeys {

  /** An event id's hash and timeline-id middle. */
  record Key(long hash, String idMiddle) {}

  /**
   * How many ids are remembered: a planner whose ids are all different (one per date, say) is
   * served without filling the map.
   */
  private static final int LIMIT = 4096;

  private final String journeyId;
  private final Map<String, Key> byEventId = new ConcurrentHashMap<>();

  PlannedEventKeys(String journeyId) {
    this.journeyId = journeyId;
  }

  Key of(String eventId) {
    Key key = byEventId.get(eventId);
    if (key == null) {
      key = new Key(Seeds.hash(journeyId + "/" + eventId), ":" + journeyId + ":" + eventId + ":");
      if (byEventId.size() < LIMIT) {
        byEventId.putIfAbsent(eventId, key);
      }
    }
    return key;
  }
}
