package org.healthsim.core.spec;

import org.healthsim.core.validation.Problems;

/**
 * {@code "demographics": {"age": {...}, "gender": {...}, "race": {...}, "ethnicity": {...},
 * "source": "explicit", "reference": {...}}}. Any distribution may be absent.
 *
 * @param age distribution of age in whole years, or {@code null}
 * @param gender distribution of gender, or {@code null}
 * @param race distribution of race, or {@code null}
 * @param ethnicity distribution of ethnicity, or {@code null}
 * @param source where unspecified demographics come from
 * @param reference the geography of the cohort (and of its rates when the source is a reference),
 *     or {@code null}; required unless the source is explicit
 */
public record DemographicsSpec(
    DistributionSpec age,
    DistributionSpec gender,
    DistributionSpec race,
    DistributionSpec ethnicity,
    Source source,
    GeographyReference reference)
    implements java.io.Serializable {

  /** Where demographics come from. */
  public enum Source {
    /** Only what the spec writes. */
    EXPLICIT,
    /** Reference data (CDC PLACES, SVI) for the {@code reference} geography. */
    POPULATIONSIM,
    /** Reference data, with what the spec writes taking precedence field by field. */
    HYBRID
  }

  public DemographicsSpec {
    source = source == null ? Source.EXPLICIT : source;
    Problems problems = new Problems();
    if (source != Source.EXPLICIT && reference == null) {
      problems.add(
          "reference",
          "is required when source is " + source.name().toLowerCase(java.util.Locale.ROOT));
    }
    problems.throwIfAny();
  }

  /** Demographics with only age and gender. */
  public static DemographicsSpec of(DistributionSpec age, DistributionSpec gender) {
    return new DemographicsSpec(age, gender, null, null, Source.EXPLICIT, null);
  }
}
