package org.healthsim.generation.journey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthsim.core.expression.EvaluationContext;

/**
 * Resolves {@code ${entity.x}} in event parameters against the entity. A string that is exactly one
 * placeholder becomes the attribute's value with its type ({@code "${entity.age}"} becomes 72); a
 * placeholder inside text is replaced by the value's text. Maps and lists are resolved throughout.
 * A placeholder whose attribute has no value is an error that names the parameter. A planner's
 * parameters ({@link PlannedParameters}) are final values and are passed as they are.
 */
final class ParameterResolver {

  /** A {@code ${entity.x}} placeholder; group 1 is the attribute. */
  static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_.]*)}");

  private ParameterResolver() {}

  static Map<String, Object> resolve(Map<String, Object> parameters, EvaluationContext entity) {
    if (parameters instanceof PlannedParameters
        || parameters.isEmpty()
        || !hasPlaceholder(parameters.values())) {
      return parameters;
    }
    Map<String, Object> resolved = new LinkedHashMap<>();
    parameters.forEach((k, v) -> resolved.put(k, value(k, v, entity)));
    return Collections.unmodifiableMap(resolved);
  }

  private static boolean hasPlaceholder(java.util.Collection<?> values) {
    for (Object v : values) {
      if (v instanceof String
          ? ((String) v).contains("${")
          : v instanceof Map
              ? hasPlaceholder(((Map<?, ?>) v).values())
              : v instanceof List && hasPlaceholder((List<?>) v)) {
        return true;
      }
    }
    return false;
  }

  private static Object value(String name, Object value, EvaluationContext entity) {
    if (value instanceof String) {
      return text(name, (String) value, entity);
    }
    if (value instanceof Map) {
      Map<String, Object> nested = new LinkedHashMap<>();
      ((Map<?, ?>) value)
          .forEach((k, v) -> nested.put(k.toString(), value(name + "." + k, v, entity)));
      return Collections.unmodifiableMap(nested);
    }
    if (value instanceof List) {
      List<Object> list = new ArrayList<>();
      List<?> items = (List<?>) value;
      for (int i = 0; i < items.size(); i++) {
        list.add(value(name + "[" + i + "]", items.get(i), entity));
      }
      return Collections.unmodifiableList(list);
    }
    return value;
  }

  private static Object text(String name, String text, EvaluationContext entity) {
    if (text.indexOf("${") < 0) {
      return text;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    if (m.matches()) {
      return lookup(name, m.group(1), entity);
    }
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(String.valueOf(lookup(name, m.group(1), entity))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Object lookup(String name, String path, EvaluationContext entity) {
    Object value = entity.value(Arrays.asList(path.split("\\.")));
    if (value == null) {
      throw new IllegalArgumentException(
          "parameter " + name + ": ${" + path + "} has no value for this entity");
    }
    return value;
  }
}
