package org.healthsim.generation.profile;

import java.util.Arrays;

/**
 * What a run drew, as counts and (for continuous distributions) the first 200,000 raw draws, kept
 * while entities are generated and merged in index order, so the report is the same on any thread
 * count. Shapes come from {@link CohortValidator#newTally()}.
 */
final class Tally {

  /** Continuous checks keep at most this many draws for the Kolmogorov-Smirnov test. */
  static final int MAX_KEPT = 200_000;

  /** Raw draws of one continuous check, in index order. */
  static final class Draws {
    double[] values = new double[64];
    int size;
    long total;
    double sum;

    void add(double v) {
      total++;
      sum += v;
      if (size < MAX_KEPT) {
        if (size == values.length) {
          values = Arrays.copyOf(values, Math.min(MAX_KEPT, size * 2));
        }
        values[size++] = v;
      }
    }

    void merge(Draws other) {
      for (int i = 0; i < other.size; i++) {
        if (size < MAX_KEPT) {
          if (size == values.length) {
            values =
                Arrays.copyOf(values, Math.min(MAX_KEPT, Math.max(size * 2, size + other.size)));
          }
          values[size++] = other.values[i];
        }
      }
      total += other.total;
      sum += other.sum;
    }
  }

  final long[] ageCounts;
  final Draws ageDraws;
  final long[][] categoryCounts;
  final long[] conditionEligible;
  final long[] conditionHits;
  final Draws[][] labDraws;
  final long[][][] labCounts;
  final long[] medicationEligible;
  final long[] medicationHits;

  Tally(int categories[], int conditions, int[] labBranches, int medications) {
    this.ageCounts = new long[org.healthsim.core.sampling.Ages.OLDEST + 1];
    this.ageDraws = new Draws();
    this.categoryCounts = new long[categories.length][];
    for (int i = 0; i < categories.length; i++) {
      categoryCounts[i] = new long[categories[i] + 1];
    }
    this.conditionEligible = new long[conditions];
    this.conditionHits = new long[conditions];
    this.labDraws = new Draws[labBranches.length][];
    this.labCounts = new long[labBranches.length][][];
    for (int i = 0; i < labBranches.length; i++) {
      labDraws[i] = new Draws[labBranches[i]];
      labCounts[i] = new long[labBranches[i]][];
      for (int b = 0; b < labBranches[i]; b++) {
        labDraws[i][b] = new Draws();
      }
    }
    this.medicationEligible = new long[medications];
    this.medicationHits = new long[medications];
  }

  /** Adds {@code other}'s observations after this tally's (index order). */
  void merge(Tally other) {
    add(ageCounts, other.ageCounts);
    ageDraws.merge(other.ageDraws);
    for (int i = 0; i < categoryCounts.length; i++) {
      add(categoryCounts[i], other.categoryCounts[i]);
    }
    add(conditionEligible, other.conditionEligible);
    add(conditionHits, other.conditionHits);
    for (int i = 0; i < labDraws.length; i++) {
      for (int b = 0; b < labDraws[i].length; b++) {
        labDraws[i][b].merge(other.labDraws[i][b]);
        if (other.labCounts[i][b] != null) {
          if (labCounts[i][b] == null) {
            labCounts[i][b] = new long[other.labCounts[i][b].length];
          }
          add(labCounts[i][b], other.labCounts[i][b]);
        }
      }
    }
    add(medicationEligible, other.medicationEligible);
    add(medicationHits, other.medicationHits);
  }

  private static void add(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }
}
