package org.healthsim.generation.journey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthsim.core.internal.validation.Hints;
import org.healthsim.core.internal.validation.JsonPath;
import org.healthsim.core.seed.Seeds;
import org.healthsim.core.spec.EventDefinition;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.Product;
import org.healthsim.core.spec.WireNames;
import org.healthsim.core.validation.Problems;

/**
 * A journey ready to schedule: events in dependency order, each with its event type and product
 * resolved. Built once per journey.
 */
final class CompiledJourney {

  /**
   * One event with what the engine needs resolved.
   *
   * @param occurrenceKeys {@code hash(journey + "/" + event + "/" + k)} for each occurrence k, the
   *     key of {@link org.healthsim.core.seed.SeedHierarchy#eventSeed}, hashed once
   * @param businessDays whether its dates move to the next business day
   */
  record Step(
      EventDefinition definition,
      EventType type,
      Product product,
      int dependsOn,
      long[] occurrenceKeys,
      boolean businessDays) {}

  final JourneySpecification spec;
  final List<Step> steps;

  /** The planner composing the events, or {@code null} for a journey of written events. */
  final JourneyPlanner planner;

  /** Event id to the definitions that depend on it, in step order. */
  final Map<String, List<EventDefinition>> dependents;

  /** What the planner's events of each id share, for every entity (see {@link PlanRequest}). */
  final PlannedEventKeys plannedEventKeys;

  private CompiledJourney(JourneySpecification spec, List<Step> steps, JourneyPlanner planner) {
    this.spec = spec;
    this.planner = planner;
    this.steps = List.copyOf(steps);
    this.plannedEventKeys = new PlannedEventKeys(spec.journeyId());
    Map<String, List<EventDefinition>> byParent = new HashMap<>();
    for (Step step : this.steps) {
      String parent = step.definition().dependsOn();
      if (parent != null) {
        byParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(step.definition());
      }
    }
    byParent.replaceAll((k, v) -> List.copyOf(v));
    this.dependents = Map.copyOf(byParent);
  }

  /**
   * Compiles {@code journey}.
   *
   * @throws org.healthsim.core.validation.SpecValidationException for an unknown event type or an
   *     event placed in a product its type does not belong to
   */
  static CompiledJourney of(
      JourneySpecification journey, Map<String, JourneyPlanner> planners, JourneyEngine engine) {
    Problems problems = new Problems();
    JourneyPlanner planner = null;
    if (journey.planner() != null) {
      planner = planners.get(journey.planner());
      if (planner == null) {
        String hint = Hints.didYouMean(journey.planner(), planners.keySet());
        problems.add(
            "planner",
            journey.planner(),
            "unknown planner (known: " + String.join(", ", planners.keySet()) + ")" + hint);
      } else {
        planner.check(journey, problems);
      }
    }
    List<EventDefinition> events = journey.events();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      index.put(events.get(i).eventId(), i);
    }
    // Depth-first from each event to its depends_on chain gives a topological order that keeps
    // the written order among independent events; the journey record already rejected cycles.
    List<Integer> order = new ArrayList<>();
    boolean[] placed = new boolean[events.size()];
    for (int i = 0; i < events.size(); i++) {
      place(i, events, index, placed, order);
    }
    Product fallback = journey.products().isEmpty() ? null : journey.products().get(0);
    Map<Integer, Integer> position = new HashMap<>();
    List<Step> steps = new ArrayList<>();
    for (int i : order) {
      EventDefinition e = events.get(i);
      String path = JsonPath.index("events", i);
      EventType type = type(e, path, problems, engine);
      Product product = e.product();
      if (type != null && type.product().isPresent()) {
        Product own = type.product().get();
        if (product != null && product != own) {
          problems.add(
              JsonPath.key(path, "product"),
              WireNames.of(product),
              article(type.wireName())
                  + " "
                  + type.wireName()
                  + " event belongs to "
                  + WireNames.of(own));
        }
        product = own;
      } else if (product == null) {
        product = fallback;
      }
      Integer parent = e.dependsOn() == null ? null : position.get(index.get(e.dependsOn()));
      position.put(i, steps.size());
      int count = e.repeat() == null ? 1 : e.repeat().count();
      long[] keys = new long[count];
      for (int k = 0; k < count; k++) {
        keys[k] = Seeds.hash(journey.journeyId() + "/" + e.eventId() + "/" + k);
      }
      steps.add(
          new Step(
              e,
              type,
              product,
              parent == null ? -1 : parent,
              keys,
              type != null && EventCalendars.onBusinessDays(e, type)));
    }
    problems.throwIfAny("journey " + journey.journeyId());
    return new CompiledJourney(journey, steps, planner);
  }

  private static void place(
      int i,
      List<EventDefinition> events,
      Map<String, Integer> index,
      boolean[] placed,
      List<Integer> order) {
    // Up the depends_on chain to the first event placed (or a root), then place downwards: a loop,
    // so a chain of any length needs no stack.
    List<Integer> chain = new ArrayList<>();
    for (Integer e = i; e != null && !placed[e]; ) {
      placed[e] = true;
      chain.add(e);
      String parent = events.get(e).dependsOn();
      e = parent == null ? null : index.get(parent);
    }
    for (int c = chain.size() - 1; c >= 0; c--) {
      order.add(chain.get(c));
    }
  }

  private static EventType type(
      EventDefinition e, String path, Problems problems, JourneyEngine engine) {
    if (e.eventType() == null) {
      return BaseEventType.MILESTONE;
    }
    return engine
        .eventType(e.eventType())
        .orElseGet(
            () -> {
              String hint = Hints.didYouMean(e.eventType(), engine.eventTypeNames());
              problems.add(
                  JsonPath.key(path, "event_type"),
                  e.eventType(),
                  "unknown event type (see docs/journeys.md for the list)" + hint);
              return null;
            });
  }

  /** "an" before a vowel ("an admission event"), else "a". */
  private static String article(String word) {
    return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }
}
