package org.healthsim.examples;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.Product;
import org.healthsim.core.spec.WireNames;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.template.JourneyTemplates;
import org.healthsim.generation.trigger.CrossProductCoordinator;
import org.healthsim.generation.trigger.LinkedEntity;

/**
 * The framework guide's Example 4, "Cross-Product Generation", in Java: one patient's
 * diabetic-first-year journey executed to 2025-03-31, with the default triggers adding the
 * professional claims, pharmacy claim, fill and lab results.
 *
 * <pre>
 * java -cp healthsim-examples/target/healthsim.jar org.healthsim.examples.Example4CrossProduct
 * </pre>
 */
public final class Example4CrossProduct {

  private Example4CrossProduct() {}

  /** Runs the guide's code and returns the events executed, per product. */
  public static Map<Product, List<TimelineEvent>> run() {
    // Setup coordinator
    CrossProductCoordinator coordinator = CrossProductCoordinator.createCoordinator();

    // Create linked entity
    LinkedEntity linked =
        coordinator.createLinkedEntity("E001", Map.of("patient_id", "P001", "member_id", "M001"));

    // Create product engines
    JourneyEngine patientEngine = new JourneyEngine(42);
    JourneyEngine memberEngine = new JourneyEngine(42);

    coordinator.registerProductEngine("patientsim", patientEngine);
    coordinator.registerProductEngine("membersim", memberEngine);

    // Get diabetic journey (spans both products)
    JourneySpecification journey = JourneyTemplates.getJourneyTemplate("diabetic-first-year");

    // Create timelines
    Timeline patientTimeline =
        patientEngine.createTimeline(
            Map.of("patient_id", "P001"), "patient", journey, LocalDate.of(2025, 1, 1));
    coordinator.addTimeline(linked, "patientsim", patientTimeline);

    // Execute coordinated events
    return coordinator.executeCoordinated(linked, LocalDate.of(2025, 3, 31));
  }

  /** Prints each product's executed events: date, type, id and what triggered it. */
  public static void main(String[] args) {
    Map<Product, List<TimelineEvent>> executed = run();
    System.out.printf(
        "seed 42: E001 (P001, M001) through diabetic-first-year to 2025-03-31, %d events executed%n",
        executed.values().stream().mapToInt(List::size).sum());
    executed.forEach(
        (product, events) -> {
          System.out.println(WireNames.of(product) + ":");
          for (TimelineEvent e : events) {
            System.out.println(
                "  "
                    + e.scheduledDate()
                    + " "
                    + e.eventType().wireName()
                    + " "
                    + e.status().wireName()
                    + " "
                    + e.timelineEventId()
                    + (e.triggeredBy() == null ? "" : " (triggered by " + e.triggeredBy() + ")"));
          }
        });
  }
}
