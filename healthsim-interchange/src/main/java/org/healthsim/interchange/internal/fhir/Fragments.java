package org.healthsim.interchange.internal.fhir;

import java.util.concurrent.ConcurrentLinkedDeque;
import org.healthsim.generation.json.JsonBytes;

/**
 * Encoded JSON fragments (a coding, a concept, a member with its string value) kept by the identity
 * of the strings they were written from, so that the same codes, systems and displays, which make
 * up most of a FHIR resource's bytes, are copied instead of encoded again. Strings are immutable,
 * so a fragment found under the same four references is the same bytes: what is written does not
 * depend on what is kept.
 *
 * <p>A direct-mapped table: a fragment is kept the second time its strings are seen in a row at its
 * slot, so strings seen once (ids) cost no copy. One per encoding thread; not thread-safe.
 */
final class Fragments {

  private static final int SLOTS = 1 << 12;
  private static final byte[] SEEN_ONCE = new byte[0];

  private final int[] kinds = new int[SLOTS];
  private final String[] keys = new String[4 * SLOTS];
  private final byte[][] fragments = new byte[SLOTS][];

  /**
   * The slot of a fragment of {@code kind} (the caller's numbering, 1 up) made from these strings
   * (any may be null), taken for them if others held it. Its fragment, if kept, is {@link #kept};
   * else the caller writes it and calls {@link #keep}.
   */
  int slot(int kind, String a, String b, String c, String d) {
    int h = 31 * (31 * (31 * (31 * kind + hash(a)) + hash(b)) + hash(c)) + hash(d);
    int at = (h ^ (h >>> 15)) & (SLOTS - 1);
    if (!holds(at, kind, a, b, c, d)) {
      int k = 4 * at;
      kinds[at] = kind;
      keys[k] = a;
      keys[k + 1] = b;
      keys[k + 2] = c;
      keys[k + 3] = d;
      fragments[at] = null;
    }
    return at;
  }

  /** The fragment kept in {@code slot}, or null. */
  byte[] kept(int slot) {
    byte[] kept = fragments[slot];
    return kept == SEEN_ONCE ? null : kept;
  }

  /**
   * Keeps what {@code out} holds from {@code from} on as the fragment of these strings, if they
   * were seen before and still hold {@code slot}.
   */
  void keep(int slot, int kind, String a, String b, String c, String d, JsonBytes out, int from) {
    if (holds(slot, kind, a, b, c, d)) {
      fragments[slot] = fragments[slot] == null ? SEEN_ONCE : out.copy(from, out.size());
    }
  }

  /** Whether {@code slot} is these strings' (the same objects) for a fragment of {@code kind}. */
  private boolean holds(int slot, int kind, String a, String b, String c, String d) {
    int k = 4 * slot;
    return kinds[slot] == kind
        && keys[k] == a
        && keys[k + 1] == b
        && keys[k + 2] == c
        && keys[k + 3] == d;
  }

  private static int hash(String s) {
    return s == null ? 0 : s.hashCode();
  }

  /** Fragments for the threads of one output: a thread takes one while it encodes a chunk. */
  static final class Pool {
    private final ConcurrentLinkedDeque<Fragments> idle = new ConcurrentLinkedDeque<>();

    /** Fragments no other thread is using. */
    Fragments take() {
      Fragments f = idle.pollFirst();
      return f != null ? f : new Fragments();
    }

    /** Gives back what {@link #take} gave. */
    void give(Fragments f) {
      idle.addFirst(f);
    }
  }
}
