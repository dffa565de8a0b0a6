package org.healthsim.core.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A specification broke one or more rules. The message is a summary line followed by one line per
 * problem; {@link #problems()} gives them as data.
 */
public class SpecValidationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;
  private final String source;

  /** An exception for {@code problems} (at least one) found in an unnamed source. */
  public SpecValidationException(List<Problem> problems) {
    this(null, problems);
  }

  /**
   * An exception for {@code problems} found in {@code source}.
   *
   * @param source what was read (a file name, a template name), or {@code null}
   * @param problems the problems, at least one
   */
  public SpecValidationException(String source, List<Problem> problems) {
    super(message(source, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a SpecValidationException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
    this.source = source;
  }

  /** Every problem found, in the order found. */
  public List<Problem> problems() {
    return problems;
  }

  /** What was read, or {@code null} when unnamed. */
  public String source() {
    return source;
  }

  /** The same problems, placed under {@code parent} and attributed to {@code newSource}. */
  public SpecValidationException under(String parent, String newSource) {
    return new SpecValidationException(
        newSource, problems.stream().map(p -> p.under(parent)).collect(Collectors.toList()));
  }

  /**
   * Runs {@code check} of the spec read from {@code source}; the problems it finds are attributed
   * to {@code source} when they name no source of their own, as a reader names its file ("invalid
   * FILE (2 problems)").
   */
  public static void checkAs(String source, Runnable check) {
    try {
      check.run();
    } catch (SpecValidationException e) {
      throw e.source() != null ? e : e.under("", source);
    }
  }

  private static String message(String source, List<Problem> problems) {
    String what = source == null ? "specification" : source;
    String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    return problems.stream()
        .map(p -> "  " + p)
        .collect(Collectors.joining("\n", "invalid " + what + " (" + count + "):\n", ""));
  }
}
