package org.healthsim.examples.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.healthsim.generation.output.RunManifest;

/**
 * What a user gets: {@code ./healthsim generate} exactly as typed, one process per run, cold. For
 * each format it runs the command line's script (with its class-data sharing archive) and reports
 * wall time, CPU share (user + system over wall, from {@code /usr/bin/time}; 200% is two busy
 * cores), peak resident memory, members per second and the records written (every row the manifest
 * counts: entities and events in NDJSON, the rows of every table in CSV, DuckDB and Parquet, which
 * split claims into their lines) per second of wall time.
 *
 * <pre>
 * java -cp healthsim-examples/target/healthsim.jar org.healthsim.examples.bench.OneShotBenchmark \
 *     PROFILE COUNT SCRATCH_DIR [JOURNEY|none] [FORMAT ...]
 * java -cp healthsim-examples/target/healthsim.jar org.healthsim.examples.bench.OneShotBenchmark \
 *     medicare-diabetic 100000 /dev/shm year-of-care ndjson parquet duckdb
 * </pre>
 *
 * Run it from the checkout's root (it runs {@code ./healthsim}). Extra JVM options for the runs (a
 * heap limit, say) go in {@code HEALTHSIM_JAVA_OPTS}, as for the script.
 */
public final class OneShotBenchmark {

  private OneShotBenchmark() {}

  /** One run's figures. */
  record Run(
      String format,
      long members,
      double wallSeconds,
      double cpuPercent,
      long peakKb,
      long records) {

    String line() {
      return String.format(
          "%-8s %8.2f s wall %5.0f%% CPU %6d MB peak %,11.0f members/s %,14d records %,11.0f"
              + " records/s",
          format,
          wallSeconds,
          cpuPercent,
          peakKb / 1024,
          members / wallSeconds,
          records,
          records / wallSeconds);
    }
  }

  /** Runs the benchmark. */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length < 3) {
      System.err.println(
          "usage: OneShotBenchmark PROFILE COUNT SCRATCH_DIR [JOURNEY|none] [FORMAT ...]");
      System.exit(2);
    }
    String profile = args[0];
    long count = Long.parseLong(args[1]);
    Path scratch = BenchmarkArgs.scratchDirectory(args, 2);
    String journey = args.length > 3 && !args[3].equals("none") ? args[3] : null;
    List<String> formats =
        args.length > 4 ? List.of(args).subList(4, args.length) : List.of("ndjson");
    System.out.printf(
        "one-shot ./healthsim generate --profile %s --count %,d%s, output in %s%n",
        profile, count, journey == null ? "" : " --journey " + journey, args[2]);
    try {
      for (String format : formats) {
        System.out.println(run(profile, count, journey, format, scratch).line());
        BenchmarkArgs.delete(scratch.resolve(format));
      }
    } finally {
      BenchmarkArgs.delete(scratch);
    }
  }

  static Run run(String profile, long count, String journey, String format, Path scratch)
      throws IOException, InterruptedException {
    Path out = scratch.resolve(format);
    Path times = scratch.resolve(format + ".time");
    List<String> command =
        new ArrayList<>(
            List.of(
                "/usr/bin/time",
                "-o",
                times.toString(),
                "-f",
                "%e %U %S %M",
                "./healthsim",
                "generate",
                "--profile",
                profile,
                "--count",
                Long.toString(count),
                "--format",
                format,
                "--out",
                out.toString(),
                "--quiet"));
    if (journey != null) {
      command.addAll(List.of("--journey", journey));
    }
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed");
    }
    String[] t = Files.readString(times, StandardCharsets.UTF_8).strip().split("\\s+");
    double wall = Double.parseDouble(t[0]);
    double cpu = (Double.parseDouble(t[1]) + Double.parseDouble(t[2])) / wall * 100;
    return new Run(format, count, wall, cpu, Long.parseLong(t[3]), records(out));
  }

  /** Every row the run's manifest counts. */
  static long records(Path out) throws IOException {
    long records = 0;
    for (RunManifest.Entry e : RunManifest.read(out).orElseThrow().files()) {
      if (e.rows() != null) {
        records += e.rows();
      }
      if (e.tables() != null) {
        for (Map.Entry<String, Long> table : e.tables().entrySet()) {
          records += table.getValue();
        }
      }
    }
    return records;
  }
}
