package org.healthsim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.healthsim.examples.cli.HealthSimCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code spark-submit} main class: it writes a table a directory of Parquet parts, with the
 * member count asked for; a bad spec fails before any job with the command line's message and exit
 * code.
 */
class GenerateJobTest {

  @TempDir Path dir;

  private record Result(int code, String out, String err) {}

  private static Result job(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        GenerateJob.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Result cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = HealthSimCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void writesEachTableAsParquetParts() {
    SparkSession spark = SparkSessions.local();
    String out = dir.resolve("run").toUri().toString();
    Result r =
        job(
            "--profile",
            "medicare-diabetic",
            "--count",
            "12",
            "--seed",
            "5",
            "--partitions",
            "2",
            "--out",
            out);
    // A profile alone, so four tables: the journeys' tables are compared row by row in
    // SparkCohortTest, and every table is written by the same call.
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("12 members").contains("rows/s");
    Dataset<Row> entities = spark.read().parquet(out + "/entity");
    assertThat(entities.count()).isEqualTo(12);
    assertThat(spark.read().parquet(out + "/entity_condition").count()).isPositive();
  }

  @Test
  void aBadSpecFailsWithTheCommandLinesMessageBeforeAnyJob() throws IOException {
    Path journey = dir.resolve("bad-journey.json");
    Files.writeString(journey, SparkCohortTest.BAD_JOURNEY);
    List<String> common =
        List.of("--profile", "medicare-diabetic", "--journey", journey.toString(), "--count", "5");
    Result job =
        job(concat(common, "--partitions", "2", "--out", dir.resolve("never").toUri().toString()));
    Result cli =
        cli(concat(List.of("generate"), concat(common, "--out", dir.resolve("cli").toString())));
    assertThat(cli.code()).isEqualTo(2);
    assertThat(job.code()).isEqualTo(cli.code());
    assertThat(job.err()).isEqualTo(cli.err()).contains("no_such_lab").contains(journey.toString());
    assertThat(dir.resolve("never")).doesNotExist();
  }

  @Test
  void aMissingOptionIsNamed() {
    Result r = job("--profile", "medicare-diabetic", "--partitions", "2");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("healthsim: --out is required: a directory URI\n");
  }

  private static String[] concat(List<String> first, String... more) {
    return java.util.stream.Stream.concat(first.stream(), java.util.Arrays.stream(more))
        .toArray(String[]::new);
  }
}
