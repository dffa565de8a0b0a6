package org.healthsim.core.spec;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.healthsim.core.validation.Problems;

/**
 * {@code "generation": {"count": 200, "seed": 42, "as_of": "2025-01-01"}}.
 *
 * @param count how many entities; at least 1; default {@value #DEFAULT_COUNT}
 * @param seed the master seed, or {@code null} to let the caller choose (the command line uses 42)
 * @param asOf the date ages and birth dates are computed at; default {@link #DEFAULT_AS_OF}.
 *     Nothing reads the current date. Within {@link DateLimits}.
 * @param products the products the cohort is generated for; may be empty
 * @param personDetails whether entities get a name, address and phone; default true
 */
public record GenerationSpec(
    int count, Long seed, LocalDate asOf, List<Product> products, boolean personDetails)
    implements java.io.Serializable {

  /** The count when none is written. */
  public static final int DEFAULT_COUNT = 100;

  /** The as-of date when none is written. */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2025, 1, 1);

  /** The generation section used when a profile has none. */
  public static final GenerationSpec DEFAULTS =
      new GenerationSpec(DEFAULT_COUNT, null, DEFAULT_AS_OF, List.of(), true);

  public GenerationSpec {
    Objects.requireNonNull(asOf, "as_of");
    Problems problems = new Problems();
    if (count < 1) {
      problems.add("count", count, "must be at least 1");
    }
    if (!DateLimits.inRange(asOf)) {
      problems.add("as_of", asOf, DateLimits.outOfRange());
    }
    problems.throwIfAny();
    products = List.copyOf(products);
  }

  /** The same section with {@code count} entities. */
  public GenerationSpec withCount(int newCount) {
    return new GenerationSpec(newCount, seed, asOf, products, personDetails);
  }

  /** The same section with as-of date {@code date}. */
  public GenerationSpec withAsOf(LocalDate date) {
    return new GenerationSpec(count, seed, date, products, personDetails);
  }

  /** The same section with person details on or off. */
  public GenerationSpec withPersonDetails(boolean on) {
    return new GenerationSpec(count, seed, asOf, products, on);
  }
}
