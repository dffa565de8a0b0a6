package org.healthsim.core.seed;

import java.nio.charset.StandardCharsets;

/**
 * The two primitives of the seed hierarchy: {@link #mix} combines a parent seed with a child key,
 * {@link #hash} turns a name into a key. Both are fixed algorithms: changing either changes every
 * generated value, so they are frozen and covered by golden tests.
 */
public final class Seeds {

  /** 2^64 divided by the golden ratio, the SplitMix64 increment. */
  static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private static final long FNV_OFFSET = 0xCBF29CE484222325L;
  private static final long FNV_PRIME = 0x100000001B3L;

  private Seeds() {}

  /**
   * The SplitMix64 finaliser (Stafford's variant 13): a bijection on 64-bit values in which every
   * input bit affects every output bit.
   */
  public static long finalise(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * The seed of child {@code key} of {@code parent}: {@code finalise(parent XOR finalise(key +
   * GOLDEN_GAMMA))}. For a fixed parent, distinct keys give distinct seeds.
   */
  public static long mix(long parent, long key) {
    return finalise(parent ^ finalise(key + GOLDEN_GAMMA));
  }

  /** A 64-bit key for a name: FNV-1a over its UTF-8 bytes, then {@link #finalise}. */
  public static long hash(String name) {
    // An ASCII char is its own UTF-8 byte: hash the chars as they are, without encoding the name
    // (names are ids and paths, nearly always ASCII; the planner hashes one per planned event).
    long h = FNV_OFFSET;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 0x80) {
        return hashUtf8(name);
      }
      h ^= c;
      h *= FNV_PRIME;
    }
    return finalise(h);
  }

  private static long hashUtf8(String name) {
    long h = FNV_OFFSET;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= FNV_PRIME;
    }
    return finalise(h);
  }
}
