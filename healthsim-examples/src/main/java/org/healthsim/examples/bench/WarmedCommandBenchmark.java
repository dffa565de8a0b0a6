package org.healthsim.examples.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.healthsim.examples.cli.HealthSimCommand;

/**
 * The command line's own path, warmed: {@code healthsim generate ARGS} run ROUNDS times in one JVM,
 * each round's wall time and records per second (every row its manifest counts). Set beside {@link
 * OneShotBenchmark}'s figure for the same arguments, the difference is what a cold process pays:
 * the JIT's warm-up above all.
 *
 * <pre>
 * java -cp healthsim-examples/target/healthsim.jar \
 *     org.healthsim.examples.bench.WarmedCommandBenchmark ROUNDS SCRATCH_DIR GENERATE_ARGS...
 * java -cp healthsim-examples/target/healthsim.jar \
 *     org.healthsim.examples.bench.WarmedCommandBenchmark 4 /dev/shm \
 *     --profile medicare-diabetic --journey year-of-care --count 20000 --format fhir
 * </pre>
 */
public final class WarmedCommandBenchmark {

  private WarmedCommandBenchmark() {}

  /** Runs the benchmark. */
  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: WarmedCommandBenchmark ROUNDS SCRATCH_DIR GENERATE_ARGS...");
      System.exit(2);
    }
    int rounds = Integer.parseInt(args[0]);
    Path scratch = BenchmarkArgs.scratchDirectory(args, 1);
    Path out = scratch.resolve("run");
    List<String> command = new ArrayList<>(List.of("generate"));
    command.addAll(List.of(args).subList(2, args.length));
    command.addAll(List.of("--out", out.toString(), "--overwrite", "--quiet"));
    System.out.println("healthsim " + String.join(" ", command));
    try {
      for (int round = 1; round <= rounds; round++) {
        StringWriter err = new StringWriter();
        long begin = System.nanoTime();
        int code =
            HealthSimCommand.execute(
                command.toArray(String[]::new),
                new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        double seconds = (System.nanoTime() - begin) / 1e9;
        if (code != 0) {
          throw new IllegalStateException("exit " + code + ": " + err);
        }
        long records = OneShotBenchmark.records(out);
        System.out.printf(
            "round %d: %.2f s, %,d records, %,.0f records/s%n",
            round, seconds, records, records / seconds);
      }
    } finally {
      BenchmarkArgs.delete(scratch);
    }
  }
}
