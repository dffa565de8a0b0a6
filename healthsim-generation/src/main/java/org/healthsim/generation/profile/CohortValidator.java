package org.healthsim.generation.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.healthsim.core.distribution.ConditionalDistribution;
import org.healthsim.core.distribution.ContinuousDistribution;
import org.healthsim.core.distribution.DiscreteDistribution;
import org.healthsim.core.distribution.Distribution;
import org.healthsim.core.distribution.FiniteDistribution;
import org.healthsim.core.sampling.Ages;
import org.healthsim.generation.internal.stats.GoodnessOfFit;

/**
 * The checks of one profile: which distributions and prevalences it specifies, how to tally what a
 * run draws ({@link #newTally()}, filled by {@link EntityFactory}), and how to turn a tally into a
 * {@link ValidationReport}.
 *
 * <p>Tests: Kolmogorov-Smirnov of the raw draws against the exact CDF for continuous distributions
 * (on the first million draws); chi-square, with neighbouring cells pooled to five expected draws,
 * for categorical and whole-number ones; the exact binomial test for prevalences and medication
 * probabilities, among the entities their {@code when} admits.
 */
final class CohortValidator {

  static final int GENDER = 0;
  static final int RACE = 1;
  static final int ETHNICITY = 2;
  static final int SEVERITY = 3;
  static final int PLAN = 4;
  static final int COUNTY = 5;
  static final int INSURED = 6;
  private static final String[] CATEGORY_NAMES = {
    "demographics.gender",
    "demographics.race",
    "demographics.ethnicity",
    "clinical.severity",
    "coverage.plan_distribution",
    "demographics.reference.county_weights",
    "coverage.uninsured"
  };

  /** A condition or medication: its name, probability and whether a {@code when} narrows it. */
  record Share(String name, double probability) {}

  /** A lab: its name and its distribution, or branches when conditional. */
  record LabCheck(String name, Distribution distribution) {
    int branches() {
      return distribution instanceof ConditionalDistribution
          ? ((ConditionalDistribution) distribution).ruleCount() + 1
          : 1;
    }

    Distribution branch(int i) {
      return distribution instanceof ConditionalDistribution
          ? ((ConditionalDistribution) distribution).branch(i)
          : distribution;
    }

    String branchName(int i) {
      if (!(distribution instanceof ConditionalDistribution)) {
        return "clinical.lab_values." + name;
      }
      ConditionalDistribution c = (ConditionalDistribution) distribution;
      String rule = i < c.ruleCount() ? "if " + c.spec().rules().get(i).condition() : "else";
      return "clinical.lab_values." + name + " (" + rule + ")";
    }
  }

  private final Distribution age;
  private final Distribution[] categories = new Distribution[CATEGORY_NAMES.length];
  private final List<Map<String, Integer>> categoryIndex = new ArrayList<>();
  private final List<Share> conditions;
  private final List<LabCheck> labs;
  private final List<Share> medications;

  CohortValidator(
      Distribution age,
      Distribution[] categoryDistributions,
      List<Share> conditions,
      List<LabCheck> labs,
      List<Share> medications) {
    this.age = age;
    for (int i = 0; i < categories.length; i++) {
      categories[i] = categoryDistributions[i];
      Map<String, Integer> index = new HashMap<>();
      if (categories[i] instanceof FiniteDistribution) {
        List<Object> values = ((FiniteDistribution) categories[i]).values();
        for (int v = 0; v < values.size(); v++) {
          index.put(String.valueOf(values.get(v)), v);
        }
      }
      categoryIndex.add(index);
    }
    this.conditions = List.copyOf(conditions);
    this.labs = List.copyOf(labs);
    this.medications = List.copyOf(medications);
  }

