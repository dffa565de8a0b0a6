package org.healthsim.examples.builder;

import java.util.List;

/**
 * A question {@code healthsim new} asks when the description leaves something open.
 *
 * @param key the answer's name ({@code --answer key=value})
 * @param text the question
 * @param choices the answers it takes, or empty for any value of its kind
 * @param defaultAnswer what {@code --yes} (or no terminal) takes
 * @param reason why it matters
 */
public record Question(
    String key, String text, List<String> choices, String defaultAnswer, String reason) {

  public Question {
    choices = List.copyOf(choices);
  }

  /** {@code answer} as this question takes it, or an error naming what it takes. */
  String check(String answer) {
    String a = answer.trim().toLowerCase(java.util.Locale.ROOT);
    if (choices.isEmpty() || choices.contains(a)) {
      return a;
    }
    throw new IllegalArgumentException(
        "answer '" + answer + "' to " + key + ": choose one of " + String.join(", ", choices));
  }
}
