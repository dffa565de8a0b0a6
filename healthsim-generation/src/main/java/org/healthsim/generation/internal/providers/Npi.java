package org.healthsim.generation.internal.providers;

/**
 * National Provider Identifiers: ten digits whose last is a Luhn check digit computed over the
 * prefix 80840 and the first nine (CMS, "Requirements for Check Digit Algorithm for the NPI").
 */
public final class Npi {

  private Npi() {}

  /** The NPI whose first nine digits are {@code nine} (a number below 10^9, first digit 1 or 2). */
  public static String of(long nine) {
    String body = String.format("%09d", nine);
    return body + checkDigit(body);
  }

  /** True when {@code npi} is ten digits with a valid check digit. */
  public static boolean isValid(String npi) {
    return npi != null
        && npi.matches("\\d{10}")
        && checkDigit(npi.substring(0, 9)) == npi.charAt(9) - '0';
  }

  static int checkDigit(String nine) {
    String digits = "80840" + nine;
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 0) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return (10 - sum % 10) % 10;
  }
}
