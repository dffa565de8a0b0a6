package org.healthsim.generation.profile;

/**
 * One specified quantity, its target and what the cohort shows, with the test that compared them.
 *
 * @param name what was checked, such as {@code demographics.gender} or {@code condition I10}
 * @param test {@code chi-square}, {@code kolmogorov-smirnov} or {@code binomial}
 * @param target what the spec asks for, readably
 * @param actual what the cohort has, readably
 * @param sampleSize how many draws were tested
 * @param pValue the test's p-value, or NaN when there were too few draws to test
 * @param passed false when the report rejects the target: its p-value is below the report's
 *     family-wise alpha after Holm's correction (see {@link ValidationReport#holm})
 */
public record ValidationMetric(
    String name,
    String test,
    String target,
    String actual,
    long sampleSize,
    double pValue,
    boolean passed) {

  @Override
  public String toString() {
    String verdict = passed ? "ok" : "FAILED";
    String p =
        Double.isNaN(pValue) ? "not tested (too few draws)" : String.format("p = %.4g", pValue);
    return String.format(
        "%-6s %s: target %s, actual %s (%s, n = %d, %s)",
        verdict, name, target, actual, test, sampleSize, p);
  }
}
