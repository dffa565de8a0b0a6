package org.healthsim.spark;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * A generated cohort's tables on Spark, by name, each with the single-machine table output's
 * schema. The rows are generated once and kept until {@link #close()}; each table reads them.
 */
public final class CohortTables implements AutoCloseable {

  /** The class whose presence says Delta Lake is on the class path. */
  static final String DELTA_CLASS = "io.delta.tables.DeltaTable";

  private final JavaRDD<Tuple2<String, Row>> rows;
  private final Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
  private final Map<String, Long> counts;

  CohortTables(
      SparkSession spark,
      JavaRDD<Tuple2<String, Row>> rows,
      Map<String, StructType> schemas,
      Map<String, Long> counts) {
    this.rows = rows;
    this.counts = Collections.unmodifiableMap(new java.util.TreeMap<>(counts));
    for (Map.Entry<String, StructType> e : schemas.entrySet()) {
      String name = e.getKey();
      JavaRDD<Row> table = rows.filter(r -> r._1().equals(name)).map(Tuple2::_2);
      tables.put(name, spark.createDataFrame(table, e.getValue()));
    }
  }

  /** The names of the tables that have rows, in alphabetical order. */
  public Set<String> names() {
    return Collections.unmodifiableSet(tables.keySet());
  }

  /** How many rows each table has, counted as they were generated (no further job). */
  public Map<String, Long> rowCounts() {
    return counts;
  }

  /** The tables by name. */
  public Map<String, Dataset<Row>> tables() {
    return Collections.unmodifiableMap(tables);
  }

  /**
   * Table {@code name}.
   *
   * @throws IllegalArgumentException when the cohort has no rows of it
   */
  public Dataset<Row> table(String name) {
    Dataset<Row> t = tables.get(name);
    if (t == null) {
      throw new IllegalArgumentException(
          "no table " + name + " in this cohort; it has " + String.join(", ", tables.keySet()));
    }
    return t;
  }

  /** Writes each table as Parquet under {@code uri}: {@code uri/claim/part-...parquet}. */
  public void writeParquet(String uri) {
    write(uri, "parquet");
  }

  /**
   * Writes each table as a Delta Lake table under {@code uri}: {@code uri/claim}.
   *
   * @throws IllegalStateException when Delta Lake ({@code io.delta:delta-spark_2.13}) is not on the
   *     class path
   */
  public void writeDelta(String uri) {
    if (!deltaAvailable()) {
      throw new IllegalStateException(
          "Delta Lake is not on the class path: add io.delta:delta-spark_2.13 (spark-submit"
              + " --packages) and its session extensions, or write Parquet");
    }
    write(uri, "delta");
  }

  /** Whether Delta Lake is on the class path. */
  public static boolean deltaAvailable() {
    try {
      Class.forName(DELTA_CLASS, false, CohortTables.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private void write(String uri, String format) {
    String base = uri.endsWith("/") ? uri : uri + "/";
    for (Map.Entry<String, Dataset<Row>> e : tables.entrySet()) {
      e.getValue().write().mode(SaveMode.ErrorIfExists).format(format).save(base + e.getKey());
    }
  }

  /** Lets go of the generated rows. */
  @Override
  public void close() {
    rows.unpersist(false);
  }
}
