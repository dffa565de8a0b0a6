package org.healthsim.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.profile.GeneratedEntity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Runs {@link Samples} through the JUnit engine, as a build would, and checks what they got. */
class HealthSimExtensionTest {

  @BeforeEach
  void forget() {
    Samples.SEEN.clear();
  }

  private static Events run(Class<?> testClass) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(testClass))
        .execute()
        .testEvents();
  }

  private static Throwable failureOf(Events events) {
    Event failed = events.failed().list().get(0);
    return failed
        .getPayload(org.junit.platform.engine.TestExecutionResult.class)
        .orElseThrow()
        .getThrowable()
        .orElseThrow();
  }

  @Test
  void twoRunsOfATestGetIdenticalFixtures() {
    run(Samples.Records.class).assertStatistics(s -> s.succeeded(6).failed(0));
    Object first = Samples.SEEN.get("first");
    Object list = Samples.SEEN.get("list");
    Object cohort = Samples.SEEN.get("cohort");
    Samples.SEEN.clear();
    run(Samples.Records.class);
    assertThat(Samples.SEEN.get("first")).isEqualTo(first);
    assertThat(Samples.SEEN.get("list")).isEqualTo(list);
    assertThat(((Cohort) Samples.SEEN.get("cohort")).events())
        .isEqualTo(((Cohort) cohort).events());
  }

  @Test
  void differentTestsAndFixturesGetDifferentData() {
    run(Samples.Records.class);
    GeneratedEntity first = (GeneratedEntity) Samples.SEEN.get("first");
    GeneratedEntity second = (GeneratedEntity) Samples.SEEN.get("second");
    GeneratedEntity field = (GeneratedEntity) Samples.SEEN.get("first.field");
    assertThat(first.seed()).isNotEqualTo(second.seed()).isNotEqualTo(field.seed());
    assertThat(List.of(first.birthDate(), second.birthDate(), field.birthDate()))
        .doesNotHaveDuplicates();
  }

  @Test
  @SuppressWarnings("unchecked")
  void fixturesFollowTheirAnnotation() {
    run(Samples.Records.class);
    List<GeneratedEntity> list = (List<GeneratedEntity>) Samples.SEEN.get("list");
    assertThat(list).hasSize(25);
    assertThat(list).allSatisfy(e -> HealthSimAssertions.assertThat(e).hasCondition("E11"));
    List<GeneratedEntity> adults = (List<GeneratedEntity>) Samples.SEEN.get("adults");
    assertThat(adults)
        .hasSize(5)
        .allSatisfy(
            e -> {
              HealthSimAssertions.assertThat(e).hasAgeBetween(30, 40).hasCondition("I10");
              assertThat(e.gender()).isEqualTo("F");
              assertThat(e.birthDate().getYear()).isBetween(1989, 2000);
            });
    ProfileSpecification spec = (ProfileSpecification) Samples.SEEN.get("adults.spec");
    assertThat(spec.id()).isEqualTo("adults");
    assertThat(spec.generation().asOf()).hasToString("2030-06-30");
    // An explicit seed gives the entities of `healthsim generate --seed 42`.
    assertThat(Samples.SEEN.get("seed42"))
        .isEqualTo(
            new org.healthsim.generation.profile.ProfileExecutor(42)
                .execute(
                    org.healthsim.generation.template.ProfileTemplates.get("medicare-diabetic"), 3)
                .entities());
    Cohort cohort = (Cohort) Samples.SEEN.get("cohort");
    assertThat(cohort.members()).hasSize(20);
    assertThat(cohort.timelines())
        .allSatisfy(
            t ->
                HealthSimAssertions.assertThat(t)
                    .isCoherent()
                    .hasExecutedEvent("diagnosis")
                    .hasExecutedEvent("claim_professional"));
  }

  @Test
  void aFailingTestPrintsTheSeedThatReplaysIt() {
    Events events = run(Samples.Failing.class);
    events.assertStatistics(s -> s.failed(1));
    Throwable failure = failureOf(events);
    assertThat(failure.getSuppressed()).hasSize(1);
    String name =
        "org.healthsim.junit5.Samples$Failing#fails(org.healthsim.generation.profile.GeneratedEntity)";
    long printed = FixtureSeeds.derived(name);
    assertThat(failure.getSuppressed()[0])
        .isInstanceOf(FixtureSeedReport.class)
        .hasMessage(
            "HealthSim fixtures of "
                + name
                + " (parameter 0): seed "
                + printed
                + " (derived from the test name); replay with @Seed("
                + printed
                + "L)");
    // The seed pinned in Samples.Replay is the one printed: the same entity comes back.
    assertThat(Samples.REPLAYED).isEqualTo(printed);
    run(Samples.Replay.class).assertStatistics(s -> s.succeeded(1));
    assertThat(Samples.SEEN.get("replayed")).isEqualTo(Samples.SEEN.get("failing"));
  }

  @Test
  void anUnknownTemplateFailsTheTestWithAPlainMessage() {
    Events events = run(Samples.BadTemplate.class);
    Throwable failure = failureOf(events);
    assertThat(failure)
        .isInstanceOf(FixtureException.class)
        .hasMessageStartingWith(
            "@Fixture on parameter 0 of org.healthsim.junit5.Samples$BadTemplate#unknownTemplate(")
        .hasMessageContaining(
            "profile medicare-diabetc is neither a built-in template (medicare-diabetic,");
    assertThat(failure.getStackTrace()).isEmpty();
  }

  @Test
  void anInvalidSpecFailsTheTestWithTheSpecsOwnMessage() {
    Throwable failure = failureOf(run(Samples.BadSpec.class));
    assertThat(failure)
        .isInstanceOf(FixtureException.class)
        .hasMessageStartingWith(
            "@Fixture on field BadSpec.entities: invalid specs/bad-profile.json")
        .hasMessageContaining("generation.count = 0: must be at least 1")
        .hasMessageContaining("demographics.age.std: unknown key; did you mean std_dev?");
    assertThat(failure.getStackTrace()).isEmpty();
  }

  @Test
  void anUnsupportedTypeIsNamed() {
    assertThat(failureOf(run(Samples.WrongType.class)))
        .hasMessageEndingWith(
            "@Fixture makes a GeneratedEntity, a List<GeneratedEntity>, a Cohort or a"
                + " ProfileSpecification, not java.lang.String");
  }
}
