package org.healthsim.interchange.internal.x12;

import java.util.Arrays;

/**
 * The transaction sets of one kind (837P, 837I or 835) a chunk encoded: their segments between ST
 * and SE, one after another in one buffer, with where each ends and how many segments it has. The
 * writing thread wraps each in its ST and SE with the file's next control number.
 */
final class Transactions {

  final Segments segments;
  private int[] ends = new int[64];
  private int[] counts = new int[64];
  private int size;
  private int countBefore;

  Transactions(int capacity) {
    segments = new Segments(capacity);
  }

  /** Marks the end of a transaction set's body. */
  void close() {
    if (size == ends.length) {
      ends = Arrays.copyOf(ends, size * 2);
      counts = Arrays.copyOf(counts, size * 2);
    }
    ends[size] = segments.size();
    counts[size] = segments.count() - countBefore;
    countBefore = segments.count();
    size++;
  }

  /** How many transaction sets. */
  int size() {
    return size;
  }

  /** Where set {@code i}'s body starts in the buffer. */
  int start(int i) {
    return i == 0 ? 0 : ends[i - 1];
  }

  /** Where set {@code i}'s body ends in the buffer. */
  int end(int i) {
    return ends[i];
  }

  /** How many segments set {@code i}'s body has. */
  int segmentCount(int i) {
    return counts[i];
  }
}
