package org.healthsim.core.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthsim.core.internal.validation.JsonPath;
import org.healthsim.core.validation.Problems;

/**
 * A journey: what happens to an entity over time.
 *
 * <pre>{@code
 * {"journey_id": "diabetic-first-year", "name": "First year of diabetic care",
 *  "products": ["patientsim", "membersim"], "duration_days": 365,
 *  "events": [{"event_id": "dx", "event_type": "diagnosis", ...}, ...]}
 * }</pre>
 *
 * Events form a graph through {@code depends_on}; forward references are allowed, but an unknown id
 * or a cycle is an error.
 *
 * @param journeyId identifier ({@code [A-Za-z0-9_-]+})
 * @param name human-readable name; defaults to the id
 * @param description free text, or {@code null}
 * @param version free text; default {@code 1.0}
 * @param products the products the journey touches
 * @param durationDays events after this many days from the start are not scheduled; {@code null}
 *     for no limit
 * @param events at least one event, ids unique; may be empty when a planner composes the events
 * @param parameters journey-level parameters, in the order written (a planner reads its options
 *     here)
 * @param planner the name of a planner that composes each entity's events (such as {@code
 *     year-of-care}), or {@code null} for a journey of the events written
 */
public record JourneySpecification(
    String journeyId,
    String name,
    String description,
    String version,
    List<Product> products,
    Integer durationDays,
    List<EventDefinition> events,
    Map<String, Object> parameters,
    String planner)
    implements java.io.Serializable {

  /** The most events a journey may list; a repeat counts once. */
  public static final int MAX_EVENTS = 10_000;

  public JourneySpecification {
    Problems problems = new Problems();
    if (journeyId == null || !ProfileSpecification.ID.matcher(journeyId).matches()) {
      problems.add("journey_id", journeyId, "is required: letters, digits, '-' and '_'");
    }
    if (durationDays != null && durationDays < 1) {
      problems.add("duration_days", durationDays, "must be at least 1");
    }
    if (durationDays != null && durationDays > DateLimits.MAX_SPAN_DAYS) {
      problems.add(
          "duration_days",
          durationDays,
          "is beyond the limit of " + DateLimits.MAX_SPAN_DAYS + " days (100 years)");
    }
    if (planner != null && !ProfileSpecification.ID.matcher(planner).matches()) {
      problems.add("planner", planner, "is a planner name: letters, digits, '-' and '_'");
    }
    if (planner != null && !events.isEmpty()) {
      problems.add("events", "a journey with a planner has no events of its own");
    }
    if (events.isEmpty() && planner == null) {
      problems.add("events", "must have at least one event (or name a planner)");
    }
    if (events.size() > MAX_EVENTS) {
      problems.add(
          "events",
          events.size() + " events",
          "is beyond the limit of " + MAX_EVENTS + " events a journey may have");
    }
    Map<String, Integer> index = checkGraph(problems, events);
    if (problems.isEmpty()) {
      checkSpan(problems, events, index);
    }
    problems.throwIfAny();
    name = name == null ? journeyId : name;
    version = version == null ? "1.0" : version;
    products = List.copyOf(products);
    events = List.copyOf(events);
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** A journey of the events written, without a planner. */
  public JourneySpecification(
      String journeyId,
      String name,
      String description,
      String version,
      List<Product> products,
      Integer durationDays,
      List<EventDefinition> events,
      Map<String, Object> parameters) {
    this(journeyId, name, description, version, products, durationDays, events, parameters, null);
  }

  /** The event with {@code eventId}. */
  public java.util.Optional<EventDefinition> event(String eventId) {
    return events.stream().filter(e -> e.eventId().equals(eventId)).findFirst();
  }

  /** Checks ids, parents and cycles; returns each id's first event index. */
  private static Map<String, Integer> checkGraph(Problems problems, List<EventDefinition> events) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      String id = events.get(i).eventId();
      Integer previous = index.putIfAbsent(id, i);
      if (previous != null) {
        problems.add(
            JsonPath.key(JsonPath.index("events", i), "event_id"),
            id,
            "duplicate event id (first used at events[" + previous + "])");
      }
    }
    for (int i = 0; i < events.size(); i++) {
      String parent = events.get(i).dependsOn();
      if (parent != null && !index.containsKey(parent)) {
        problems.add(
            JsonPath.key(JsonPath.index("events", i), "depends_on"),
            parent,
            "no event has this id");
      }
    }
    // Each event has at most one parent, so the events form chains and cycles: one walk from each
    // event not yet seen, marking what it passes, finds every cycle in time linear in the events.
    int[] state = new int[events.size()]; // 0 not seen, 1 on this walk, 2 done
    for (int i = 0; i < events.size(); i++) {
      List<Integer> walk = new ArrayList<>();
      Integer current = i;
      while (current != null && state[current] == 0) {
        state[current] = 1;
        walk.add(current);
        String parent = events.get(current).dependsOn();
        current = parent == null ? null : index.get(parent);
      }
      if (current != null && state[current] == 1) {
        List<Integer> cycle = walk.subList(walk.indexOf(current), walk.size());
        for (int c = 0; c < cycle.size(); c++) {
          int e = cycle.get(c);
          problems.add(
              JsonPath.key(JsonPath.index("events", e), "depends_on"),
              events.get(e).dependsOn(),
              "depends_on forms a cycle: " + cycleFrom(events, cycle, c));
        }
      }
      walk.forEach(w -> state[w] = 2);
    }
    return index;
  }

  /** The cycle's ids from its {@code start}-th event back to it; a long one is shortened. */
  private static String cycleFrom(List<EventDefinition> events, List<Integer> cycle, int start) {
    int shown = Math.min(cycle.size(), 10);
    List<String> ids = new ArrayList<>();
    for (int k = 0; k < shown; k++) {
      ids.add(events.get(cycle.get((start + k) % cycle.size())).eventId());
    }
    if (shown < cycle.size()) {
      ids.add("... (" + cycle.size() + " events)");
    }
    ids.add(events.get(cycle.get(start)).eventId());
    return String.join(" -> ", ids);
  }

  /**
   * Refuses an event whose latest possible date (its longest delays along {@code depends_on}, then
   * its repeats with their jitter) lies beyond {@link DateLimits#MAX_SPAN_DAYS} from the start.
   * Runs on an acyclic graph with every parent present; {@code index} gives each id's event.
   */
  private static void checkSpan(
      Problems problems, List<EventDefinition> events, Map<String, Integer> index) {
    long[] first = new long[events.size()];
    boolean[] known = new boolean[events.size()];
    for (int i = 0; i < events.size(); i++) {
      // Walk up to the first event whose offset is known (or a root), then fill in downwards;
      // iterative, so a chain of any length is fine.
      List<Integer> chain = new ArrayList<>();
      for (Integer e = i; e != null && !known[e]; ) {
        chain.add(e);
        String parent = events.get(e).dependsOn();
        e = parent == null ? null : index.get(parent);
      }
      for (int c = chain.size() - 1; c >= 0; c--) {
        int e = chain.get(c);
        String parent = events.get(e).dependsOn();
        long base = parent == null ? 0 : first[index.get(parent)];
        first[e] = Math.min(Long.MAX_VALUE / 4, base + events.get(e).delay().daysMax());
        known[e] = true;
      }
      RepeatSpec repeat = events.get(i).repeat();
      long last =
          repeat == null
              ? first[i]
              : first[i] + (repeat.count() - 1L) * (repeat.everyDays() + repeat.jitterDays());
      if (last > DateLimits.MAX_SPAN_DAYS) {
        problems.add(
            JsonPath.index("events", i),
            "can fall "
                + last
                + " days after the journey start, beyond the limit of "
                + DateLimits.MAX_SPAN_DAYS
                + " days (100 years)");
      }
    }
  }
}
