package org.healthsim.generation.profile;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An entity's lab values: an immutable map over the cohort's shared, ordered lab names and this
 * entity's values. A map per entity would cost a hash table per entity; this costs one array.
 */
public final class LabValues extends AbstractMap<String, Double> {

  private static final LabValues EMPTY = new LabValues(new String[0], new double[0], 0);

  private final String[] names;
  private final double[] values;
  private final int size;

  /** The first {@code size} of {@code names} with their {@code values}; neither array is copied. */
  LabValues(String[] names, double[] values, int size) {
    this.names = names;
    this.values = values;
    this.size = size;
  }

  /** No lab values. */
  public static LabValues empty() {
    return EMPTY;
  }

  /** How many labs. */
  @Override
  public int size() {
    return size;
  }

  /** The name of lab {@code i}, in spec order. */
  public String name(int i) {
    return names[i];
  }

  /** The value of lab {@code i}. */
  public double value(int i) {
    return values[i];
  }

  @Override
  public Double get(Object key) {
    for (int i = 0; i < size; i++) {
      if (names[i].equals(key)) {
        return values[i];
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public Set<Entry<String, Double>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, Double>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Entry<String, Double> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(names[i], values[i]);
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  @Override
  public boolean equals(Object o) {
    if (o instanceof LabValues) {
      LabValues other = (LabValues) o;
      return size == other.size
          && Arrays.equals(names, 0, size, other.names, 0, size)
          && Arrays.equals(values, 0, size, other.values, 0, size);
    }
    return super.equals(o);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
