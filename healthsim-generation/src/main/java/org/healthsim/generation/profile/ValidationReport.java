package org.healthsim.generation.profile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How a generated cohort compares with its spec. Every specified distribution and prevalence gets a
 * {@link ValidationMetric} whose test accounts for the sample size: a cohort drawn correctly fails
 * a metric with probability {@link #alpha()}, and a real deviation fails more surely as the cohort
 * grows.
 *
 * <pre>{@code
 * ExecutionResult result = executor.execute(spec);
 * if (!result.validation().passed()) {
 *   result.validation().metrics().stream().filter(m -> !m.passed()).forEach(System.out::println);
 * }
 * }</pre>
 *
 * @param metrics one per specified distribution, prevalence and probability
 * @param errors problems that made the run invalid (spec problems are thrown before a run starts,
 *     so this is empty for every run that returns)
 * @param warnings things worth knowing, such as metrics with too few draws to test
 * @param alpha the false-failure rate of each metric
 */
public record ValidationReport(
    List<ValidationMetric> metrics, List<String> errors, List<String> warnings, double alpha) {

  /** The false-failure rate of each metric unless a caller asks for another. */
  public static final double DEFAULT_ALPHA = 0.001;

  public ValidationReport {
    metrics = List.copyOf(metrics);
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  /** True when the run had no errors (the framework guide's {@code validation.is_valid}). */
  public boolean isValid() {
    return errors.isEmpty();
  }

  /** True when the run is valid and no metric rejects its target. */
  public boolean passed() {
    return isValid() && metrics.stream().allMatch(ValidationMetric::passed);
  }

  /** One line per metric, then the verdict. */
  @Override
  public String toString() {
    String lines =
        metrics.stream().map(ValidationMetric::toString).collect(Collectors.joining("\n"));
    long failed = metrics.stream().filter(m -> !m.passed()).count();
    return lines
        + (lines.isEmpty() ? "" : "\n")
        + (passed()
            ? "all " + metrics.size() + " metrics consistent with the spec"
            : failed + " of " + metrics.size() + " metrics differ from the spec")
        + " (alpha = "
        + alpha
        + " each)";
  }
}
