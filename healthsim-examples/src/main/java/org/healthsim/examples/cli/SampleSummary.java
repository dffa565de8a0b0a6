package org.healthsim.examples.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.healthsim.core.distribution.ContinuousDistribution;
import org.healthsim.core.distribution.Distributions;
import org.healthsim.core.spec.CategoricalSpec;
import org.healthsim.core.spec.ClinicalSpec;
import org.healthsim.core.spec.DistributionSpec;
import org.healthsim.core.spec.ProfileSpecification;

/**
 * Running summary of sampled attributes: mean, standard deviation and range of numbers (with the
 * spec's mean where it has one), and the share of each category beside its spec weight.
 */
final class SampleSummary {

  private final Map<String, DistributionSpec> specs = new LinkedHashMap<>();
  private final Map<String, double[]> moments = new LinkedHashMap<>();
  private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
  private long rows;

  SampleSummary(List<String> names, ProfileSpecification profile) {
    specs.put("age", profile.demographics().age());
    specs.put("gender", profile.demographics().gender());
    specs.put("race", profile.demographics().race());
    specs.put("ethnicity", profile.demographics().ethnicity());
    ClinicalSpec clinical = profile.clinical();
    if (clinical != null) {
      specs.put("severity", clinical.severity());
      clinical.labValues().forEach((name, spec) -> specs.put("labs." + name, spec));
    }
    if (profile.coverage() != null) {
      specs.put("plan", profile.coverage().plans());
    }
    specs.keySet().retainAll(names);
  }

  void add(Map<String, Object> values) {
    rows++;
    values.forEach(
        (name, value) -> {
          if (value instanceof Number) {
            double x = ((Number) value).doubleValue();
            double[] m =
                moments.computeIfAbsent(
                    name, k -> new double[] {0, 0, Double.MAX_VALUE, -Double.MAX_VALUE});
            m[0] += x;
            m[1] += x * x;
            m[2] = Math.min(m[2], x);
            m[3] = Math.max(m[3], x);
          } else {
            counts
                .computeIfAbsent(name, k -> new TreeMap<>())
                .merge(String.valueOf(value), 1L, Long::sum);
          }
        });
  }

  void print(PrintWriter out) {
    out.println("summary (drawn vs spec):");
    moments.forEach(
        (name, m) -> {
          double mean = m[0] / rows;
          double sd = Math.sqrt(Math.max(0, m[1] / rows - mean * mean));
          String target = specMean(specs.get(name));
          out.printf(
              "  %-12s mean %9.3f%s  sd %8.3f  min %9.3f  max %9.3f%n",
              name, mean, target, sd, m[2], m[3]);
        });
    counts.forEach(
        (name, byValue) -> {
          out.printf("  %-12s", name);
          Map<String, Double> weights =
              specs.get(name) instanceof CategoricalSpec
                  ? ((CategoricalSpec) specs.get(name)).weights()
                  : Map.of();
          byValue.forEach(
              (value, n) -> {
                Double w = weights.get(value);
                out.printf(
                    "  %s %.3f%s",
                    value, (double) n / rows, w == null ? "" : String.format(" (%.3f)", w));
              });
          out.println();
        });
  }

  private static String specMean(DistributionSpec spec) {
    if (spec == null) {
      return "";
    }
    var distribution = Distributions.create(spec);
    return distribution instanceof ContinuousDistribution
        ? String.format(" (%.3f)", ((ContinuousDistribution) distribution).mean())
        : "";
  }
}
