package org.healthsim.generation.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a generated cohort compares with its spec. Every specified distribution and prevalence gets a
 * {@link ValidationMetric} whose test accounts for the sample size, with its own p-value. The
 * verdict controls the family-wise false-failure rate: with Holm's step-down correction ({@link
 * #holm}), a cohort drawn correctly fails any metric at all with probability at most {@link
 * #alpha()}, however many metrics it has; a real deviation fails more surely as the cohort grows.
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
 * @param alpha the family-wise false-failure rate: the chance that a correct cohort fails any
 *     metric
 */
public record ValidationReport(
    List<ValidationMetric> metrics, List<String> errors, List<String> warnings, double alpha) {

  /** The family-wise false-failure rate unless a caller asks for another. */
  public static final double DEFAULT_ALPHA = 0.001;

  /**
   * {@code metrics} with their verdicts set by Holm's step-down procedure at family-wise rate
   * {@code alpha} (Holm 1979, "A simple sequentially rejective multiple test procedure", Scand. J.
   * Statist. 6:65-70; valid under any dependence between the tests): of the m tested metrics, the
   * one with the k-th smallest p-value (k from 1) fails when it and every smaller one lie below
   * {@code alpha / (m - k + 1)}. A metric with too few draws to test (p-value NaN) passes and does
   * not count. The order of the metrics is kept.
   */
  public static List<ValidationMetric> holm(List<ValidationMetric> metrics, double alpha) {
    List<Integer> tested = new ArrayList<>();
    for (int i = 0; i < metrics.size(); i++) {
      if (!Double.isNaN(metrics.get(i).pValue())) {
        tested.add(i);
      }
    }
    tested.sort(Comparator.comparingDouble(i -> metrics.get(i).pValue()));
    boolean[] failed = new boolean[metrics.size()];
    int m = tested.size();
    for (int k = 0; k < m; k++) {
      int i = tested.get(k);
      if (!(metrics.get(i).pValue() < alpha / (m - k))) {
        break;
      }
      failed[i] = true;
    }
    List<ValidationMetric> judged = new ArrayList<>(metrics.size());
    for (int i = 0; i < metrics.size(); i++) {
      ValidationMetric v = metrics.get(i);
      judged.add(
          new ValidationMetric(
              v.name(), v.test(), v.target(), v.actual(), v.sampleSize(), v.pValue(), !failed[i]));
    }
    return judged;
  }

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
        + " (family-wise alpha = "
        + alpha
        + ", Holm-Bonferroni)";
  }
}
