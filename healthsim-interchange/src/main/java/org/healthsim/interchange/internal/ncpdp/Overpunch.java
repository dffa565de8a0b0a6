package org.healthsim.interchange.internal.ncpdp;

/**
 * NCPDP's signed numeric fields ({@code s9(n)v99}): the digits of the amount in cents, the last one
 * overpunched with the sign: {@code {ABCDEFGHI} for 0-9 when positive, {@code }JKLMNOPQR} when
 * negative. {@code 1080} cents is {@code 108{}, minus {@code 1234} is {@code 123M}.
 */
final class Overpunch {

  private static final String POSITIVE = "{ABCDEFGHI";
  private static final String NEGATIVE = "}JKLMNOPQR";

  private Overpunch() {}

  static String encode(long cents) {
    String digits = Long.toString(Math.abs(cents));
    int last = digits.charAt(digits.length() - 1) - '0';
    char sign = (cents < 0 ? NEGATIVE : POSITIVE).charAt(last);
    return digits.substring(0, digits.length() - 1) + sign;
  }
}
