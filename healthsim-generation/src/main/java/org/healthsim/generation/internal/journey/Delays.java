package org.healthsim.generation.internal.journey;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.rng.UniformRandomProvider;
import org.healthsim.core.distribution.ContinuousDistribution;
import org.healthsim.core.distribution.Distributions;
import org.healthsim.core.spec.DelaySpec;
import org.healthsim.core.spec.NormalSpec;

/** Draws whole-day delays from a {@link DelaySpec}, for journey events and triggers alike. */
public final class Delays {

  private static final Map<DelaySpec, ContinuousDistribution> NORMALS = new ConcurrentHashMap<>();

  private Delays() {}

  /**
   * A delay in days: {@code fixed} is {@code days}; {@code uniform} a whole number in {@code
   * [days_min, days_max]}; {@code normal} mean {@code days}, standard deviation {@code (max - min)
   * / 4}, truncated to {@code [days_min - 0.5, days_max + 0.5)} and rounded, so every day in the
   * bounds gets the normal's mass around it.
   */
  public static long sample(DelaySpec delay, UniformRandomProvider rng) {
    switch (delay.distribution()) {
      case FIXED:
        return delay.days();
      case UNIFORM:
        return rng.nextInt(delay.daysMin(), delay.daysMax() + 1);
      case NORMAL:
        if (delay.daysMin() == delay.daysMax()) {
          return delay.days();
        }
        ContinuousDistribution normal =
            NORMALS.computeIfAbsent(
                delay,
                d ->
                    (ContinuousDistribution)
                        Distributions.create(
                            new NormalSpec(
                                d.days(),
                                (d.daysMax() - d.daysMin()) / 4.0,
                                d.daysMin() - 0.5,
                                d.daysMax() + 0.5)));
        return Math.min(delay.daysMax(), Math.round(normal.sampleDouble(rng)));
      default:
        throw new IllegalStateException("delay " + delay.distribution());
    }
  }
}
