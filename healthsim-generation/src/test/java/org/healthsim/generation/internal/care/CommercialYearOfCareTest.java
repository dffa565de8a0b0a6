package org.healthsim.generation.internal.care;

import static org.assertj.core.api.Assertions.assertThat;

import org.healthsim.generation.calibration.CalibrationReport;
import org.junit.jupiter.api.Test;

/**
 * A working-age commercial book on year-of-care (20,000 members, seed 42): the acceptance
 * ranges, each several standard errors wide at this size.
 */
class CommercialYearOfCareTest {

  @Test
  void utilisationIsThatOfACommercialBook() {
    CalibrationReport.Line commercial =
        YearOfCareRun.of("commercial-healthy", 20_000).report.line("Commercial");
    assertThat(commercial.measure("office_visits_per_member_year").value()).isBetween(2.0, 5.0);
    assertThat(commercial.measure("fills_30_day_per_member_year").value()).isBetween(6.0, 16.0);
    assertThat(commercial.measure("admissions_per_1000").value()).isBetween(40.0, 90.0);
    assertThat(commercial.measure("office_visits_on_weekends_or_holidays").value())
        .isLessThan(0.02);
  }

  @Test
  void aYearOfClaimsCostsWhatACommercialBookCosts() {
    CalibrationReport.Line commercial =
        YearOfCareRun.of("commercial-healthy", 20_000).report.line("Commercial");
    // Issue 13's range; HCCI's ESI figure is about $539 PMPM (BENCHMARKS.md).
    assertThat(commercial.measure("allowed_pmpm").value()).isBetween(200.0, 700.0);
    assertThat(commercial.measure("paid_pmpm").value())
        .isLessThan(commercial.measure("allowed_pmpm").value());
    assertThat(commercial.measure("professional_denial_rate").value()).isBetween(0.03, 0.20);
  }
}
