package org.healthsim.interchange.internal.fhir;

/**
 * FHIR ids from the records' ids. A record's id is unique within its entity's timeline, so the
 * entity's id before it makes it unique in the run; characters FHIR ids do not allow ({@code
 * [A-Za-z0-9\-.]}, at most 64) become {@code -}.
 */
final class FhirIds {

  private static final int MAX_LENGTH = 64;

  private FhirIds() {}

  /** {@code E001-ENC-7DDBA1AD3D}. */
  static String of(String patientId, String recordId) {
    return clean(patientId + "-" + recordId);
  }

  /** {@code text} with every character an id may not hold replaced by {@code -}. */
  static String clean(String text) {
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a FHIR id holds at most " + MAX_LENGTH + " characters: " + text);
    }
    for (int i = 0; i < text.length(); i++) {
      if (!allowed(text.charAt(i))) {
        return replace(text);
      }
    }
    return text;
  }

  private static String replace(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      b.append(allowed(c) ? c : '-');
    }
    return b.toString();
  }

  private static boolean allowed(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.';
  }
}
