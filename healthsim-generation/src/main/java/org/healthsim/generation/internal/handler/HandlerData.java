package org.healthsim.generation.internal.handler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthsim.generation.internal.providers.CsvLine;

/**
 * The domain data the handlers write, read from the resource files beside this class, each with its
 * source: discharge dispositions, HEDIS measures, adverse events, screen failures, care plans.
 */
final class HandlerData {

  /** A UB-04 patient discharge status. */
  record Disposition(String code, String description) {}

  /** A MedDRA preferred term. */
  record AdverseEvent(String term, String meddraPt) {}

  /** A care plan's goal and activities for the entities with a condition under a prefix. */
  record CarePlan(String icd10Prefix, String goal, List<String> activities) {}

  /** Discharge status by the {@code disposition} parameter's value, in file order. */
  static final Map<String, Disposition> DISPOSITIONS = dispositions();

  /** HEDIS measure names by abbreviation, in file order. */
  static final Map<String, String> MEASURES = measures();

  /** Adverse events that are not serious, in file order. */
  static final List<AdverseEvent> ADVERSE_EVENTS = adverseEvents(false);

  /** Serious adverse events, in file order. */
  static final List<AdverseEvent> SERIOUS_ADVERSE_EVENTS = adverseEvents(true);

  /** Reasons a screening fails, in file order. */
  static final List<String> SCREEN_FAILURES = screenFailures();

  /** Care plans, the first matching prefix first; the last has an empty prefix. */
  static final List<CarePlan> CARE_PLANS = carePlans();

  private HandlerData() {}

  private static Map<String, Disposition> dispositions() {
    Map<String, Disposition> map = new LinkedHashMap<>();
    for (List<String> row :
        CsvLine.rows(
            HandlerData.class, "discharge-dispositions.csv", "disposition,code,description")) {
      map.put(row.get(0), new Disposition(row.get(1), row.get(2)));
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  private static Map<String, String> measures() {
    Map<String, String> map = new LinkedHashMap<>();
    for (List<String> row : CsvLine.rows(HandlerData.class, "hedis-measures.csv", "measure,name")) {
      map.put(row.get(0), row.get(1));
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  private static List<AdverseEvent> adverseEvents(boolean serious) {
    List<AdverseEvent> list = new ArrayList<>();
    for (List<String> row :
        CsvLine.rows(HandlerData.class, "adverse-events.csv", "serious,term,meddra_pt")) {
      if (row.get(0).equals(serious ? "yes" : "no")) {
        list.add(new AdverseEvent(row.get(1), row.get(2)));
      }
    }
    return List.copyOf(list);
  }

  private static List<String> screenFailures() {
    List<String> list = new ArrayList<>();
    for (List<String> row : CsvLine.rows(HandlerData.class, "screen-failures.csv", "reason")) {
      list.add(row.get(0));
    }
    return List.copyOf(list);
  }

  private static List<CarePlan> carePlans() {
    List<CarePlan> list = new ArrayList<>();
    for (List<String> row :
        CsvLine.rows(HandlerData.class, "care-plans.csv", "icd10_prefix,goal,activities")) {
      list.add(new CarePlan(row.get(0), row.get(1), List.of(row.get(2).split("\\|"))));
    }
    return List.copyOf(list);
  }
}
