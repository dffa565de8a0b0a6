package org.healthsim.generation.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.generation.internal.stats.GoodnessOfFit;
import org.junit.jupiter.api.Test;

/**
 * Delays and probabilities over 100,000 entities of one engine, each entity with its own seeds;
 * every test's false-failure rate is 0.001.
 */
class DelayStatisticsTest {

  private static final int N = 100_000;
  private static final double ALPHA = 0.001;
  private static final LocalDate START = LocalDate.of(2025, 1, 1);

  private static long[] delays(String delay, int min, int max) {
    JourneySpecification j =
        SpecReader.journeyFromString(
            "{\"journey_id\": \"d\", \"events\": [{\"event_id\": \"e\", \"delay\": "
                + delay
                + "}]}");
    JourneyEngine engine = new JourneyEngine(2025);
    long[] counts = new long[max - min + 1];
    for (int i = 0; i < N; i++) {
      LocalDate date =
          engine
              .createTimeline(Map.of("id", "E" + i), "patient", j, START)
              .events()
              .get(0)
              .scheduledDate();
      counts[(int) ChronoUnit.DAYS.between(START, date) - min]++;
    }
    return counts;
  }

  @Test
  void uniformDelaysAreUniformOverTheirWholeDays() {
    long[] counts =
        delays("{\"days_min\": 3, \"days_max\": 10, \"distribution\": \"uniform\"}", 3, 10);
    double[] p = new double[counts.length];
    java.util.Arrays.fill(p, 1.0 / counts.length);
    assertThat(GoodnessOfFit.chiSquare(p, counts).pValue()).isGreaterThan(ALPHA);
  }

  @Test
  void normalDelaysFollowTheRoundedTruncatedNormal() {
    // mean 30, sd (40 - 20) / 4 = 5, truncated to [19.5, 40.5), rounded to whole days.
    long[] counts =
        delays(
            "{\"days\": 30, \"days_min\": 20, \"days_max\": 40, \"distribution\": \"normal\"}",
            20,
            40);
    NormalDistribution n = NormalDistribution.of(30, 5);
    double mass = n.cumulativeProbability(40.5) - n.cumulativeProbability(19.5);
    double[] p = new double[counts.length];
    for (int d = 20; d <= 40; d++) {
      p[d - 20] = (n.cumulativeProbability(d + 0.5) - n.cumulativeProbability(d - 0.5)) / mass;
    }
    assertThat(GoodnessOfFit.chiSquare(p, counts).pValue()).isGreaterThan(ALPHA);
  }

  @Test
  void probabilityIsTheShareOfEntitiesThatGetTheEvent() {
    JourneySpecification j =
        SpecReader.journeyFromString(
            "{\"journey_id\": \"p\", \"events\": [{\"event_id\": \"e\", \"probability\": 0.3}]}");
    JourneyEngine engine = new JourneyEngine(99);
    long happened = 0;
    for (int i = 0; i < N; i++) {
      if (engine.createTimeline(Map.of("id", "E" + i), "patient", j, START).events().get(0).status()
          == EventStatus.PENDING) {
        happened++;
      }
    }
    assertThat(GoodnessOfFit.binomial(N, happened, 0.3).pValue()).isGreaterThan(ALPHA);
  }
}
