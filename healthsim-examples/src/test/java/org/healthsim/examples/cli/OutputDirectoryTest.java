package org.healthsim.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.healthsim.generation.internal.output.CrashPoints;
import org.healthsim.generation.output.RunDirectory;
import org.healthsim.generation.output.RunManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One output directory holds one complete run, provably (RELIABILITY-TRIAL F1-F3, F17, F19, F22):
 * after every run the directory holds exactly the files its manifest names, or the run failed with
 * a message and left the earlier run as it was.
 */
class OutputDirectoryTest {

  @TempDir Path dir;

  private static Cli.Run generate(Path out, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of("generate", "--profile", "medicare-diabetic", "--quiet", "--out", "" + out));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  private static void assertOneCompleteRun(Path out) throws IOException {
    assertThat(RunManifest.verify(out)).isEmpty();
    RunManifest manifest = RunManifest.read(out).orElseThrow();
    assertThat(manifest.complete()).isTrue();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(
              files
                  .map(p -> p.getFileName().toString())
                  .filter(n -> !n.startsWith(".") && !n.equals(RunManifest.FILE)))
          .containsExactlyInAnyOrderElementsOf(manifest.names());
    }
  }

  @Test
  void overwriteReplacesTheWholeSetOfTables() throws IOException {
    Path out = dir.resolve("o1");
    Cli.Run first =
        generate(out, "--journey", "diabetic-first-year", "--count", "200", "--format", "csv");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(out.resolve("fill.csv")).exists();

    Cli.Run second = generate(out, "--count", "100", "--format", "csv", "--overwrite");

    assertThat(second.exitCode()).as(second.err()).isZero();
    assertOneCompleteRun(out);
    assertThat(out.resolve("fill.csv")).doesNotExist();
    assertThat(out.resolve("calibration.txt")).doesNotExist();
    RunManifest manifest = RunManifest.read(out).orElseThrow();
    assertThat(manifest.run().count()).isEqualTo(100);
    assertThat(manifest.files())
        .filteredOn(e -> e.name().equals("entity.csv"))
        .singleElement()
        .satisfies(e -> assertThat(e.rows()).isEqualTo(100));
  }

  @Test
  void anNdjsonRunWithoutAJourneyLeavesNoEventsBehind() throws IOException {
    Path out = dir.resolve("o2");
    assertThat(generate(out, "--journey", "diabetic-first-year", "--count", "200").exitCode())
        .isZero();

    Cli.Run second = generate(out, "--count", "100", "--seed", "7", "--overwrite");

    assertThat(second.exitCode()).as(second.err()).isZero();
    assertOneCompleteRun(out);
    assertThat(out.resolve("events.ndjson")).doesNotExist();
    assertThat(Files.readAllLines(out.resolve("entities.ndjson"))).hasSize(100);
  }

  @Test
  void parquetAndDuckdbRunsCarryTheirRowsInTheManifest() throws IOException {
    Path parquet = dir.resolve("parquet");
    Path duckdb = dir.resolve("duckdb");
    assertThat(generate(parquet, "--count", "50", "--format", "parquet").exitCode()).isZero();
    assertThat(generate(duckdb, "--count", "50", "--format", "duckdb").exitCode()).isZero();

    assertOneCompleteRun(parquet);
    assertOneCompleteRun(duckdb);
    assertThat(RunManifest.read(parquet).orElseThrow().files())
        .filteredOn(e -> e.name().equals("entity.parquet"))
        .singleElement()
        .satisfies(e -> assertThat(e.rows()).isEqualTo(50));
    assertThat(RunManifest.read(duckdb).orElseThrow().files())
        .filteredOn(e -> e.name().equals("healthsim.duckdb"))
        .singleElement()
        .satisfies(e -> assertThat(e.tables()).containsEntry("entity", 50L));
  }

  @Test
  void aChangedOrMissingFileIsReportedByVerify() throws IOException {
    Path out = dir.resolve("changed");
    assertThat(generate(out, "--count", "20").exitCode()).isZero();
    assertThat(Cli.run("verify", "" + out).out()).contains("one complete run of medicare-diabetic");

    Files.writeString(out.resolve("entities.ndjson"), "{}\n");
    Files.delete(out.resolve("validation.txt"));
    Cli.Run verify = Cli.run("verify", "" + out);

    assertThat(verify.exitCode()).isEqualTo(2);
    assertThat(verify.err())
        .contains("entities.ndjson: 3 bytes, the manifest says")
        .contains("validation.txt: listed in the manifest but missing");
  }

  @Test
  void withoutOverwriteAnEarlierRunIsKept() throws IOException {
    Path out = dir.resolve("kept");
    assertThat(generate(out, "--count", "20").exitCode()).isZero();
    String before = Files.readString(out.resolve(RunManifest.FILE));

    Cli.Run again = generate(out, "--count", "30");

    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err())
        .contains(out + ": holds an earlier run (manifest.json); pass --overwrite to replace it");
    assertThat(Files.readString(out.resolve(RunManifest.FILE))).isEqualTo(before);
    assertOneCompleteRun(out);
  }

  @Test
  void filesNoManifestNamesAreNeverReplaced() throws IOException {
    Path out = dir.resolve("foreign");
    Files.createDirectories(out);
    Files.writeString(out.resolve("notes.txt"), "mine\n");
    Files.writeString(out.resolve("entities.ndjson"), "not from healthsim\n");

    Cli.Run run = generate(out, "--count", "20", "--overwrite");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("holds files that no HealthSim manifest names (entities.ndjson, notes.txt)");
    assertThat(Files.readString(out.resolve("entities.ndjson"))).isEqualTo("not from healthsim\n");
    assertThat(out.resolve(RunManifest.FILE)).doesNotExist();
  }

  @Test
  void aRunThatFailsLeavesTheEarlierRunIntact() throws IOException {
    Path out = dir.resolve("intact");
    assertThat(generate(out, "--count", "20").exitCode()).isZero();
    Path spec = dir.resolve("nomatch.json");
    Files.writeString(
        spec,
        "{\"demographics\": {\"age\": {\"type\": \"normal\", \"mean\": 70, \"std_dev\": 5}},"
            + " \"clinical\": {\"lab_values\": {\"a1c\": {\"type\": \"conditional\", \"rules\":"
            + " [{\"if\": \"age > 200\", \"distribution\": {\"type\": \"normal\", \"mean\": 7,"
            + " \"std_dev\": 1}}]}}}}");

    Cli.Run failed =
        Cli.run(
            "generate", "--profile", "" + spec, "--count", "20", "--out", "" + out, "--overwrite");

    assertThat(failed.exitCode()).isEqualTo(2);
    assertThat(failed.err())
        .contains("entity E001 (index 0): clinical.lab_values.a1c: no rule matched")
        .doesNotContain("\tat ");
    assertOneCompleteRun(out);
    assertThat(RunManifest.read(out).orElseThrow().run().profile()).isEqualTo("medicare-diabetic");
  }

  /**
   * DuckDB output is loaded by several appending threads, Parquet encoded on several; a full disk
   * in any of them, or in the checkpoint or export, ends the run with one line naming the file,
   * before the manifest is touched: the earlier run is kept.
   */
  @ParameterizedTest
  @ValueSource(strings = {"duckdb", "parquet"})
  void aDiskFillingWhileADatabaseIsWrittenIsOneLineAndKeepsTheEarlierRun(String format)
      throws Exception {
    try (SmallFileSystem disk = SmallFileSystem.mount(dir.resolve("small"), 8)) {
      Path out = disk.dir().resolve("run");
      assertThat(generate(out, "--count", "20").exitCode()).isZero();

      Cli.Run full =
          generate(
              out,
              "--journey",
              "year-of-care",
              "--count",
              "1000",
              "--format",
              format,
              "--overwrite");

      assertThat(full.exitCode()).as(full.err()).isEqualTo(1);
      assertThat(full.err())
          .startsWith("healthsim: " + out)
          .contains("No space left on device")
          .doesNotContain("\tat ")
          .hasLineCount(1);
      assertOneCompleteRun(out);
      assertThat(RunManifest.read(out).orElseThrow().run().formats()).containsExactly("ndjson");
      try (Stream<Path> files = Files.list(out)) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .noneMatch(name -> name.contains("duckdb") || name.contains("parquet"));
      }
    }
  }

  @Test
  void aSecondRunIntoALockedDirectoryFailsAtOnceNamingTheFirst() throws IOException {
    Path out = dir.resolve("locked");
    try (RunDirectory running = RunDirectory.open(out, true)) {
      assertThat(running.dir()).isEqualTo(out);
      Cli.Run second = generate(out, "--count", "20", "--overwrite");

      assertThat(second.exitCode()).isEqualTo(2);
      assertThat(second.err())
          .contains(out + ": another run is writing here (pid " + ProcessHandle.current().pid());
    }
    assertThat(generate(out, "--count", "20", "--overwrite").exitCode()).isZero();
    assertOneCompleteRun(out);
  }

  @Test
  void twoConcurrentProcessesIntoOneDirectoryExactlyOneSucceeds() throws Exception {
    Path out = dir.resolve("concurrent");
    Process first =
        child(0, "--count", "3000000", "--no-person-details", "--threads", "1", "--out", "" + out);
    try {
      Path lock = out.resolve(RunDirectory.LOCK);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!(Files.exists(lock) && Files.readString(lock).startsWith("pid "))) {
        assertThat(System.nanoTime()).as("the first run took the lock").isLessThan(deadline);
        assertThat(first.isAlive()).as("the first run is still running").isTrue();
        Thread.sleep(20);
      }

      long started = System.nanoTime();
      Cli.Run second = generate(out, "--count", "20", "--overwrite");

      assertThat(second.exitCode()).isEqualTo(2);
      assertThat(second.err()).contains("another run is writing here (pid " + first.pid());
      assertThat(System.nanoTime() - started).isLessThan(TimeUnit.SECONDS.toNanos(5));
      assertThat(first.isAlive()).isTrue();
    } finally {
      first.destroy(); // SIGTERM, as a Ctrl-C or a scheduler's stop would send
      assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .as("SIGTERM removed the run's partial files")
          .containsExactly(RunDirectory.LOCK);
    }
  }

  @Test
  void staleHiddenPartialsOfDeadRunsAreRemovedByTheNextRun() throws IOException {
    Path out = dir.resolve("stale");
    assertThat(generate(out, "--count", "20").exitCode()).isZero();
    Files.writeString(out.resolve(".entities.ndjson.99999.1.partial"), "half a run");
    Files.writeString(out.resolve(".healthsim.duckdb.partial"), "half a database");
    Files.writeString(out.resolve(".editor-settings"), "not ours");

    Cli.Run run = generate(out, "--count", "20", "--overwrite");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("removed 2 partial files of an interrupted run in " + out);
    assertThat(out.resolve(".entities.ndjson.99999.1.partial")).doesNotExist();
    assertThat(out.resolve(".healthsim.duckdb.partial")).doesNotExist();
    assertThat(out.resolve(".editor-settings")).exists();
    assertOneCompleteRun(out);
  }

  @Test
  void anEmptyOutAnEntityOutsideTheCohortAndAnImpossibleCountAreErrors() {
    Cli.Run empty = generate(Path.of(""), "--count", "3");
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err()).startsWith("healthsim: --out must not be empty");

    Path out = dir.resolve("entity");
    Cli.Run beyond = generate(out, "--count", "5", "--entity", "10");
    assertThat(beyond.exitCode()).isEqualTo(2);
    assertThat(beyond.err()).contains("--entity 10 is outside the cohort of 5 (0-4)");
    assertThat(out).doesNotExist();

    Cli.Run huge = generate(dir.resolve("huge"), "--count", "1000000000000");
    assertThat(huge.exitCode()).isEqualTo(2);
    assertThat(huge.err())
        .contains("--count 1000000000000 is more than a run can hold: at most 2147483647");
    assertThat(dir.resolve("huge")).doesNotExist();

    Path file = dir.resolve("afile");
    Cli.Run notADirectory = generate(file, "--count", "3");
    assertThat(notADirectory.exitCode()).isZero();
    Cli.Run intoAFile = generate(file.resolve(RunManifest.FILE), "--count", "3");
    assertThat(intoAFile.exitCode()).isEqualTo(2);
    assertThat(intoAFile.err()).contains("manifest.json: is a file, not a directory");
  }

  /**
   * A run killed (as by {@code kill -9}) at 20 points from opening its output to its manifest, each
   * run replacing what the one before left: the manifest never says complete unless every file it
   * lists is there with its bytes, and the next run always recovers.
   */
  @Test
  void aKillAtTwentyPointsNeverLeavesACompleteLookingMixedSet() throws Exception {
    Path out = dir.resolve("killed");
    assertThat(
            generate(out, "--journey", "year-of-care", "--count", "10", "--format", "csv")
                .exitCode())
        .isZero();
    int killed = 0;
    int incomplete = 0;
    for (int i = 0; i < 20; i++) {
      int crashAt = 1 + 3 * i;
      Process run =
          child(
              crashAt,
              "--journey",
              "year-of-care",
              "--count",
              String.valueOf(11 + i),
              "--seed",
              String.valueOf(i),
              "--format",
              "csv",
              "--overwrite",
              "--out",
              "" + out);
      assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
      int exit = run.exitValue();
      assertThat(exit).as("crash point " + crashAt).isIn(0, 137);
      killed += exit == 137 ? 1 : 0;
      var manifest = RunManifest.read(out);
      if (manifest.isPresent() && manifest.get().complete()) {
        assertThat(RunManifest.verify(out)).as("crash point " + crashAt).isEmpty();
      } else {
        incomplete++;
      }
    }
    assertThat(killed).isGreaterThanOrEqualTo(18);
    assertThat(incomplete).as("kills that hit the commit").isGreaterThan(5);

    Cli.Run recovered =
        generate(
            out, "--journey", "year-of-care", "--count", "25", "--format", "csv", "--overwrite");
    assertThat(recovered.exitCode()).as(recovered.err()).isZero();
    assertOneCompleteRun(out);
  }

  /** {@code healthsim generate --profile medicare-diabetic --quiet ARGS} in a JVM of its own. */
  private static Process child(int crashAt, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1", // a short run: start-up is most of it
                "-XX:+UseSerialGC",
                "-D" + CrashPoints.PROPERTY + "=" + crashAt,
                "-cp",
                System.getProperty("java.class.path"),
                HealthSimCommand.class.getName(),
                "generate",
                "--profile",
                "medicare-diabetic",
                "--quiet"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }
}
