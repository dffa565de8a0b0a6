package org.healthsim.generation.journey;

import java.util.Set;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.validation.Problems;

/**
 * Composes a journey's events for each entity from what the entity is, instead of a fixed list: a
 * journey naming {@code "planner": "year-of-care"} has its events planned per entity by the planner
 * registered under that name. Planned events are ordinary timeline events: the engine executes them
 * with the registered handlers, triggers fire on them and the life rules apply. Their parameters
 * are final values: unlike a written event's, they are not searched for {@code ${entity.x}}
 * placeholders.
 *
 * <p>A planner must be a pure function of the request: the entity (and its seed), the journey, and
 * the window. Planners are registered on an engine with {@link JourneyEngine#registerPlanner} (the
 * built-in {@link HandlerSet} registers {@code year-of-care}) and must be safe to share between
 * threads.
 */
public interface JourneyPlanner {

  /** The name journeys give in {@code planner}. */
  String name();

  /**
   * Checks the journey's options (its {@code parameters}), adding each problem with its JSON path.
   */
  default void check(JourneySpecification journey, Problems problems) {}

  /** Plans the entity's events for the request's window. */
  void plan(PlanRequest request);

  /**
   * The event types the planner itself schedules after an event with id {@code eventId} (a lab
   * order's result, an order's fills), so that triggers do not schedule them a second time.
   */
  Set<String> followUpTypes(String eventId);
}
