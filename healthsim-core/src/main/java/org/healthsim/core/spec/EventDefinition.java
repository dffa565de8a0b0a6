package org.healthsim.core.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.healthsim.core.expression.Expression;
import org.healthsim.core.validation.Problems;

/**
 * One event of a journey:
 *
 * <pre>{@code
 * {"event_id": "lab", "name": "A1C", "event_type": "lab_order", "product": "patientsim",
 *  "depends_on": "dx", "delay": {"days": 7}, "probability": 0.9,
 *  "conditions": [{"field": "entity.age", "operator": "gte", "value": 65}],
 *  "when": "severity == 'uncontrolled'", "parameters": {"loinc": "4548-4"},
 *  "repeat": {"every_days": 90, "count": 4}, "calendar": "business_day"}
 * }</pre>
 *
 * @param eventId identifier, unique in its journey ({@code [A-Za-z0-9_-]+})
 * @param name human-readable name; defaults to the id
 * @param eventType what happens, such as {@code diagnosis} or {@code claim_professional}, or {@code
 *     null} for a plain milestone
 * @param product the product it belongs to, or {@code null} to let the engine choose
 * @param delay when, relative to {@code depends_on} or the journey start
 * @param dependsOn the event this one follows, or {@code null}
 * @param conditions all must hold for the event to happen
 * @param when an expression that must hold too, or {@code null}
 * @param probability the chance the event happens when its conditions hold
 * @param parameters handler parameters, in the order written; strings may use {@code ${entity.x}}
 * @param repeat recurrence, or {@code null} for a single occurrence
 * @param calendar the days it may fall on, or {@code null} for its type's default ({@link
 *     EventCalendar})
 */
public record EventDefinition(
    String eventId,
    String name,
    String eventType,
    Product product,
    DelaySpec delay,
    String dependsOn,
    List<EventCondition> conditions,
    Expression when,
    double probability,
    Map<String, Object> parameters,
    RepeatSpec repeat,
    EventCalendar calendar)
    implements java.io.Serializable {

  private static final Pattern EVENT_TYPE = Pattern.compile("[a-z][a-z0-9_]*");

  public EventDefinition {
    Problems problems = new Problems();
    if (eventId == null || !ProfileSpecification.ID.matcher(eventId).matches()) {
      problems.add("event_id", eventId, "is required: letters, digits, '-' and '_'");
    }
    if (eventType != null && !EVENT_TYPE.matcher(eventType).matches()) {
      problems.add("event_type", eventType, "must be snake_case, such as lab_order");
    }
    Checks.probability(problems, "probability", probability);
    problems.throwIfAny();
    name = name == null ? eventId : name;
    delay = delay == null ? DelaySpec.NONE : delay;
    conditions = List.copyOf(conditions);
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** An event whose days follow its type's default calendar. */
  public EventDefinition(
      String eventId,
      String name,
      String eventType,
      Product product,
      DelaySpec delay,
      String dependsOn,
      List<EventCondition> conditions,
      Expression when,
      double probability,
      Map<String, Object> parameters,
      RepeatSpec repeat) {
    this(
        eventId,
        name,
        eventType,
        product,
        delay,
        dependsOn,
        conditions,
        when,
        probability,
        parameters,
        repeat,
        null);
  }
}
