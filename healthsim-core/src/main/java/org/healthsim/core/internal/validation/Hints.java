package org.healthsim.core.internal.validation;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Finds the key that was probably meant when an unknown one is written. */
public final class Hints {

  /** Keys that people write from other dialects, mapped to the key this dialect uses. */
  private static final Map<String, String> SYNONYMS =
      Map.ofEntries(
          Map.entry("std", "std_dev"),
          Map.entry("sd", "std_dev"),
          Map.entry("stddev", "std_dev"),
          Map.entry("stdev", "std_dev"),
          Map.entry("sigma", "std_dev"),
          Map.entry("mu", "mean"),
          Map.entry("default", "else"),
          Map.entry("otherwise", "else"),
          Map.entry("condition", "if"),
          Map.entry("when", "if"),
          Map.entry("id", "event_id"),
          Map.entry("min_days", "days_min"),
          Map.entry("max_days", "days_max"),
          Map.entry("op", "operator"),
          Map.entry("probabilities", "weights"));

  private Hints() {}

  /**
   * The known key closest to {@code unknown}: a synonym from another dialect, a key that starts
   * with it, or one within a small edit distance.
   */
  public static Optional<String> closest(String unknown, Collection<String> known) {
    String lower = unknown.toLowerCase(java.util.Locale.ROOT);
    String synonym = SYNONYMS.get(lower);
    if (synonym != null && known.contains(synonym)) {
      return Optional.of(synonym);
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(lower, candidate);
      if ((candidate.startsWith(lower) || candidate.endsWith("_" + lower)) && lower.length() >= 2) {
        distance = Math.min(distance, 1);
      }
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(2, unknown.length() / 3);
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }

  /**
   * {@code "; did you mean X?"} with the {@link #closest} known name, or empty when none is close:
   * the tail of a message about {@code unknown}.
   */
  public static String didYouMean(String unknown, Collection<String> known) {
    return closest(unknown, known).map(k -> "; did you mean " + k + "?").orElse("");
  }

  /** The rule text for an unknown key, with a hint when one is close. */
  public static String unknownKey(String unknown, Collection<String> known) {
    return closest(unknown, known)
        .map(k -> "unknown key; did you mean " + k + "?")
        .orElseGet(() -> "unknown key; expected one of " + String.join(", ", known));
  }

  /** Levenshtein distance between two strings. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
