package org.healthsim.generation.internal.handler;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.healthsim.core.seed.Seeds;

/**
 * Record identifiers derived from the event's seed: the same event always gets the same ids, and
 * two events (or two records of one event, by {@code n}) practically never share one.
 */
public final class Ids {

  private Ids() {}

  private static final Map<String, Long> PREFIX_KEYS = new ConcurrentHashMap<>();
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** {@code PREFIX-} and ten upper-case hexadecimal digits. */
  public static String of(String prefix, long eventSeed, int n) {
    long key = PREFIX_KEYS.computeIfAbsent(prefix, Seeds::hash);
    long v = Seeds.mix(eventSeed, key + n) >>> 24;
    char[] id = new char[prefix.length() + 11];
    prefix.getChars(0, prefix.length(), id, 0);
    id[prefix.length()] = '-';
    for (int i = id.length - 1; i > prefix.length(); i--) {
      id[i] = HEX[(int) (v & 0xF)];
      v >>>= 4;
    }
    return new String(id);
  }
}
