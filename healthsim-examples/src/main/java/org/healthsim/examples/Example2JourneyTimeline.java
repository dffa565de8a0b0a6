package org.healthsim.examples;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.journey.Journeys;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;

/**
 * The framework guide's Example 2, "Journey with Timeline", in Java: a three-event diabetes journey
 * scheduled for one patient as the guide writes it, then the same journey with its codes executed,
 * printing the records each event produced.
 *
 * <pre>
 * java -cp healthsim-examples/target/healthsim.jar org.healthsim.examples.Example2JourneyTimeline
 * </pre>
 */
public final class Example2JourneyTimeline {

  private Example2JourneyTimeline() {}

  /** Prints the scheduled events, then what executing them produced. */
  public static void main(String[] args) {
    // Create journey
    JourneySpecification journey =
        Journeys.createSimpleJourney("diabetes-care", "Diabetes Care Journey", events(false));

    // Create engine and timeline
    JourneyEngine engine = new JourneyEngine(42);
    Map<String, Object> patient = Map.of("patient_id", "P001", "name", "John Doe");
    Timeline timeline =
        engine.createTimeline(patient, "patient", journey, LocalDate.of(2025, 1, 1));

    // View scheduled events
    System.out.println("seed 42");
    for (TimelineEvent event : timeline.events()) {
      System.out.println(
          event.scheduledDate()
              + ": "
              + event.eventName()
              + " ("
              + event.eventType().wireName()
              + ")");
    }

    // Executing needs to know what to record: the same journey with the codes as parameters
    // (without them each handler fails its event and says which parameter it needs).
    JourneySpecification coded =
        Journeys.createSimpleJourney("diabetes-care", "Diabetes Care Journey", events(true));
    Timeline executed = engine.createTimeline(patient, "patient", coded, LocalDate.of(2025, 1, 1));
    engine.executeTimeline(executed, patient, LocalDate.of(2025, 1, 31));
    System.out.println("executed, with codes:");
    for (TimelineEvent event : executed.events()) {
      System.out.println(
          "  "
              + event.scheduledDate()
              + " "
              + event.eventId()
              + " "
              + event.status().wireName()
              + ": "
              + event.outputs());
    }
  }

  /** The guide's three events; with {@code codes}, each with the code its handler records. */
  static List<Map<String, Object>> events(boolean codes) {
    List<Map<String, Object>> events =
        List.of(
            event("dx", "Diagnosis", "diagnosis", 0, null, "icd10", "E11.9", codes),
            event("lab", "Initial A1C", "lab_order", 7, "dx", "loinc", "4548-4", codes),
            event(
                "med", "Start Metformin", "medication_order", 3, "dx", "rxnorm", "860975", codes));
    return events;
  }

  private static Map<String, Object> event(
      String id,
      String name,
      String type,
      int days,
      String dependsOn,
      String codeName,
      String code,
      boolean withCode) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("event_id", id);
    e.put("name", name);
    e.put("event_type", type);
    e.put("delay", Map.of("days", days));
    if (dependsOn != null) {
      e.put("depends_on", dependsOn);
    }
    if (withCode) {
      e.put("parameters", Map.of(codeName, code));
    }
    return e;
  }
}
