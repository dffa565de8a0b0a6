package org.healthsim.generation.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.ProfileSpecification;
import org.junit.jupiter.api.Test;

/** The report has power: a cohort drawn from other numbers than its spec's fails its metrics. */
class CohortValidatorTest {

  private static final String SPEC =
      "{\"demographics\": {\"age\": {\"type\": \"normal\", \"mean\": 50, \"std_dev\": 10, \"min\":"
          + " 18, \"max\": 90}, \"gender\": {\"type\": \"categorical\", \"weights\": {\"M\": 0.5,"
          + " \"F\": 0.5}}}, \"clinical\": {\"comorbidities\": [{\"code\": \"I10\", \"prevalence\":"
          + " 0.3}], \"lab_values\": {\"ldl\": {\"type\": \"normal\", \"mean\": 120, \"std_dev\":"
          + " 30, \"min\": 40, \"max\": 250}}}}";

  /** Tallies a cohort drawn from {@code drawn} and reports it against {@code claimed}. */
  private static ValidationReport report(String drawn, String claimed, int n) throws IOException {
    EntityFactory generator = new EntityFactory(SpecReader.profileFromString(drawn), 99);
    EntityFactory judge = new EntityFactory(SpecReader.profileFromString(claimed), 99);
    Tally tally = judge.validator().newTally();
    // Observe the draws of one spec through the other spec's checks.
    Tally drawnTally = generator.validator().newTally();
    for (int i = 0; i < n; i++) {
      generator.create(i, drawnTally);
    }
    tally.merge(drawnTally);
    return judge.validator().report(tally, ValidationReport.DEFAULT_ALPHA);
  }

  @Test
  void aCorrectCohortPasses() throws IOException {
    ValidationReport report = report(SPEC, SPEC, 20_000);
    assertThat(report.passed()).as("%s", report).isTrue();
  }

  @Test
  void aShiftedMeanFails() throws IOException {
    ValidationReport report = report(SPEC.replace("\"mean\": 50", "\"mean\": 51"), SPEC, 20_000);
    assertThat(report.metrics().stream().filter(m -> !m.passed()).map(ValidationMetric::name))
        .containsExactly("demographics.age");
  }

  @Test
  void aWrongShareFails() throws IOException {
    ValidationReport report =
        report(SPEC.replace("\"M\": 0.5, \"F\": 0.5", "\"M\": 0.48, \"F\": 0.52"), SPEC, 40_000);
    assertThat(report.metrics().stream().filter(m -> !m.passed()).map(ValidationMetric::name))
        .containsExactly("demographics.gender");
  }

  @Test
  void aWrongPrevalenceFails() throws IOException {
    ValidationReport report =
        report(SPEC.replace("\"prevalence\": 0.3", "\"prevalence\": 0.32"), SPEC, 20_000);
    assertThat(report.metrics().stream().filter(m -> !m.passed()).map(ValidationMetric::name))
        .containsExactly("condition I10");
  }

  @Test
  void tooFewDrawsAreReportedNotFailed() throws IOException {
    ValidationReport report = report(SPEC, SPEC, 3);
    assertThat(report.passed()).isTrue();
    assertThat(report.warnings()).isNotEmpty();
  }

  @Test
  void theReportReadsAsOneLinePerMetric() {
    ProfileSpecification spec = SpecReader.profileFromString(SPEC);
    ValidationReport report = new ProfileExecutor(1).execute(spec, 5000).validation();
    assertThat(report.toString())
        .contains("ok     demographics.gender: target M 0.5000, F 0.5000")
        .contains("kolmogorov-smirnov")
        .endsWith(
            "all 4 metrics consistent with the spec (family-wise alpha = 0.001, Holm-Bonferroni)");
  }
}
