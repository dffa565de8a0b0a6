package org.healthsim.generation.internal.lists;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A read-only copy of a list, one class whatever its size. {@code List.copyOf} gives one class for
 * one or two elements and another for none or more, and C2 compiled the loops over a claim's lines
 * and an event's records with the first class's profile, trapped when the other turned up, and
 * compiled them again: {@code Adjudicator.remittance} six or seven times in a one-shot run.
 */
public final class ReadOnlyList<T> extends AbstractList<T> implements RandomAccess {

  private static final ReadOnlyList<?> EMPTY = new ReadOnlyList<>(new Object[0]);

  private final Object[] elements;

  private ReadOnlyList(Object[] elements) {
    this.elements = elements;
  }

  /**
   * A read-only copy of {@code list}, or {@code list} itself when it is one already.
   *
   * @throws NullPointerException when {@code list} is null or holds a null, as {@code List.copyOf}
   *     does; the message names {@code what}
   */
  @SuppressWarnings("unchecked")
  public static <T> List<T> copyOf(List<? extends T> list, String what) {
    if (list instanceof ReadOnlyList) {
      return (List<T>) list;
    }
    Object[] copy = list.toArray();
    if (copy.length == 0) {
      return (List<T>) EMPTY;
    }
    for (Object element : copy) {
      Objects.requireNonNull(element, what);
    }
    return new ReadOnlyList<>(copy);
  }

  @Override
  @SuppressWarnings("unchecked")
  public T get(int index) {
    return (T) elements[index];
  }

  @Override
  public int size() {
    return elements.length;
  }
}
