package org.healthsim.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.healthsim.generation.HealthSim;
import org.healthsim.spark.internal.PartitionRows;
import scala.Tuple2;

/**
 * A cohort generated on Spark: its tables (the single-machine table output's: {@code entity},
 * {@code entity_condition}, ..., {@code event}, {@code claim}, {@code claim_line}, ...) as {@code
 * Dataset<Row>}s, made on the executors by {@code mapPartitions} over ranges of member indexes.
 * Member {@code i} is a pure function of the seed, the specs and {@code i}, so the rows are those
 * of a single-machine run of the same cohort, whatever the partitions.
 *
 * <pre>{@code
 * HealthSim cohort = HealthSim.cohort("medicare-diabetic").journeys("year-of-care")
 *     .count(1_000_000).seed(42);
 * try (CohortTables tables = SparkCohort.generate(spark, cohort, 200)) {
 *   tables.writeParquet("s3a://bucket/healthsim/run-1");
 * }
 * }</pre>
 */
public final class SparkCohort {

  private SparkCohort() {}

  /**
   * Generates {@code cohort} in {@code partitions} partitions. The cohort is checked on the driver
   * first (a bad spec fails here, before any job, as on the command line), and its profile resolved
   * there against its reference data; the specs then travel to the executors as data. The members'
   * rows are generated once, kept (memory, then disk) while the tables are read, and let go by
   * {@link CohortTables#close()}.
   *
   * @throws org.healthsim.core.validation.SpecValidationException listing a spec's problems
   * @throws IllegalArgumentException when {@code partitions < 1}
   */
  public static CohortTables generate(SparkSession spark, HealthSim cohort, int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions = " + partitions + ": must be at least 1");
    }
    CohortDefinition definition = CohortDefinition.of(cohort);
    boolean java8Dates =
        Boolean.parseBoolean(spark.conf().get("spark.sql.datetime.java8API.enabled", "false"));
    List<Integer> indexes = new ArrayList<>();
    for (int p = 0; p < partitions; p++) {
      indexes.add(p);
    }
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Tuple2<String, Row>> rows =
        context
            .parallelize(indexes, partitions)
            .mapPartitions(
                it -> {
                  List<Tuple2<String, Row>> none = List.of();
                  if (!it.hasNext()) {
                    return none.iterator();
                  }
                  int p = it.next();
                  long from = definition.firstOf(p, partitions);
                  long to = definition.firstOf(p + 1, partitions);
                  return new PartitionRows(
                      definition.cohort().members(from, to).iterator(), java8Dates);
                },
                true)
            .persist(StorageLevel.MEMORY_AND_DISK());
    Map<String, StructType> schemas = new TreeMap<>();
    Map<String, Long> counts = new TreeMap<>();
    for (Tuple2<Tuple2<String, StructType>, Long> s :
        rows.mapPartitions(SparkCohort::schemas).collect()) {
      String table = s._1()._1();
      StructType before = schemas.putIfAbsent(table, s._1()._2());
      if (before != null && !before.equals(s._1()._2())) {
        throw twoSchemas(table, before, s._1()._2());
      }
      counts.merge(table, s._2(), Long::sum);
    }
    return new CohortTables(spark, rows, schemas, counts);
  }

  /**
   * The tables a partition has rows of, each with its schema and how many rows it has. A table's
   * rows share one schema instance in a partition, so a row is checked by identity, and compared
   * only when its instance differs.
   */
  private static java.util.Iterator<Tuple2<Tuple2<String, StructType>, Long>> schemas(
      java.util.Iterator<Tuple2<String, Row>> rows) {
    Map<String, StructType> schemas = new java.util.LinkedHashMap<>();
    Map<String, Long> counts = new java.util.HashMap<>();
    while (rows.hasNext()) {
      Tuple2<String, Row> r = rows.next();
      StructType schema = r._2().schema();
      StructType first = schemas.putIfAbsent(r._1(), schema);
      if (first != null && first != schema && !first.equals(schema)) {
        throw twoSchemas(r._1(), first, schema);
      }
      counts.merge(r._1(), 1L, Long::sum);
    }
    List<Tuple2<Tuple2<String, StructType>, Long>> out = new ArrayList<>();
    schemas.forEach(
        (table, schema) -> out.add(new Tuple2<>(new Tuple2<>(table, schema), counts.get(table))));
    return out.iterator();
  }

  private static IllegalStateException twoSchemas(String table, StructType a, StructType b) {
    return new IllegalStateException(
        "table " + table + " has rows of two schemas: " + a + " and " + b);
  }
}
