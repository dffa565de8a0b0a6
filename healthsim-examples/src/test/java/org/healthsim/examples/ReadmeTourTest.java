package org.healthsim.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.healthsim.core.distribution.Distribution;
import org.healthsim.core.distribution.Distributions;
import org.healthsim.core.distribution.NormalDistribution;
import org.healthsim.core.expression.Expression;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.sampling.AttributeSampler;
import org.healthsim.core.seed.SeedHierarchy;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.HealthSim;
import org.healthsim.generation.RunSummary;
import org.healthsim.generation.output.OutputFormat;
import org.healthsim.generation.output.RunManifest;
import org.healthsim.generation.profile.ExecutionResult;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.generation.template.ProfileTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's 30-second tour, statement for statement, with what each line promises. */
class ReadmeTourTest {

  @TempDir Path dir;

  @Test
  void theTourRunsAsWritten() throws Exception {
    RunSummary run =
        HealthSim.cohort("medicare-diabetic")
            .journeys("year-of-care")
            .seed(42)
            .count(1_000)
            .writeTo(OutputFormat.NDJSON, dir.resolve("medicare"));

    ProfileExecutor executor = new ProfileExecutor(42);
    ExecutionResult result = executor.execute(ProfileTemplates.get("medicare-diabetic"));
    GeneratedEntity first = result.entities().get(0);
    boolean followsSpec = result.validation().passed();

    ProfileSpecification profile =
        SpecReader.readProfile(Path.of("..", "examples", "specs", "diabetic-cohort.json"));

    Distribution age =
        Distributions.create(
            Map.of("type", "normal", "mean", 72, "std_dev", 8, "min", 65, "max", 95));

    Expression rule =
        Expression.parse("age >= 65 and has_condition('E11') and not (state in ['TX','CA'])");

    SeedHierarchy seeds = new SeedHierarchy(42);
    Map<String, Object> entity5 = AttributeSampler.of(profile).sample(seeds, 5);

    assertThat(run.members()).isEqualTo(1_000);
    assertThat(run.events()).isGreaterThan(50_000);
    assertThat(run.calibration()).isNotNull();
    assertThat(RunManifest.verify(run.dir())).isEmpty();
    assertThat(first.entityId()).isEqualTo("E001");
    assertThat(first.identifiers().patientId()).isEqualTo("P001");
    assertThat(first.identifiers().memberId()).isEqualTo("M001");
    assertThat(followsSpec).isTrue();
    assertThat(profile.id()).isEqualTo("diabetic-cohort");
    assertThat(age).isInstanceOf(NormalDistribution.class);
    assertThat(rule.test(Map.of("age", 70, "state", "NY", "conditions", List.of("E11.9"))))
        .isTrue();
    assertThat(rule.test(Map.of("age", 70, "state", "TX", "conditions", List.of("E11.9"))))
        .isFalse();
    assertThat(entity5).isEqualTo(AttributeSampler.of(profile).sample(new SeedHierarchy(42), 5));
    assertThat((Integer) entity5.get("age")).isBetween(65, 95);
  }

  /** The tour's reference lines, on a database built from the real CDC files. */
  @Test
  void theReferenceLinesRunAsWritten(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path raw = org.healthsim.reference.SharedReferenceData.raw();
    ReferenceFiles.open(dir.resolve("reference.duckdb"), raw).close();
    ProfileSpecification hybridSpec =
        SpecReader.profileFromString(HarrisCountyHybrid.USER_SPEC, "README");

    try (org.healthsim.reference.ReferenceDatabase db =
        org.healthsim.reference.ReferenceDatabase.open(dir.resolve("reference.duckdb"))) {
      org.healthsim.reference.resolve.ReferenceProfile harris =
          db.resolver().resolveCounty("48201");
      ExecutionResult cohort = new ProfileExecutor(42).withReference(db).execute(hybridSpec);

      assertThat(harris.pctDiabetes()).hasToString("12.6");
      assertThat(harris.sviRank()).hasToString("0.9201");
      assertThat(cohort.entities())
          .hasSize(100)
          .allSatisfy(e -> assertThat(e.countyFips()).isEqualTo("48201"));
    }
  }
}
