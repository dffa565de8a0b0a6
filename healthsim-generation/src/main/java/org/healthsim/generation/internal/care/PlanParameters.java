package org.healthsim.generation.internal.care;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A planned event's few parameters, in the order put, in one array: cheaper to make than a {@code
 * LinkedHashMap} for the two to six entries of each of a year's hundred events, and as quick to
 * read (a look-up compares the keys in turn). Values may be {@code null}. Read-only once handed to
 * the request; {@link #with} is for the plan that builds it.
 */
final class PlanParameters extends AbstractMap<String, Object> {

  private Object[] keysAndValues = new Object[12];
  private int size;

  /** Puts {@code key} (not already there) with {@code value}, and returns this map. */
  PlanParameters with(String key, Object value) {
    if (2 * size == keysAndValues.length) {
      keysAndValues = Arrays.copyOf(keysAndValues, 4 * size);
    }
    keysAndValues[2 * size] = key;
    keysAndValues[2 * size + 1] = value;
    size++;
    return this;
  }

  private int find(Object key) {
    for (int i = 0; i < size; i++) {
      if (keysAndValues[2 * i] == key) {
        return i;
      }
    }
    for (int i = 0; i < size; i++) {
      if (keysAndValues[2 * i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(Object key) {
    return find(key) >= 0;
  }

  @Override
  public Object get(Object key) {
    int i = find(key);
    return i < 0 ? null : keysAndValues[2 * i + 1];
  }

  @Override
  public Set<Map.Entry<String, Object>> entrySet() {
    List<Map.Entry<String, Object>> inOrder =
        new AbstractList<>() {
          @Override
          public Map.Entry<String, Object> get(int i) {
            return new SimpleImmutableEntry<>(
                (String) keysAndValues[2 * i], keysAndValues[2 * i + 1]);
          }

          @Override
          public int size() {
            return size;
          }
        };
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, Object>> iterator() {
        return inOrder.iterator();
      }

      @Override
      public int size() {
        return size;
      }
    };
  }
}
