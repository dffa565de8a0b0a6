package org.healthsim.generation.handler;

import java.util.Locale;
import org.healthsim.core.seed.Seeds;

/**
 * Record identifiers derived from the event's seed: the same event always gets the same ids, and
 * two events (or two records of one event, by {@code n}) practically never share one.
 */
final class Ids {

  private Ids() {}

  /** {@code PREFIX-} and ten upper-case hexadecimal digits. */
  static String of(String prefix, long eventSeed, int n) {
    long v = Seeds.mix(eventSeed, Seeds.hash(prefix) + n);
    return prefix + "-" + String.format(Locale.ROOT, "%010X", v >>> 24);
  }
}
