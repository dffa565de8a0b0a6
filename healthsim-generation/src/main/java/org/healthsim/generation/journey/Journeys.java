package org.healthsim.generation.journey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.JourneySpecification;

/** Building journeys in code. */
public final class Journeys {

  private Journeys() {}

  /**
   * The framework guide's {@code create_simple_journey(journey_id, name, events)}: a journey from
   * event definitions written as maps, read with the same strict rules as a journey file. The
   * caller's maps are not changed.
   *
   * <pre>{@code
   * JourneySpecification journey = Journeys.createSimpleJourney("diabetes-care", "Diabetes Care Journey",
   *     List.of(
   *         Map.of("event_id", "dx", "name", "Diagnosis", "event_type", "diagnosis", "delay", Map.of("days", 0)),
   *         Map.of("event_id", "lab", "name", "Initial A1C", "event_type", "lab_order",
   *                "delay", Map.of("days", 7), "depends_on", "dx")));
   * }</pre>
   *
   * @throws org.healthsim.core.validation.SpecValidationException listing every problem, with paths
   *     such as {@code events[1].delay.days}
   */
  public static JourneySpecification createSimpleJourney(
      String journeyId, String name, List<? extends Map<String, ?>> events) {
    return createSimpleJourney(journeyId, name, events, List.of());
  }

  /** As {@link #createSimpleJourney(String, String, List)}, naming the journey's products. */
  public static JourneySpecification createSimpleJourney(
      String journeyId, String name, List<? extends Map<String, ?>> events, List<String> products) {
    Map<String, Object> journey = new LinkedHashMap<>();
    journey.put("journey_id", journeyId);
    journey.put("name", name);
    journey.put("products", products);
    journey.put("events", events);
    return SpecReader.journeyFromMap(journey);
  }
}
