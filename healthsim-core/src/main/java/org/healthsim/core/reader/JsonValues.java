package org.healthsim.core.reader;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts JSON values into plain Java values with fixed types: whole numbers become {@link Long},
 * other numbers {@link Double}, objects unmodifiable insertion-ordered maps, arrays unmodifiable
 * lists. The fixed types keep comparisons and output the same whatever parser produced the tree.
 */
final class JsonValues {

  private JsonValues() {}

  static Object toJava(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return node.longValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(element -> list.add(toJava(element)));
      return Collections.unmodifiableList(list);
    }
    if (node.isObject()) {
      return toJavaMap(node);
    }
    return node.asText();
  }

  static Map<String, Object> toJavaMap(JsonNode node) {
    Map<String, Object> map = new LinkedHashMap<>();
    node.properties().forEach(e -> map.put(e.getKey(), toJava(e.getValue())));
    return Collections.unmodifiableMap(map);
  }

  /** True for a string, number or boolean. */
  static boolean isScalar(JsonNode node) {
    return node != null && (node.isTextual() || node.isNumber() || node.isBoolean());
  }
}
