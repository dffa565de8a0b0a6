package org.healthsim.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.healthsim.reference.SharedReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code healthsim reference} and {@code generate --reference-db} on the real files of
 * ../shared/reference-data (skipped when absent, failing with CI=true).
 */
class ReferenceCommandTest {

  @TempDir Path dir;

  /** The real files imported once for the class: each test works on a copy. */
  @TempDir static Path shared;

  private static Path imported;

  @BeforeAll
  static void importTheRealFilesOnce() {
    Path db = shared.resolve("reference.duckdb");
    Path raw = SharedReferenceData.raw();
    Cli.Run run =
        Cli.run(
            "reference",
            "import",
            "--db",
            db.toString(),
            "--places",
            raw.resolve("places_county_2022release_gis.csv").toString(),
            "--svi",
            raw.resolve("svi_county_2022.csv").toString(),
            "--svi-tract",
            raw.resolve("svi_tract_2022_rpl_epl.csv").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("places_county            release 2022               3,143 rows  30 measures")
        .contains("svi_county               release 2022               3,144 rows")
        .contains("reference database: " + db);
    imported = db;
  }

  private static Path importReal(Path db) throws IOException {
    return Files.copy(imported, db);
  }

  @Test
  void importThenShowACountyAStateAndATract() throws IOException {
    Path db = importReal(dir.resolve("reference.duckdb"));

    Cli.Run county = Cli.run("reference", "county", "48201", "--db", db.toString());
    assertThat(county.exitCode()).as(county.err()).isZero();
    assertThat(county.out())
        .startsWith("Harris County, TX (county 48201)")
        .containsPattern("population +4,738,253 +CDC PLACES 2022 TotalPopulation")
        .containsPattern("DIABETES +12.6 \\[11.9, 13.2\\] +12.8 \\[12.2, 13.5\\]")
        .contains("OBESITY        37.9")
        .containsPattern("SVI RPL_THEMES +0.9201");

    Cli.Run texas = Cli.run("reference", "state", "TX", "--db", db.toString());
    assertThat(texas.exitCode()).as(texas.err()).isZero();
    assertThat(texas.out()).startsWith("Texas (state TX)").contains("population-weighted");

    Cli.Run tract = Cli.run("reference", "tract", "48201100001", "--db", db.toString());
    assertThat(tract.exitCode()).as(tract.err()).isZero();
    assertThat(tract.out()).containsPattern("SVI RPL_THEMES +0.622 ");
  }

  @Test
  void anUnknownCountyAndAMissingDatabaseAreClearErrors() throws IOException {
    Path db = importReal(dir.resolve("reference.duckdb"));
    Cli.Run unknown = Cli.run("reference", "county", "48999", "--db", db.toString());
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err())
        .isEqualTo(
            "healthsim: county FIPS 48999: not found in places_county or svi_county"
                + System.lineSeparator());
    Cli.Run missing =
        Cli.run("reference", "county", "48201", "--db", dir.resolve("none.duckdb").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no such reference database");
  }

  @Test
  void aFailedImportIntoANewDatabaseLeavesNoFileBehind() throws IOException {
    Path bad = dir.resolve("places_2022.csv");
    Files.writeString(
        bad, "StateAbbr,CountyName,CountyFIPS,DIABETES_CrudePrev\nTX,Alpha,48001,250\n");
    Path missing = dir.resolve("svi_2022.csv");
    Path db = dir.resolve("new.duckdb");

    Cli.Run impossible =
        Cli.run("reference", "import", "--db", db.toString(), "--places", bad.toString());
    Cli.Run absent =
        Cli.run("reference", "import", "--db", db.toString(), "--svi", missing.toString());

    assertThat(impossible.exitCode()).isEqualTo(2);
    assertThat(impossible.err())
        .isEqualTo(
            "healthsim: "
                + bad
                + ", line 2, column DIABETES_CrudePrev: '250' is not a prevalence: a percentage"
                + " from 0 to 100"
                + System.lineSeparator());
    assertThat(absent.exitCode()).isEqualTo(2);
    assertThat(absent.err())
        .isEqualTo("healthsim: " + missing + ": no such file" + System.lineSeparator());
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly("places_2022.csv");
    }
  }

