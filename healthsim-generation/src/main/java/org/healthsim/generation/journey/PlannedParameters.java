package org.healthsim.generation.journey;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A planner's parameters for one event, read-only: final values, which the engine passes to the
 * handler as they are instead of looking for {@code ${entity.x}} placeholders in them (a planner
 * has the entity at hand and writes its values). Iterates in the order of the map given.
 */
final class PlannedParameters extends AbstractMap<String, Object> {

  /** The planner's map: read directly, one call away from the handler's lookups. */
  private final Map<String, Object> values;

  /** The views a caller could change it through, read-only; made when first asked for. */
  private Map<String, Object> readOnly;

  PlannedParameters(Map<String, Object> values) {
    this.values = values;
  }

  private Map<String, Object> readOnly() {
    if (readOnly == null) {
      readOnly = Collections.unmodifiableMap(values);
    }
    return readOnly;
  }

  @Override
  public int size() {
    return values.size();
  }

  @Override
  public boolean isEmpty() {
    return values.isEmpty();
  }

  @Override
  public boolean containsKey(Object key) {
    return values.containsKey(key);
  }

  @Override
  public boolean containsValue(Object value) {
    return values.containsValue(value);
  }

  @Override
  public Object get(Object key) {
    return values.get(key);
  }

  @Override
  public Object getOrDefault(Object key, Object defaultValue) {
    return values.getOrDefault(key, defaultValue);
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super Object> action) {
    values.forEach(action);
  }

  @Override
  public Set<String> keySet() {
    return readOnly().keySet();
  }

  @Override
  public Collection<Object> values() {
    return readOnly().values();
  }

  @Override
  public Set<Map.Entry<String, Object>> entrySet() {
    return readOnly().entrySet();
  }
}
