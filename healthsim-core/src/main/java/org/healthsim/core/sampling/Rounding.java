package org.healthsim.core.sampling;

/** Rounding a drawn value to the decimals it is written with, without saturating. */
public final class Rounding {

  // Below this a scaled value fits a long with room to spare; above it a double has no fraction.
  private static final double EXACT_LONG = 1e18;

  private Rounding() {}

  /**
   * {@code value} rounded to a multiple of {@code 1 / scale} (half up, as {@link Math#round}):
   * {@code toScale(8.25, 10)} is {@code 8.3}. A value too large for that ({@code |value * scale| >=
   * 10^18}, which has no fraction left to round) and a value that is not finite come back
   * unchanged, never saturated to {@link Long#MAX_VALUE}.
   */
  public static double toScale(double value, double scale) {
    double scaled = value * scale;
    return Math.abs(scaled) < EXACT_LONG ? Math.round(scaled) / scale : value;
  }
}
