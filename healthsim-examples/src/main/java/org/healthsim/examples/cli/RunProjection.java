package org.healthsim.examples.cli;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a large run will write and how long it will take, roughly, said before it starts: from
 * one-shot runs of {@code medicare-diabetic} measured on the 2-core machine (NDJSON to memory,
 * December 2026), so near for the built-in templates, and only an order of magnitude for other
 * specs, formats and disks.
 *
 * @param entities how many entities
 * @param bytes about how many bytes of NDJSON
 * @param seconds about how long, in seconds
 */
record RunProjection(long entities, double bytes, double seconds) {

  /** Past this many entities a run says its projection on stderr before it starts. */
  static final long ANNOUNCE = 1_000_000;

  /** Past this many entities a run needs {@code --large}. */
  static final long CONFIRM = 100_000_000;

  /** NDJSON bytes of an entity with person details (1,000,000 entities: 1.47 GB). */
  private static final double ENTITY_BYTES = 1_500;

  /** NDJSON bytes of a member-year of a billed year of care (10,000 members: 1.30 GB). */
  private static final double CARE_YEAR_BYTES = 130_000;

  /** Entities a second without journeys (1,000,000 in 6.0 s, one shot, December 7 2026). */
  private static final double ENTITIES_PER_SECOND = 170_000;

  /**
   * Members a second with a billed year of care (10,000 in 10.6 s, one shot, December 7 2026; the
   * warmed benchmark of docs/performance.md runs faster, the gap issue 19 is about).
   */
  private static final double CARE_YEARS_PER_SECOND = 940;

  /** The projection of {@code entities}, with journeys from {@code from} to {@code until}. */
  static RunProjection of(long entities, boolean journeys, LocalDate from, LocalDate until) {
    if (!journeys) {
      return new RunProjection(entities, entities * ENTITY_BYTES, entities / ENTITIES_PER_SECOND);
    }
    double years = (ChronoUnit.DAYS.between(from, until) + 1) / 365.25;
    double memberYears = entities * years;
    return new RunProjection(
        entities,
        entities * ENTITY_BYTES + memberYears * CARE_YEAR_BYTES,
        memberYears / CARE_YEARS_PER_SECOND);
  }

  /** Reads as {@code about 1.3 TB of NDJSON in about 3 days (a rough projection ...)}. */
  @Override
  public String toString() {
    return "about "
        + size(bytes)
        + " of NDJSON in about "
        + duration(seconds)
        + " (a rough projection from measured one-shot runs; other formats are smaller and"
        + " slower)";
  }

  private static String size(double bytes) {
    String[] units = {"B", "KB", "MB", "GB", "TB", "PB"};
    int u = 0;
    while (bytes >= 1000 && u < units.length - 1) {
      bytes /= 1000;
      u++;
    }
    return String.format(bytes < 10 ? "%.1f %s" : "%.0f %s", bytes, units[u]);
  }

  private static String duration(double seconds) {
    if (seconds < 120) {
      return Math.max(1, Math.round(seconds)) + " s";
    }
    if (seconds < 7_200) {
      return Math.round(seconds / 60) + " min";
    }
    if (seconds < 172_800) {
      return Math.round(seconds / 3_600) + " hours";
    }
    return Math.round(seconds / 86_400) + " days";
  }
}
