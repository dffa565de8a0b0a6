package org.healthsim.generation.records;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A claim's lines, read-only: one class whatever their number, so that the code summing them sees
 * one type ({@code List.copyOf} gives one class for one or two elements and another for more, and
 * the JIT compiled the adjudicator again each time the other turned up).
 */
final class ClaimLines extends AbstractList<ClaimLine> implements RandomAccess {

  private final ClaimLine[] lines;

  private ClaimLines(ClaimLine[] lines) {
    this.lines = lines;
  }

  /** A read-only copy of {@code lines}, which hold no null. */
  static List<ClaimLine> of(List<ClaimLine> lines) {
    if (lines instanceof ClaimLines) {
      return lines;
    }
    ClaimLine[] copy = lines.toArray(new ClaimLine[0]);
    for (ClaimLine line : copy) {
      Objects.requireNonNull(line, "a claim line");
    }
    return new ClaimLines(copy);
  }

  @Override
  public ClaimLine get(int index) {
    return lines[index];
  }

  @Override
  public int size() {
    return lines.length;
  }
}