  Tally newTally() {
    int[] sizes = new int[categories.length];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = categoryIndex.get(i).size();
    }
    return new Tally(
        sizes,
        conditions.size(),
        labs.stream().mapToInt(LabCheck::branches).toArray(),
        medications.size());
  }

  void age(Tally t, double raw, int years) {
    if (age instanceof ContinuousDistribution) {
      t.ageDraws.add(raw);
    }
    t.ageCounts[years]++;
  }

  void category(Tally t, int slot, String value) {
    if (categories[slot] != null) {
      Integer index = categoryIndex.get(slot).get(value);
      t.categoryCounts[slot][index == null ? t.categoryCounts[slot].length - 1 : index]++;
    }
  }

  void condition(Tally t, int i, boolean eligible, boolean has) {
    if (eligible) {
      t.conditionEligible[i]++;
      if (has) {
        t.conditionHits[i]++;
      }
    }
  }

  void medication(Tally t, int i, boolean eligible, boolean takes) {
    if (eligible) {
      t.medicationEligible[i]++;
      if (takes) {
        t.medicationHits[i]++;
      }
    }
  }

  void lab(Tally t, int i, int branch, double raw) {
    Distribution d = labs.get(i).branch(branch);
    if (d instanceof ContinuousDistribution) {
      t.labDraws[i][branch].add(raw);
    } else if (d instanceof DiscreteDistribution) {
      DiscreteDistribution discrete = (DiscreteDistribution) d;
      long[] counts = counts(t, i, branch, discrete.highest() - discrete.lowest() + 1);
      counts[(int) raw - discrete.lowest()]++;
    } else if (d instanceof FiniteDistribution) {
      List<Object> values = ((FiniteDistribution) d).values();
      long[] counts = counts(t, i, branch, values.size());
      for (int v = 0; v < values.size(); v++) {
        if (((Number) values.get(v)).doubleValue() == raw) {
          counts[v]++;
          break;
        }
      }
    }
  }

  private static long[] counts(Tally t, int i, int branch, int size) {
    if (t.labCounts[i][branch] == null) {
      t.labCounts[i][branch] = new long[size];
    }
    return t.labCounts[i][branch];
  }

  ValidationReport report(Tally t, double alpha) {
    List<ValidationMetric> metrics = new ArrayList<>();
    if (age != null) {
      metrics.add(ageMetric(t, alpha));
    }
    for (int slot = 0; slot < categories.length; slot++) {
      if (categories[slot] instanceof FiniteDistribution) {
        metrics.add(
            categoryMetric(
                CATEGORY_NAMES[slot],
                (FiniteDistribution) categories[slot],
                t.categoryCounts[slot],
                alpha));
      }
    }
    for (int i = 0; i < conditions.size(); i++) {
      metrics.add(
          shareMetric(
              "condition " + conditions.get(i).name(),
              conditions.get(i).probability(),
              t.conditionEligible[i],
              t.conditionHits[i],
              alpha));
    }
    for (int i = 0; i < labs.size(); i++) {
      LabCheck lab = labs.get(i);
      for (int b = 0; b < lab.branches(); b++) {
        Distribution d = lab.branch(b);
        if (d != null) {
          metrics.add(
              distributionMetric(lab.branchName(b), d, t.labDraws[i][b], t.labCounts[i][b], alpha));
        }
      }
    }
    for (int i = 0; i < medications.size(); i++) {
      metrics.add(
          shareMetric(
              "medication " + medications.get(i).name(),
              medications.get(i).probability(),
              t.medicationEligible[i],
              t.medicationHits[i],
              alpha));
    }
    List<String> warnings =
        metrics.stream()
            .filter(m -> Double.isNaN(m.pValue()))
            .map(m -> m.name() + ": too few draws to test")
            .collect(Collectors.toList());
    return new ValidationReport(ValidationReport.holm(metrics, alpha), List.of(), warnings, alpha);
  }

  private ValidationMetric ageMetric(Tally t, double alpha) {
    if (age instanceof ContinuousDistribution) {
      return distributionMetric("demographics.age", age, t.ageDraws, null, alpha);
    }
    double[] p = new double[Ages.OLDEST + 1];
    long n = 0;
    double sum = 0;
    for (int a = 0; a < p.length; a++) {
      n += t.ageCounts[a];
      sum += (double) a * t.ageCounts[a];
      if (age instanceof DiscreteDistribution) {
        p[a] = ((DiscreteDistribution) age).probability(a);
      }
    }
    if (age instanceof FiniteDistribution) {
      FiniteDistribution f = (FiniteDistribution) age;
      for (int v = 0; v < f.values().size(); v++) {
        p[(int) Math.floor(((Number) f.values().get(v)).doubleValue() + 0.5)] += f.probability(v);
      }
    }
    if (!(age instanceof DiscreteDistribution) && !(age instanceof FiniteDistribution)) {
      return new ValidationMetric(
          "demographics.age", "none", "conditional", mean(sum, n), n, Double.NaN, true);
    }
    double target = 0;
    for (int a = 0; a < p.length; a++) {
      target += a * p[a];
    }
    GoodnessOfFit.Result r = GoodnessOfFit.chiSquare(p, t.ageCounts);
    return new ValidationMetric(
        "demographics.age",
        "chi-square",
        "mean " + format(target),
        mean(sum, n),
        n,
        r.pValue(),
        r.passes(alpha));
  }

  private static ValidationMetric distributionMetric(
      String name, Distribution d, Tally.Draws draws, long[] counts, double alpha) {
    if (d instanceof ContinuousDistribution) {
      ContinuousDistribution c = (ContinuousDistribution) d;
      double[] kept = java.util.Arrays.copyOf(draws.values, draws.size);
      double p =
          kept.length < 2
              ? Double.NaN
              : KolmogorovSmirnovTest.withDefaults()
                  .test(kept, c::cumulativeProbability)
                  .getPValue();
      return new ValidationMetric(
          name,
          "kolmogorov-smirnov",
          "mean " + format(c.mean()),
          mean(draws.sum, draws.total),
          draws.total,
          p,
          Double.isNaN(p) || p >= alpha);
    }
    if (d instanceof DiscreteDistribution) {
      DiscreteDistribution discrete = (DiscreteDistribution) d;
      double[] p = new double[discrete.highest() - discrete.lowest() + 1];
      double target = 0;
      for (int k = 0; k < p.length; k++) {
        p[k] = discrete.probability(k + discrete.lowest());
        target += p[k] * (k + discrete.lowest());
      }
      long[] observed = counts == null ? new long[p.length] : counts;
      long n = java.util.Arrays.stream(observed).sum();
      double sum = 0;
      for (int k = 0; k < observed.length; k++) {
        sum += (double) observed[k] * (k + discrete.lowest());
      }
      GoodnessOfFit.Result r = GoodnessOfFit.chiSquare(p, observed);
      return new ValidationMetric(
          name,
          "chi-square",
          "mean " + format(target),
          mean(sum, n),
          n,
          r.pValue(),
          r.passes(alpha));
    }
    FiniteDistribution f = (FiniteDistribution) d;
    return categoryMetric(
        name,
        f,
        counts == null
            ? new long[f.values().size() + 1]
            : java.util.Arrays.copyOf(counts, f.values().size() + 1),
        alpha);
  }

  private static ValidationMetric categoryMetric(
      String name, FiniteDistribution d, long[] counts, double alpha) {
    int k = d.values().size();
    long n = java.util.Arrays.stream(counts).sum();
    double[] p = new double[k];
    StringBuilder target = new StringBuilder();
    StringBuilder actual = new StringBuilder();
    for (int i = 0; i < k; i++) {
      p[i] = d.probability(i);
      String sep = i == 0 ? "" : ", ";
      target.append(sep).append(d.values().get(i)).append(' ').append(format(p[i]));
      actual
          .append(sep)
          .append(d.values().get(i))
          .append(' ')
          .append(n == 0 ? "-" : format((double) counts[i] / n));
    }
    long unexpected = counts[k];
    if (unexpected > 0) {
      actual.append(", other ").append(unexpected);
      return new ValidationMetric(
          name, "chi-square", target.toString(), actual.toString(), n, 0, false);
    }
    GoodnessOfFit.Result r = GoodnessOfFit.chiSquare(p, java.util.Arrays.copyOf(counts, k));
    return new ValidationMetric(
        name, "chi-square", target.toString(), actual.toString(), n, r.pValue(), r.passes(alpha));
  }

  private static ValidationMetric shareMetric(
      String name, double p, long eligible, long hits, double alpha) {
    GoodnessOfFit.Result r = GoodnessOfFit.binomial(eligible, hits, p);
    String actual =
        eligible == 0
            ? "none eligible"
            : format((double) hits / eligible) + " (" + hits + " of " + eligible + ")";
    return new ValidationMetric(
        name, "binomial", format(p), actual, eligible, r.pValue(), r.passes(alpha));
  }

  private static String mean(double sum, long n) {
    return n == 0 ? "no draws" : "mean " + format(sum / n);
  }

  private static String format(double v) {
    return String.format(Locale.ROOT, "%.4g", v);
  }
}
