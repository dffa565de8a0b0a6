package org.healthsim.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.core.validation.SpecValidationException;
import org.healthsim.generation.HealthSim;
import org.healthsim.generation.output.OutputFormat;
import org.healthsim.generation.profile.ReferenceResolver;
import org.healthsim.generation.template.ProfileTemplates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tables a cohort gives on Spark ({@code local[2]}) hold exactly the rows of a single-machine
 * {@code --format parquet} run of the same cohort, with the same schemas, on 2 partitions and on 7;
 * a bad spec fails on the driver before any job.
 */
class SparkCohortTest {

  private static final int MEMBERS = 30;

  @TempDir static Path dir;
  private static Path parquet;

  private static HealthSim cohort() {
    return HealthSim.cohort("medicare-diabetic").journeys("year-of-care").count(MEMBERS).seed(11);
  }

  @BeforeAll
  static void singleMachineRun() throws IOException {
    parquet = dir.resolve("single");
    cohort().threads(2).writeTo(OutputFormat.PARQUET, parquet);
  }

  /** The tables of the single-machine run: each {@code .parquet} file's name. */
  private static Set<String> singleMachineTables() throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.list(parquet)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".parquet"))
          .forEach(n -> names.add(n.substring(0, n.length() - ".parquet".length())));
    }
    return names;
  }

  /** The single-machine run's rows of each table, sorted, read once for both partition counts. */
  private static final Map<String, List<String>> EXPECTED = new TreeMap<>();

  private static synchronized Map<String, List<String>> expected() throws IOException {
    if (EXPECTED.isEmpty()) {
      for (String name : singleMachineTables()) {
        Dataset<Row> single =
            SparkSessions.local().read().parquet(parquet.resolve(name + ".parquet").toString());
        EXPECTED.put(name + " schema", List.of(single.schema().simpleString()));
        EXPECTED.put(name, sorted(single));
      }
    }
    return EXPECTED;
  }

  private static void assertSameRows(int partitions) throws IOException {
    SparkSession spark = SparkSessions.local();
    Map<String, List<String>> expected = expected();
    try (CohortTables tables = SparkCohort.generate(spark, cohort(), partitions)) {
      Set<String> names = singleMachineTables();
      assertThat(tables.names()).isEqualTo(names);
      assertThat(names).contains("entity", "event", "claim", "claim_line", "pharmacy_claim");
      for (String name : names) {
        Dataset<Row> sparked = tables.table(name);
        assertThat(sparked.schema().simpleString())
            .as(name + " schema")
            .isEqualTo(expected.get(name + " schema").get(0));
        List<String> rows = expected.get(name);
        assertThat(rows).as(name + " rows").isNotEmpty();
        assertThat(sorted(sparked)).as(name + " rows").isEqualTo(rows);
        assertThat(tables.rowCounts().get(name)).as(name + " count").isEqualTo(rows.size());
      }
    }
  }

  /** A table's rows as text, sorted. */
  private static List<String> sorted(Dataset<Row> table) {
    List<String> rows = new ArrayList<>();
    for (Row r : table.collectAsList()) {
      rows.add(r.toString());
    }
    rows.sort(null);
    return rows;
  }

  /** A journey whose problem only the checks find: a lab the catalog does not have. */
  static final String BAD_JOURNEY =
      """
      {"journey_id": "bad-journey", "products": ["patientsim"], "events": [
        {"event_id": "start", "event_type": "journey_start"},
        {"event_id": "lab", "event_type": "lab_order", "depends_on": "start",
         "parameters": {"lab": "no_such_lab"}}
      ]}
      """;

  @Test
  void twoPartitionsHoldTheSingleMachineRunsRows() throws IOException {
    assertSameRows(2);
  }

  @Test
  void sevenPartitionsHoldTheSingleMachineRunsRows() throws IOException {
    assertSameRows(7);
  }

  @Test
  void aBadSpecFailsOnTheDriverBeforeAnyJob() {
    SparkSession spark = SparkSessions.local();
    AtomicInteger jobs = new AtomicInteger();
    SparkListener counter =
        new SparkListener() {
          @Override
          public void onJobStart(SparkListenerJobStart jobStart) {
            jobs.incrementAndGet();
          }
        };
    spark.sparkContext().addSparkListener(counter);
    try {
      HealthSim bad =
          HealthSim.cohort("medicare-diabetic")
              .journeys(SpecReader.journeyFromString(BAD_JOURNEY))
              .count(5);
      assertThatThrownBy(() -> SparkCohort.generate(spark, bad, 2))
          .isInstanceOf(SpecValidationException.class)
          .hasMessageContaining("no_such_lab");
      assertThat(jobs.get()).isZero();
    } finally {
      spark.sparkContext().removeSparkListener(counter);
    }
  }

  /**
   * A resolver that is not serializable and counts its calls: the reference data stays on the
   * driver, which resolves the profile; the executors get the resolved profile.
   */
  private static final class DriverOnlyReference implements ReferenceResolver {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public ProfileSpecification resolve(ProfileSpecification profile) {
      calls.incrementAndGet();
      return ProfileTemplates.get("medicare-diabetic").withGeneration(profile.generation());
    }
  }

  @Test
  void aReferenceProfileIsResolvedOnTheDriverAndGivesTheSingleMachineRows() throws IOException {
    ProfileSpecification reference =
        SpecReader.profileFromString(
            "{\"id\": \"harris\", \"generation\": {\"count\": 20}, \"demographics\": {"
                + "\"source\": \"populationsim\", \"reference\": {\"type\": \"county\","
                + " \"fips\": \"48201\"}}}");
    DriverOnlyReference resolver = new DriverOnlyReference();
    HealthSim cohort =
        HealthSim.cohort(reference)
            .journeys("diabetic-first-year")
            .count(20)
            .seed(4)
            .reference(resolver);
    Path single = dir.resolve("reference");
    cohort.writeTo(OutputFormat.PARQUET, single);
    SparkSession spark = SparkSessions.local();
    try (CohortTables tables = SparkCohort.generate(spark, cohort, 3)) {
      assertThat(resolver.calls.get()).isPositive();
      for (String name : List.of("entity", "entity_condition", "event")) {
        assertThat(sorted(tables.table(name)))
            .as(name)
            .isEqualTo(sorted(spark.read().parquet(single.resolve(name + ".parquet").toString())));
      }
    }
  }

  @Test
  void deltaIsRefusedWithoutDeltaLakeOnTheClassPath() {
    assertThat(CohortTables.deltaAvailable()).isFalse();
    try (CohortTables tables = SparkCohort.generate(SparkSessions.local(), cohort().count(3), 1)) {
      assertThatThrownBy(() -> tables.writeDelta(dir.resolve("delta").toUri().toString()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("io.delta:delta-spark_2.13");
    }
    assertThat(dir.resolve("delta")).doesNotExist();
  }

  @Test
  void memberRangesSplitTheCohortWithoutGapsOrOverlaps() {
    CohortDefinition d = CohortDefinition.of(cohort());
    for (int partitions : List.of(1, 2, 7, 61)) {
      List<Long> firsts = new ArrayList<>();
      for (int p = 0; p <= partitions; p++) {
        firsts.add(d.firstOf(p, partitions));
      }
      assertThat(firsts.get(0)).isZero();
      assertThat(firsts.get(partitions)).isEqualTo((long) MEMBERS);
      assertThat(firsts).isSorted();
    }
  }
}
