package org.healthsim.examples;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.healthsim.core.spec.DelaySpec;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.Product;
import org.healthsim.core.spec.WireNames;
import org.healthsim.generation.journey.EventType;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.journey.MemberEventType;
import org.healthsim.generation.journey.PatientEventType;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.template.JourneyTemplates;
import org.healthsim.generation.trigger.CrossProductCoordinator;
import org.healthsim.generation.trigger.LinkedEntity;
import org.healthsim.generation.trigger.RegisteredTrigger;
import org.healthsim.generation.trigger.TriggerPriority;

/**
 * The framework guide's Example 4, "Cross-Product Generation", in Java: one patient's
 * diabetic-first-year journey executed to 2025-03-31, with the default triggers adding the fill and
 * lab results, and the guide's two claim triggers (a diagnosis brings a professional claim, an
 * order a pharmacy claim) registered as the guide's table writes them. A cohort run does not use
 * them: it bills every service once instead (docs/claims.md).
 *
 * <pre>
 * java -cp healthsim-examples/target/healthsim.jar org.healthsim.examples.Example4CrossProduct
 * </pre>
 */
public final class Example4CrossProduct {

  private Example4CrossProduct() {}

  /** Runs the guide's code and returns the events executed, per product. */
  public static Map<Product, List<TimelineEvent>> run() {
    // Setup coordinator, with the guide's claim triggers beside the defaults
    CrossProductCoordinator coordinator = CrossProductCoordinator.createCoordinator();
    coordinator
        .registry()
        .register(
            guideTrigger(
                "dx-claim",
                PatientEventType.DIAGNOSIS,
                MemberEventType.CLAIM_PROFESSIONAL,
                1,
                7,
                Map.of("icd10", "icd10", "service_date", "date"),
                "Professional claim for the diagnosis"))
        .register(
            guideTrigger(
                "med-claim",
                PatientEventType.MEDICATION_ORDER,
                MemberEventType.CLAIM_PHARMACY,
                0,
                3,
                Map.of("rxnorm", "rxnorm", "quantity", "quantity", "days_supply", "days_supply"),
                "Pharmacy claim for the order"));

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

  private static RegisteredTrigger guideTrigger(
      String id,
      EventType source,
      EventType target,
      int daysMin,
      int daysMax,
      Map<String, String> parameterMap,
      String name) {
    return new RegisteredTrigger(
        id,
        Product.PATIENTSIM,
        source,
        Product.MEMBERSIM,
        target,
        DelaySpec.uniform(daysMin, daysMax),
        TriggerPriority.NORMAL,
        null,
        parameterMap,
        Map.of(),
        name);
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
