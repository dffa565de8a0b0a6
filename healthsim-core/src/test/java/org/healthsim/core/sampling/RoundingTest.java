package org.healthsim.core.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RELIABILITY-TRIAL F4: rounding to a lab's decimals never saturates to Long.MAX_VALUE. */
class RoundingTest {

  @Test
  void roundsHalfUpToTheScale() {
    assertThat(Rounding.toScale(8.25, 10)).isEqualTo(8.3);
    assertThat(Rounding.toScale(72.4999, 1)).isEqualTo(72.0);
    assertThat(Rounding.toScale(-1.25, 10)).isEqualTo(-1.2);
  }

  @Test
  void aValueTooLargeToHaveAFractionComesBackAsDrawn() {
    assertThat(Rounding.toScale(1e20, 1)).isEqualTo(1e20);
    assertThat(Rounding.toScale(1e300, 10)).isEqualTo(1e300);
    assertThat(Rounding.toScale(-3e18, 100)).isEqualTo(-3e18);
    assertThat(Rounding.toScale(Double.POSITIVE_INFINITY, 10)).isInfinite();
    assertThat(Rounding.toScale(Double.NaN, 10)).isNaN();
  }

  @Test
  void theLargestValueASpecMayDrawKeepsItsDecimals() {
    // 10^15 is the limit on a distribution's numbers; with three decimals it is still exact.
    assertThat(Rounding.toScale(999_999_999_999.1234, 1000)).isEqualTo(999_999_999_999.123);
    assertThat(Rounding.toScale(1e15 + 0.5, 1)).isEqualTo(1e15 + 1);
  }
}
