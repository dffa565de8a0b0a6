package org.healthsim.core.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;

/**
 * Creates the generator for a derived seed.
 *
 * <p>Each attribute and event draws from its own short stream (a handful of numbers), seeded from
 * the seed hierarchy. SplitMix64 suits that: its state is the seed itself, so creating one costs
 * one small object, its output is a bijective mix of a counter (no two seeds share a prefix of
 * their streams unless the seeds collide), and it passes BigCrush. Its algorithm is fixed, so the
 * same seed gives the same numbers in every release.
 */
public final class Randoms {

  private Randoms() {}

  /** The generator for {@code seed}. Any long is a seed, 0 included. */
  public static UniformRandomProvider forSeed(long seed) {
    return new SplitMix64(seed);
  }
}
