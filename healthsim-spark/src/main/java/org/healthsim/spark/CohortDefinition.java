package org.healthsim.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.HealthSim;

/**
 * A cohort as data, to travel to Spark's executors: the profile (already resolved against any
 * reference data, which stays on the driver), the journeys, whether triggers and billing run, the
 * seed, the count and the window. Rebuilt on an executor, it draws exactly the members of the
 * cohort it was made from.
 *
 * @param profile the profile, resolved
 * @param journeys the journeys, in order
 * @param triggers whether events in one product trigger events in others
 * @param billing whether care is billed and adjudicated
 * @param seed the seed the members are drawn from
 * @param count the number of members
 * @param start the first day of the journeys
 * @param until the last day events are executed up to
 */
public record CohortDefinition(
    ProfileSpecification profile,
    List<JourneySpecification> journeys,
    boolean triggers,
    boolean billing,
    long seed,
    long count,
    LocalDate start,
    LocalDate until)
    implements Serializable {

  public CohortDefinition {
    Objects.requireNonNull(profile, "profile");
    journeys = List.copyOf(journeys);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(until, "until");
    if (count < 0) {
      throw new IllegalArgumentException("count = " + count + ": must be >= 0");
    }
  }

  /**
   * {@code cohort} as data, after every check its run would make, on the calling thread (the
   * driver): a bad spec fails here, with the message the command line gives, before any job.
   *
   * @throws org.healthsim.core.validation.SpecValidationException listing a spec's problems
   */
  public static CohortDefinition of(HealthSim cohort) {
    cohort.check();
    return new CohortDefinition(
        cohort.resolvedProfile(),
        cohort.journeyList(),
        cohort.triggersOn(),
        cohort.billingOn(),
        cohort.seedUsed(),
        cohort.countUsed(),
        cohort.startDate(),
        cohort.untilDate());
  }

  /** The cohort again, to generate from (on an executor: one thread, no reference data). */
  public HealthSim cohort() {
    return HealthSim.cohort(profile)
        .journeys(journeys.toArray(JourneySpecification[]::new))
        .triggers(triggers)
        .billing(billing)
        .seed(seed)
        .count(count)
        .period(start, until)
        .threads(1);
  }

  /** The first member index of partition {@code p} of {@code partitions}. */
  public long firstOf(int p, int partitions) {
    return Math.multiplyExact(count, (long) p) / partitions;
  }
}
