package org.healthsim.generation.internal.providers;

/**
 * A clinician.
 *
 * @param npi ten-digit NPI (an individual's starts with 1), Luhn-valid
 * @param givenName given name
 * @param familyName family name
 * @param taxonomy NUCC taxonomy code
 * @param specialty the specialty key, such as {@code cardiology}
 */
public record Provider(
    String npi, String givenName, String familyName, String taxonomy, String specialty) {

  /** The name as a record shows it: {@code Dr. Given Family}. */
  public String displayName() {
    return "Dr. " + givenName + " " + familyName;
  }
}
