package org.healthsim.core.reader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.healthsim.core.internal.validation.Hints;
import org.healthsim.core.internal.validation.JsonPath;
import org.healthsim.core.spec.WireNames;
import org.healthsim.core.validation.Problems;
import org.healthsim.core.validation.SpecValidationException;

/**
 * Reads the fields of one JSON object at a known path. Every key read is remembered, so that {@link
 * #finish()} can report the keys nobody asked for as unknown, with a hint.
 */
final class Fields {

  private final JsonNode node;
  private final String path;
  private final Problems problems;
  private final Set<String> known = new LinkedHashSet<>();
  private final int problemsAtStart;

  private Fields(JsonNode node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
    this.problemsAtStart = problems.count();
  }

  /** Fields of {@code node}, which must be an object; otherwise a problem and no fields. */
  static Fields of(JsonNode node, String path, Problems problems) {
    if (node == null || !node.isObject()) {
      problems.add(path, describe(node), "must be an object");
      return new Fields(null, path, problems);
    }
    return new Fields(node, path, problems);
  }

  /** True when this really is an object (a problem was reported otherwise). */
  boolean isObject() {
    return node != null;
  }

  String path() {
    return path;
  }

  Problems problems() {
    return problems;
  }

  String path(String key) {
    return JsonPath.key(path, key);
  }

  /** The raw value at {@code key}, or null when absent or JSON null. */
  JsonNode node(String key) {
    known.add(key);
    if (node == null) {
      return null;
    }
    JsonNode value = node.get(key);
    return value == null || value.isNull() ? null : value;
  }

  /**
   * Every field not read so far but {@code except}, as plain Java values (numbers, strings,
   * booleans, lists and maps), in the order written; each then counts as read.
   */
  Map<String, Object> rest(String except) {
    Map<String, Object> rest = new LinkedHashMap<>();
    if (node == null) {
      return rest;
    }
    node.fieldNames()
        .forEachRemaining(
            key -> {
              if (!key.equals(except) && known.add(key)) {
                rest.put(key, PLAIN.convertValue(node.get(key), Object.class));
              }
            });
    return rest;
  }

  private static final ObjectMapper PLAIN = new ObjectMapper();

  boolean has(String key) {
    return node(key) != null;
  }

  String string(String key) {
    JsonNode value = node(key);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      problems.add(path(key), describe(value), "must be a string");
      return null;
    }
    return value.asText();
  }

  /** A string, also accepting a whole number written without quotes (codes such as FIPS). */
  String code(String key) {
    JsonNode value = node(key);
    if (value != null && value.isIntegralNumber()) {
      return value.asText();
    }
    return string(key);
  }

  String requiredString(String key) {
    String value = string(key);
    if (value == null && !present(key)) {
      problems.add(path(key), "is required");
    }
    return value;
  }

  /**
   * The constant of {@code type} written at {@code key} (see {@link WireNames}), or null when
   * absent; an unknown name is a problem listing the known ones.
   */
  <E extends Enum<E>> E choice(String key, Class<E> type, String what) {
    String text = string(key);
    if (text == null) {
      return null;
    }
    E value = WireNames.parse(type, text).orElse(null);
    if (value == null) {
      problems.add(path(key), text, oneOf(what, text, WireNames.all(type)));
    }
    return value;
  }

  /** The rule text for a name that is not one of {@code known}, with a hint when one is close. */
  static String oneOf(String what, String written, List<String> known) {
    String hint = Hints.didYouMean(written, known);
    return "unknown " + what + " (known: " + String.join(", ", known) + ")" + hint;
  }

  Double number(String key) {
    JsonNode value = node(key);
    if (value == null) {
      return null;
    }
    if (!value.isNumber()) {
      problems.add(path(key), describe(value), "must be a number");
      return null;
    }
    return value.doubleValue();
  }

  Double requiredNumber(String key) {
    Double value = number(key);
    if (value == null && !present(key)) {
      problems.add(path(key), "is required");
    }
    return value;
  }

  Integer integer(String key) {
    JsonNode value = node(key);
    if (value == null) {
      return null;
    }
    if (!value.isNumber() || value.doubleValue() != Math.rint(value.doubleValue())) {
      problems.add(path(key), describe(value), "must be a whole number");
      return null;
    }
    if (!value.canConvertToInt()) {
      problems.add(
          path(key),
          describe(value),
          "must be at most " + Integer.MAX_VALUE + " (and at least " + Integer.MIN_VALUE + ")");
      return null;
    }
    return value.intValue();
  }

  Long longValue(String key) {
    JsonNode value = node(key);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      problems.add(path(key), describe(value), "must be a whole number between -2^63 and 2^63-1");
      return null;
    }
    return value.longValue();
  }

  Boolean bool(String key) {
    JsonNode value = node(key);
    if (value == null) {
      return null;
    }
    if (!value.isBoolean()) {
      problems.add(path(key), describe(value), "must be true or false");
      return null;
    }
    return value.booleanValue();
  }

  /** The elements of the array at {@code key}; empty when absent, a problem when not an array. */
  List<JsonNode> array(String key) {
    JsonNode value = node(key);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      problems.add(path(key), describe(value), "must be a list");
      return List.of();
    }
    List<JsonNode> elements = new ArrayList<>();
    value.forEach(elements::add);
    return elements;
  }

  /** The entries of the object at {@code key}, in the order written; empty when absent. */
  List<Map.Entry<String, JsonNode>> entries(String key) {
    JsonNode value = node(key);
    if (value == null) {
      return List.of();
    }
    if (!value.isObject()) {
      problems.add(path(key), describe(value), "must be an object");
      return List.of();
    }
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    entries.addAll(value.properties());
    return entries;
  }

  /** Reports every key of the object that was never read, with the key probably meant. */
  void finish() {
    if (node == null) {
      return;
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        problems.add(path(name), Hints.unknownKey(name, known));
      }
    }
  }

  /** True when nothing went wrong in this object or anything read below it so far. */
  boolean clean() {
    return problems.count() == problemsAtStart;
  }

  /**
   * Builds a record from what was read, if nothing went wrong so far; the record's own problems are
   * placed under this object's path.
   */
  <T> T build(Supplier<T> constructor) {
    if (!clean()) {
      return null;
    }
    try {
      return constructor.get();
    } catch (SpecValidationException e) {
      problems.addAll(path, e);
      return null;
    }
  }

  private boolean present(String key) {
    return node != null && node.has(key) && !node.get(key).isNull();
  }

  static String describe(JsonNode node) {
    if (node == null || node.isNull()) {
      return "null";
    }
    if (node.isTextual()) {
      return node.asText();
    }
    String text = node.toString();
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }
}