  @Test
  void aFileThatIsNotADatabaseIsNamedAsSuch() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.duckdb"));
    Path text = Files.writeString(dir.resolve("notes.duckdb"), "not a database\n");

    for (Path db : List.of(empty, text)) {
      Cli.Run run = Cli.run("reference", "county", "48201", "--db", db.toString());
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err())
          .startsWith("healthsim: " + db + ": cannot open")
          .contains("not a valid DuckDB database file")
          .doesNotContain("\tat ");
    }
  }

  /** RELIABILITY-TRIAL F7: each of these printed a stack trace. */
  @Test
  void aDatabaseThatCannotAnswerIsOneLineNamingWhy() throws IOException {
    Path db = importReal(dir.resolve("reference.duckdb"));
    byte[] bytes = Files.readAllBytes(db);
    Path truncated =
        Files.write(dir.resolve("truncated.duckdb"), java.util.Arrays.copyOf(bytes, 1_000_000));
    Path damaged = Files.write(dir.resolve("damaged.duckdb"), bytes.clone());
    try (var file =
        java.nio.channels.FileChannel.open(damaged, java.nio.file.StandardOpenOption.WRITE)) {
      file.write(java.nio.ByteBuffer.wrap(new byte[4096]), 600_000);
    }
    Path output = dir.resolve("out");
    Cli.Run generated =
        Cli.run(
            "generate",
            "--profile",
            "medicare-diabetic",
            "--count",
            "5",
            "--format",
            "duckdb",
            "--quiet",
            "--out",
            output.toString());
    assertThat(generated.exitCode()).as(generated.err()).isZero();
    Path notReference = output.resolve("healthsim.duckdb");
    Path harris =
        Files.writeString(
            dir.resolve("harris.json"),
            "{\"profile\": {\"demographics\": {\"source\": \"populationsim\", \"reference\":"
                + " {\"type\": \"county\", \"fips\": \"48201\"}}}}");

    for (Path bad : List.of(truncated, damaged, notReference)) {
      Cli.Run county = Cli.run("reference", "county", "48201", "--db", bad.toString());
      Cli.Run generate =
          Cli.run(
              "generate",
              "--profile",
              harris.toString(),
              "--reference-db",
              bad.toString(),
              "--count",
              "5",
              "--out",
              dir.resolve("o-" + bad.getFileName()).toString());
      for (Cli.Run run : List.of(county, generate)) {
        assertThat(run.exitCode()).as(bad + ": " + run.err()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("healthsim: ").doesNotContain("\n");
      }
      assertThat(county.err())
          .containsAnyOf(
              "a truncated or damaged file: import it again", "not a reference database");
    }
    assertThat(Cli.run("reference", "county", "48201", "--db", notReference.toString()).err())
        .contains(notReference + ": not a reference database");
  }

  @Test
  void aBadFileFailsTheWholeImportAndLeavesTheDatabaseAsItWas() throws IOException {
    Path db = importReal(dir.resolve("reference.duckdb"));
    byte[] before = Files.readAllBytes(db);
    Path truncated = dir.resolve("svi_county_2020.csv");
    byte[] bytes = Files.readAllBytes(SharedReferenceData.raw().resolve("svi_county_2020.csv"));
    Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    Cli.Run run =
        Cli.run(
            "reference",
            "import",
            "--db",
            db.toString(),
            "--places",
            SharedReferenceData.raw()
                .resolve("places_county_2025release_crude_subset.csv")
                .toString(),
            "--svi",
            truncated.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("healthsim: " + truncated + ", line ");
    assertThat(Files.readAllBytes(db)).as("the database file, byte for byte").isEqualTo(before);
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("reference.duckdb", "svi_county_2020.csv");
    }
    Cli.Run county = Cli.run("reference", "county", "48201", "--db", db.toString());
    assertThat(county.out())
        .contains("DIABETES       12.6")
        .contains("CDC/ATSDR SVI 2022 EP_UNINSUR");
  }

  /**
   * RELIABILITY-TRIAL F-import: a disk filling during an import printed a stack trace and left the
   * file twice its size. Needs a small file system: a tmpfs mounted for the test (as root; skipped
   * where mounting is not allowed).
   */
  @Test
  void aDiskFillingDuringAnImportIsOneLineAndLeavesTheDatabaseAsItWas() throws Exception {
    try (SmallFileSystem disk = SmallFileSystem.mount(dir.resolve("small"), 24)) {
      Path small = disk.dir();
      Path raw = SharedReferenceData.raw();
      Path db = small.resolve("reference.duckdb");
      Cli.Run first =
          Cli.run(
              "reference",
              "import",
              "--db",
              db.toString(),
              "--places",
              raw.resolve("places_county_2025release_crude_subset.csv").toString());
      assertThat(first.exitCode()).as(first.err()).isZero();
      byte[] before = Files.readAllBytes(db);

      Cli.Run full =
          Cli.run(
              "reference",
              "import",
              "--db",
              db.toString(),
              "--svi-tract",
              raw.resolve("svi_tract_2022_rpl_epl.csv").toString());

      assertThat(full.exitCode()).as(full.err()).isEqualTo(1);
      assertThat(full.err())
          .startsWith("healthsim: " + db + ": the import failed and the database is as it was (")
          .contains("No space left on device")
          .doesNotContain("\tat ")
          .hasLineCount(1);
      assertThat(Files.readAllBytes(db)).isEqualTo(before);
      try (var files = Files.list(small)) {
        assertThat(files.map(f -> f.getFileName().toString())).containsExactly("reference.duckdb");
      }
      Cli.Run county = Cli.run("reference", "county", "48201", "--db", db.toString());
      assertThat(county.exitCode()).as(county.err()).isZero();
    }
  }

  @Test
  void downloadFetchesTheFilesFromConfiguredAddressesAndImportsThem() throws IOException {
    Path raw = SharedReferenceData.raw();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          Path file = raw.resolve(exchange.getRequestURI().getPath().substring(1));
          if (!Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
          }
          exchange.sendResponseHeaders(200, Files.size(file));
          try (OutputStream out = exchange.getResponseBody()) {
            Files.copy(file, out);
          }
        });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      Path db = dir.resolve("downloaded.duckdb");
      Cli.Run run =
          Cli.run(
              "reference",
              "download",
              "--db",
              db.toString(),
              "--places-url",
              base + "places_county_2022release_gis.csv",
              "--svi-url",
              base + "svi_county_2022.csv");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.err()).contains(base + "svi_county_2022.csv: 2,243,089 bytes");
      Cli.Run county = Cli.run("reference", "county", "48201", "--db", db.toString());
      assertThat(county.out()).containsPattern("population +4,738,253 +CDC PLACES 2022");

      Cli.Run missing =
          Cli.run(
              "reference",
              "download",
              "--quiet",
              "--db",
              dir.resolve("other.duckdb").toString(),
              "--places-url",
              base + "no-such-file.csv");
      assertThat(missing.exitCode()).isEqualTo(1);
      assertThat(missing.err()).contains("GET " + base + "no-such-file.csv: HTTP 404");
      assertThat(dir.resolve("other.duckdb")).doesNotExist();
    } finally {
      server.stop(0);
    }
  }

  @Test
  void generateResolvesAHybridProfileAgainstTheReferenceDatabase() throws IOException {
    Path db = importReal(dir.resolve("reference.duckdb"));
    Path spec = dir.resolve("harris.json");
    Files.writeString(
        spec,
        "{\"profile\": {\"demographics\": {\"source\": \"populationsim\", \"reference\":"
            + " {\"type\": \"county\", \"fips\": \"48201\"}, \"age\": {\"type\": \"normal\","
            + " \"mean\": 72, \"std_dev\": 8}}}}");
    Path out = dir.resolve("out");
    Cli.Run run =
        Cli.run(
            "generate",
            "--profile",
            spec.toString(),
            "--reference-db",
            db.toString(),
            "--count",
            "500",
            "--quiet",
            "--out",
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(out.resolve("entities.ndjson"));
    assertThat(lines)
        .hasSize(500)
        .allSatisfy(l -> assertThat(l).contains("\"county_fips\":\"48201\""));

    Cli.Run without =
        Cli.run(
            "generate",
            "--profile",
            spec.toString(),
            "--quiet",
            "--out",
            dir.resolve("o2").toString());
    assertThat(without.exitCode()).isEqualTo(2);
    assertThat(without.err()).contains("demographics.source").contains("--reference-db");
  }
}
