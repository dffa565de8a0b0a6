package org.healthsim.core.spec;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who pays: the line of business of an entity's coverage. A profile's {@code coverage.type} names
 * one ({@link #displayName()}, or an alias such as {@code Original Medicare}); a plan can name a
 * more specific one (a {@code Medicare Advantage} plan under {@code Medicare}).
 */
public enum LineOfBusiness {
  MEDICARE("Medicare"),
  MEDICARE_ADVANTAGE("Medicare Advantage"),
  MEDICAID("Medicaid"),
  COMMERCIAL("Commercial"),
  UNINSURED("Uninsured");

  /** Other names people write for a line of business, lower case. */
  private static final Map<String, LineOfBusiness> ALIASES =
      Map.of(
          "original medicare", MEDICARE,
          "medicare ffs", MEDICARE,
          "ma", MEDICARE_ADVANTAGE,
          "chip", MEDICAID,
          "marketplace", COMMERCIAL,
          "employer", COMMERCIAL,
          "self-pay", UNINSURED,
          "self pay", UNINSURED);

  /** Insured people of this age and over without a named line of business are on Medicare. */
  public static final int MEDICARE_AGE = 65;

  private final String displayName;

  LineOfBusiness(String displayName) {
    this.displayName = displayName;
  }

  /** The name written in specs and output, such as {@code Medicare Advantage}. */
  public String displayName() {
    return displayName;
  }

  /** True for Original Medicare and Medicare Advantage. */
  public boolean isMedicare() {
    return this == MEDICARE || this == MEDICARE_ADVANTAGE;
  }

  /** The line of business a name means (case-insensitive; display names and aliases). */
  public static Optional<LineOfBusiness> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String key = name.strip().toLowerCase(Locale.ROOT);
    for (LineOfBusiness l : values()) {
      if (l.displayName.toLowerCase(Locale.ROOT).equals(key)) {
        return Optional.of(l);
      }
    }
    return Optional.ofNullable(ALIASES.get(key));
  }

  /**
   * The line of business of a coverage type: the one it names; when it names none (a reference
   * profile's insured people, whose sources do not say), Medicare from {@value #MEDICARE_AGE}, else
   * commercial.
   *
   * @param age the person's age, or {@code null} when unknown (then commercial)
   */
  public static LineOfBusiness of(String coverageType, Integer age) {
    return parse(coverageType).orElse(age != null && age >= MEDICARE_AGE ? MEDICARE : COMMERCIAL);
  }
}
