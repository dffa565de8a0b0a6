package org.healthsim.core.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems while a specification is checked, so that every problem is reported rather than
 * the first. Not thread-safe; one instance per check.
 */
public final class Problems {

  private final List<Problem> found = new ArrayList<>();

  /** Records a problem about a value. */
  public Problems add(String path, Object value, String rule) {
    found.add(Problem.of(path, value, rule));
    return this;
  }

  /** Records a problem without a value to show. */
  public Problems add(String path, String rule) {
    found.add(Problem.at(path, rule));
    return this;
  }

  /** Records the problems of {@code e}, placed under {@code parent}. */
  public Problems addAll(String parent, SpecValidationException e) {
    e.problems().forEach(p -> found.add(p.under(parent)));
    return this;
  }

  /** True when nothing has been recorded. */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** How many problems have been recorded. */
  public int count() {
    return found.size();
  }

  /** What has been recorded so far. */
  public List<Problem> list() {
    return List.copyOf(found);
  }

  /** Throws a {@link SpecValidationException} with everything recorded, if anything was. */
  public void throwIfAny() {
    throwIfAny(null);
  }

  /** As {@link #throwIfAny()}, naming {@code source} in the message. */
  public void throwIfAny(String source) {
    if (!found.isEmpty()) {
      throw new SpecValidationException(source, found);
    }
  }
}
