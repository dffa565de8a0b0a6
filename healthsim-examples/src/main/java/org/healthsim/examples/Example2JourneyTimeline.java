package org.healthsim.examples;

import java.time.LocalDate;
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
        Journeys.createSimpleJourney(
            "diabetes-care",
            "Diabetes Care Journey",
            List.of(
                Map.of(
                    "event_id",
                    "dx",
                    "name",
                    "Diagnosis",
                    "event_type",
                    "diagnosis",
                    "delay",
                    Map.of("days", 0)),
                Map.of(
                    "event_id",
                    "lab",
                    "name",
                    "Initial A1C",
                    "event_type",
                    "lab_order",
                    "delay",
                    Map.of("days", 7),
                    "depends_on",
                    "dx"),
                Map.of(
                    "event_id",
                    "med",
                    "name",
                    "Start Metformin",
                    "event_type",
                    "medication_order",
                    "delay",
                    Map.of("days", 3),
                    "depends_on",
                    "dx")));

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
        Journeys.createSimpleJourney(
            "diabetes-care",
            "Diabetes Care Journey",
            List.of(
                Map.of(
                    "event_id",
                    "dx",
                    "name",
                    "Diagnosis",
                    "event_type",
                    "diagnosis",
                    "delay",
                    Map.of("days", 0),
                    "parameters",
                    Map.of("icd10", "E11.9")),
                Map.of(
                    "event_id",
                    "lab",
                    "name",
                    "Initial A1C",
                    "event_type",
                    "lab_order",
                    "delay",
                    Map.of("days", 7),
                    "depends_on",
                    "dx",
                    "parameters",
                    Map.of("loinc", "4548-4")),
                Map.of(
                    "event_id",
                    "med",
                    "name",
                    "Start Metformin",
                    "event_type",
                    "medication_order",
                    "delay",
                    Map.of("days", 3),
                    "depends_on",
                    "dx",
                    "parameters",
                    Map.of("rxnorm", "860975"))));
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
}
