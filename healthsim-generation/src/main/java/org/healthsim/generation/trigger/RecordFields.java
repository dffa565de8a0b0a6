package org.healthsim.generation.trigger;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.healthsim.generation.journey.EventRecord;

/**
 * Reads a record's field by its snake_case output name ({@code order_id} is {@code orderId()}), for
 * trigger conditions and parameter maps. The accessors of each record class are looked up once.
 */
final class RecordFields {

  private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

  private RecordFields() {}

  /**
   * The value of field {@code snakeName} of {@code r}, or {@code null} when it has no such field.
   */
  static Object get(EventRecord r, String snakeName) {
    Method accessor = ACCESSORS.computeIfAbsent(r.getClass(), RecordFields::index).get(snakeName);
    if (accessor == null) {
      return null;
    }
    try {
      return accessor.invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + snakeName + " of " + r.recordType(), e);
    }
  }

  private static Map<String, Method> index(Class<?> type) {
    Map<String, Method> map = new HashMap<>();
    RecordComponent[] components = type.getRecordComponents();
    if (components != null) {
      for (RecordComponent c : components) {
        map.put(snake(c.getName()), c.getAccessor());
      }
    }
    return Map.copyOf(map);
  }

  static String snake(String camel) {
    StringBuilder out = new StringBuilder();
    for (char ch : camel.toCharArray()) {
      if (Character.isUpperCase(ch)) {
        out.append('_').append(Character.toLowerCase(ch));
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }
}
