package org.healthsim.core.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.validation.Problem;
import org.healthsim.core.validation.SpecValidationException;
import org.junit.jupiter.api.Test;

class JourneyValidationTest {

  private static List<Problem> problems(String events) {
    try {
      SpecReader.journeyFromString("{\"journey_id\": \"j\", \"events\": " + events + "}");
    } catch (SpecValidationException e) {
      return e.problems();
    }
    throw new AssertionError("expected the journey to be rejected: " + events);
  }

  @Test
  void unknownDependsOn() {
    assertThat(problems("[{\"event_id\": \"lab\", \"depends_on\": \"dx\"}]"))
        .extracting(Problem::toString)
        .containsExactly("events[0].depends_on = dx: no event has this id");
  }

  @Test
  void cycleIsReportedWithItsPath() {
    assertThat(
            problems(
                "[{\"event_id\": \"a\", \"depends_on\": \"b\"}, {\"event_id\": \"b\","
                    + " \"depends_on\": \"a\"}]"))
        .extracting(Problem::rule)
        .containsExactly(
            "depends_on forms a cycle: a -> b -> a", "depends_on forms a cycle: b -> a -> b");
  }

  /** {@code n} events, each depending on the one before; the first on {@code first}. */
  private static String chain(int n, String first) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      String parent = i == 0 ? first : "e" + (i - 1);
      s.append(i == 0 ? "" : ", ")
          .append("{\"event_id\": \"e")
          .append(i)
          .append('"')
          .append(parent == null ? "" : ", \"depends_on\": \"" + parent + "\"")
          .append('}');
    }
    return s.append(']').toString();
  }

  @Test
  void aLongChainIsReadAndALongCycleIsShortenedInItsMessage() {
    // RELIABILITY-TRIAL F8: the cycle check walked the chain from every event, O(n^3).
    String longest = chain(JourneySpecification.MAX_EVENTS, null);
    assertThat(
            SpecReader.journeyFromString("{\"journey_id\": \"j\", \"events\": " + longest + "}")
                .events())
        .hasSize(10_000);

    List<Problem> cycle = problems(chain(12, "e11"));
    assertThat(cycle).hasSize(12);
    assertThat(cycle.get(0).rule())
        .isEqualTo(
            "depends_on forms a cycle: e0 -> e11 -> e10 -> e9 -> e8 -> e7 -> e6 -> e5 -> e4 -> e3"
                + " -> ... (12 events) -> e0");
  }

  @Test
  void aJourneyPastTheEventLimitIsRefusedAsALimit() {
    assertThat(problems(chain(JourneySpecification.MAX_EVENTS + 1, null)))
        .extracting(Problem::toString)
        .containsExactly(
            "events = 10001 events: is beyond the limit of 10000 events a journey may have");
  }

  @Test
  void duplicateEventId() {
    assertThat(problems("[{\"event_id\": \"a\"}, {\"event_id\": \"a\"}]"))
        .extracting(Problem::path)
        .containsExactly("events[1].event_id");
  }

  @Test
  void forwardReferencesAreFine() {
    var journey =
        SpecReader.journeyFromString(
            "{\"journey_id\": \"j\", \"events\": [{\"event_id\": \"notice\", \"depends_on\":"
                + " \"term\"}, {\"event_id\": \"term\"}]}");
    assertThat(journey.events()).hasSize(2);
  }

  @Test
  void delayBoundsOutOfOrder() {
    assertThat(
            problems(
                "[{\"event_id\": \"a\", \"delay\": {\"days\": 7, \"days_min\": 10, \"days_max\": 3}}]"))
        .extracting(Problem::path)
        .containsExactly("events[0].delay.days_min");
  }

  @Test
  void fixedDelayWithBoundsIsAnError() {
    assertThat(
            problems(
                "[{\"event_id\": \"a\", \"delay\": {\"days\": 7, \"days_min\": 3, \"days_max\": 10,"
                    + " \"distribution\": \"fixed\"}}]"))
        .extracting(Problem::path)
        .containsExactly("events[0].delay.distribution");
  }

  @Test
  void unknownDelayKeyHintsTheKeyMeant() {
    assertThat(problems("[{\"event_id\": \"a\", \"delay\": {\"days\": 7, \"min_days\": 3}}]"))
        .extracting(Problem::toString)
        .containsExactly("events[0].delay.min_days: unknown key; did you mean days_min?");
  }

  @Test
  void repeatJitterMustBeBelowThePeriod() {
    assertThat(
            problems(
                "[{\"event_id\": \"a\", \"repeat\": {\"every_days\": 7, \"count\": 3, \"jitter_days\": 7}}]"))
        .extracting(Problem::path)
        .containsExactly("events[0].repeat.jitter_days");
  }

  @Test
  void inOperatorNeedsAList() {
    assertThat(
            problems(
                "[{\"event_id\": \"a\", \"conditions\": [{\"field\": \"state\", \"operator\":"
                    + " \"in\", \"value\": \"TX\"}]}]"))
        .extracting(Problem::path)
        .containsExactly("events[0].conditions[0].value");
  }

  @Test
  void badWhenExpression() {
    assertThat(problems("[{\"event_id\": \"a\", \"when\": \"age >= 65 and\"}]"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("events[0].when");
              assertThat(p.rule()).startsWith("column 14:");
            });
  }

  @Test
  void unknownProductHintsTheProductMeant() {
    assertThat(problems("[{\"event_id\": \"a\", \"product\": \"patientsm\"}]"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("events[0].product");
              assertThat(p.rule()).endsWith("did you mean patientsim?");
            });
  }
}
