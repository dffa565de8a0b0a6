package org.healthsim.core.reader;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.healthsim.core.expression.Expression;
import org.healthsim.core.internal.validation.JsonPath;
import org.healthsim.core.spec.ConditionOperator;
import org.healthsim.core.spec.DelaySpec;
import org.healthsim.core.spec.EventCalendar;
import org.healthsim.core.spec.EventCondition;
import org.healthsim.core.spec.EventDefinition;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.Product;
import org.healthsim.core.spec.RepeatSpec;
import org.healthsim.core.validation.Problems;

/** Reads journeys and their events. */
final class JourneyReader {

  /** The journey id used when a document has none (the framework guide's snippets have none). */
  static final String DEFAULT_JOURNEY_ID = "journey";

  private JourneyReader() {}

  static JourneySpecification read(JsonNode root, String path, Problems problems) {
    Fields f = Fields.of(root, path, problems);
    String id = f.string("journey_id");
    String name = f.string("name");
    String description = f.string("description");
    String version = f.string("version");
    List<Product> products = ProfileReader.products(f, "products");
    Integer duration = f.integer("duration_days");
    String planner = f.string("planner");
    if (!f.has("events") && planner == null) {
      problems.add(f.path("events"), "is required");
    }
    List<EventDefinition> events = new ArrayList<>();
    List<JsonNode> nodes = f.array("events");
    for (int i = 0; i < nodes.size(); i++) {
      events.add(event(nodes.get(i), JsonPath.index(f.path("events"), i), problems));
    }
    JsonNode parametersNode = f.node("parameters");
    Map<String, Object> parameters = parameters(f, parametersNode, "parameters");
    f.finish();
    return f.build(
        () ->
            new JourneySpecification(
                id == null ? DEFAULT_JOURNEY_ID : id,
                name,
                description,
                version,
                products,
                duration,
                events,
                parameters,
                planner));
  }

  static EventDefinition event(JsonNode node, String path, Problems problems) {
    Fields f = Fields.of(node, path, problems);
    String id = f.requiredString("event_id");
    String name = f.string("name");
    String type = f.string("event_type");
    Product product = f.choice("product", Product.class, "product");
    JsonNode delayNode = f.node("delay");
    DelaySpec delay =
        delayNode == null ? null : delay(Fields.of(delayNode, f.path("delay"), problems));
    String dependsOn = f.string("depends_on");
    List<EventCondition> conditions = new ArrayList<>();
    List<JsonNode> conditionNodes = f.array("conditions");
    for (int i = 0; i < conditionNodes.size(); i++) {
      conditions.add(
          condition(
              Fields.of(conditionNodes.get(i), JsonPath.index(f.path("conditions"), i), problems)));
    }
    Expression when = DistributionReader.expression(f, "when", false);
    Double probability = f.number("probability");
    Map<String, Object> parameters = parameters(f, f.node("parameters"), "parameters");
    JsonNode repeatNode = f.node("repeat");
    RepeatSpec repeat =
        repeatNode == null ? null : repeat(Fields.of(repeatNode, f.path("repeat"), problems));
    EventCalendar calendar = f.choice("calendar", EventCalendar.class, "calendar");
    f.finish();
    return f.build(
        () ->
            new EventDefinition(
                id,
                name,
                type,
                product,
                delay,
                dependsOn,
                conditions,
                when,
                probability == null ? 1.0 : probability,
                parameters,
                repeat,
                calendar));
  }

  private static Map<String, Object> parameters(Fields f, JsonNode node, String key) {
    if (node == null) {
      return Map.of();
    }
    if (!node.isObject()) {
      f.problems().add(f.path(key), Fields.describe(node), "must be an object");
      return Map.of();
    }
    return JsonValues.toJavaMap(node);
  }

  private static DelaySpec delay(Fields f) {
    Integer days = f.integer("days");
    Integer min = f.integer("days_min");
    Integer max = f.integer("days_max");
    DelaySpec.Distribution distribution =
        f.choice("distribution", DelaySpec.Distribution.class, "delay distribution");
    f.finish();
    return f.build(() -> DelaySpec.of(days, min, max, distribution));
  }

  private static EventCondition condition(Fields f) {
    String field = f.requiredString("field");
    ConditionOperator operator = f.choice("operator", ConditionOperator.class, "operator");
    if (operator == null && !f.has("operator")) {
      f.problems().add(f.path("operator"), "is required");
    }
    Object value = JsonValues.toJava(f.node("value"));
    f.finish();
    return f.build(() -> new EventCondition(field, operator, value));
  }

  private static RepeatSpec repeat(Fields f) {
    Integer every = f.integer("every_days");
    Integer count = f.integer("count");
    Integer jitter = f.integer("jitter_days");
    if (every == null && !f.has("every_days")) {
      f.problems().add(f.path("every_days"), "is required");
    }
    if (count == null && !f.has("count")) {
      f.problems().add(f.path("count"), "is required");
    }
    f.finish();
    return f.build(() -> new RepeatSpec(every, count, jitter == null ? 0 : jitter));
  }
}
