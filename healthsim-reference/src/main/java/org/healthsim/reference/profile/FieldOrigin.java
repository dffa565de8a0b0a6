package org.healthsim.reference.profile;

/**
 * Where a field of a resolved profile came from.
 *
 * @param kind written by the user, taken from reference data, or a documented default
 * @param detail for reference data, the sources ({@code CDC/ATSDR SVI 2022 EP_AGE17, EP_AGE65});
 *     for a default, what it is
 */
public record FieldOrigin(Kind kind, String detail) {

  /** The kinds of origin. */
  public enum Kind {
    USER,
    REFERENCE,
    DEFAULT
  }

  static final FieldOrigin USER = new FieldOrigin(Kind.USER, "written in the spec");

  static FieldOrigin reference(String detail) {
    return new FieldOrigin(Kind.REFERENCE, detail);
  }

  static FieldOrigin byDefault(String detail) {
    return new FieldOrigin(Kind.DEFAULT, detail);
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ": " + detail;
  }
}
