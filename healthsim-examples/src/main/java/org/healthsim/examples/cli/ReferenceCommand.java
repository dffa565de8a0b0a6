package org.healthsim.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.healthsim.reference.ReferenceDatabase;
import org.healthsim.reference.internal.download.ReferenceDownloader;
import org.healthsim.reference.internal.store.ImportedTable;
import org.healthsim.reference.internal.store.ReferenceImporter;
import org.healthsim.reference.internal.store.SourceFile;
import org.healthsim.reference.internal.store.SourceKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code healthsim reference}: build a reference database and look places up in it. */
@Command(
    name = "reference",
    mixinStandardHelpOptions = true,
    description = "CDC PLACES and SVI reference data in DuckDB.",
    subcommands = {
      ReferenceCommand.Import.class,
      ReferenceCommand.Download.class,
      ReferenceCommand.County.class,
      ReferenceCommand.State.class,
      ReferenceCommand.Tract.class
    })
final class ReferenceCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is required: import, download, county, state, tract");
  }

  /**
   * Imports files into {@code db}, all or nothing, and lists the tables written. The import works
   * on a copy beside the database ({@code .NAME.importing}) that replaces it only once complete, so
   * a failure (a malformed file, a full disk) leaves the database as it was, or no database when
   * there was none, and no copy behind.
   */
  static void importInto(Path db, List<SourceFile> files, PrintWriter out)
      throws SQLException, IOException {
    Path work = db.toAbsolutePath().resolveSibling("." + db.getFileName() + ".importing");
    Path workWal = Path.of(work + ".wal");
    boolean existed = Files.exists(db);
    List<ImportedTable> tables;
    try {
      Files.deleteIfExists(work);
      Files.deleteIfExists(workWal);
      if (existed) {
        Files.copy(db, work);
        Path wal = Path.of(db + ".wal");
        if (Files.exists(wal)) {
          Files.copy(wal, workWal);
        }
      }
      try (Connection conn = DriverManager.getConnection("jdbc:duckdb:" + work);
          Statement statement = conn.createStatement()) {
        tables = new ReferenceImporter(conn).importFiles(files);
        // Into the file now, where a full disk is an error; on close DuckDB would keep what it
        // cannot write in the write-ahead log without a word.
        statement.execute("CHECKPOINT");
      }
      if (Files.exists(workWal)) {
        throw new IOException("the copy could not be written in full");
      }
      Files.move(work, db, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      // The copy holds everything; a write-ahead log of the old file must not replay onto it.
      Files.deleteIfExists(Path.of(db + ".wal"));
    } catch (RuntimeException | SQLException | IOException e) {
      Files.deleteIfExists(work);
      Files.deleteIfExists(workWal);
      if (e instanceof org.healthsim.reference.internal.store.ReferenceImportException) {
        throw (RuntimeException) e;
      }
      throw new IOException(
          db + ": the import failed and the database is as it was (" + rootMessage(e) + ")", e);
    }
    for (ImportedTable t : tables) {
      out.printf(
          "%-24s release %-14s %,9d rows  %s%n", t.table(), t.release(), t.rows(), t.detail());
      if (!t.ignoredColumns().isEmpty()) {
        out.printf("%-24s ignored columns: %s%n", "", String.join(", ", t.ignoredColumns()));
      }
    }
    out.println("reference database: " + db);
  }

  /** The innermost message of {@code e}: DuckDB's own words, without the wrappers' prefixes. */
  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage()).lines().findFirst().orElse("").strip();
  }

  /** The release options shared by import and download. */
  static final class Releases {
    @Option(
        names = "--places-release",
        paramLabel = "R",
        description = "PLACES release (default: the year in the file name)")
    String places;

    @Option(
        names = "--svi-release",
        paramLabel = "R",
        description = "SVI vintage (default: the year in the file name)")
    String svi;
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = "Import CDC files into a DuckDB database (all or nothing).")
  static final class Import implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "FILE", description = "database file")
    Path db;

    @Option(names = "--places", paramLabel = "CSV", description = "PLACES county GIS-friendly")
    Path places;

    @Option(names = "--svi", paramLabel = "CSV", description = "SVI county file")
    Path svi;

    @Option(names = "--svi-tract", paramLabel = "CSV", description = "SVI census-tract file")
    Path sviTract;

    @Option(names = "--fips-county", paramLabel = "CSV", description = "county FIPS crosswalk")
    Path fipsCounty;

    @Option(names = "--fips-state", paramLabel = "CSV", description = "state FIPS crosswalk")
    Path fipsState;

    @CommandLine.Mixin Releases releases;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws SQLException, IOException {
      List<SourceFile> files = new ArrayList<>();
      add(files, SourceKind.PLACES_COUNTY, places, releases.places);
      add(files, SourceKind.SVI_COUNTY, svi, releases.svi);
      add(files, SourceKind.SVI_TRACT, sviTract, releases.svi);
      add(files, SourceKind.FIPS_COUNTY, fipsCounty, null);
      add(files, SourceKind.FIPS_STATE, fipsState, null);
      if (files.isEmpty()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "nothing to import: give --places, --svi or --svi-tract");
      }
      importInto(db, files, spec.commandLine().getOut());
      return 0;
    }

    private static void add(List<SourceFile> files, SourceKind kind, Path path, String release) {
      if (path != null) {
        files.add(new SourceFile(kind, path, release));
      }
    }
  }

  @Command(
      name = "download",
      mixinStandardHelpOptions = true,
      description = "Fetch the official CDC files and import them.")
  static final class Download implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "FILE", description = "database file")
    Path db;

    @Option(
        names = "--places-url",
        paramLabel = "URL",
        description = "PLACES county GIS-friendly CSV (default: ${DEFAULT-VALUE})")
    URI placesUrl = ReferenceDownloader.PLACES_COUNTY;

    @Option(
        names = "--svi-url",
        paramLabel = "URL",
        description = "SVI county CSV (default: ${DEFAULT-VALUE})")
    URI sviUrl = ReferenceDownloader.SVI_2022_COUNTY;

    @Option(names = "--svi-tract-url", paramLabel = "URL", description = "SVI tract CSV")
    URI sviTractUrl;

    @Option(names = "--quiet", description = "no progress on stderr")
    boolean quiet;

    @CommandLine.Mixin Releases releases;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, SQLException {
      Path temp = Files.createTempDirectory("healthsim-reference");
      try {
        List<SourceFile> files = new ArrayList<>();
        files.add(fetch(SourceKind.PLACES_COUNTY, placesUrl, temp, releases.places));
        files.add(fetch(SourceKind.SVI_COUNTY, sviUrl, temp, releases.svi));
        if (sviTractUrl != null) {
          files.add(fetch(SourceKind.SVI_TRACT, sviTractUrl, temp, releases.svi));
        }
        importInto(db, files, spec.commandLine().getOut());
      } finally {
        try (var paths = Files.list(temp)) {
          for (Path p : (Iterable<Path>) paths::iterator) {
            Files.delete(p);
          }
        }
        Files.delete(temp);
      }
      return 0;
    }

    private SourceFile fetch(SourceKind kind, URI uri, Path dir, String release)
        throws IOException {
      Path target = dir.resolve(kind.table() + ".csv");
      PrintWriter err = spec.commandLine().getErr();
      new ReferenceDownloader()
          .download(
              uri,
              target,
              bytes -> {
                if (!quiet && bytes % (1 << 20) < (1 << 16)) {
                  err.printf("\r%s: %,d MB", uri, bytes >> 20);
                  err.flush();
                }
              });
      if (!quiet) {
        err.printf("\r%s: %,d bytes%n", uri, Files.size(target));
      }
      return new SourceFile(kind, target, release != null ? release : release(uri));
    }

    /** The first year in the address, else the download date. */
    private static String release(URI uri) {
      return SourceFile.yearIn(uri.getPath()).orElse("downloaded " + LocalDate.now());
    }
  }

  /** The options of the look-up commands. */
  abstract static class Lookup implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "FILE", description = "database file")
    Path db;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    abstract org.healthsim.reference.resolve.ReferenceProfile resolve(ReferenceDatabase database);

    @Override
    public Integer call() {
      try (ReferenceDatabase database = ReferenceDatabase.open(db)) {
        new ReferenceProfilePrinter(spec.commandLine().getOut()).print(resolve(database));
      }
      return 0;
    }
  }

  @Command(name = "county", mixinStandardHelpOptions = true, description = "Show a county.")
  static final class County extends Lookup {
    @Parameters(paramLabel = "FIPS", description = "5-digit county FIPS code")
    String fips;

    @Override
    org.healthsim.reference.resolve.ReferenceProfile resolve(ReferenceDatabase database) {
      return database.resolver().resolveCounty(fips);
    }
  }

  @Command(name = "state", mixinStandardHelpOptions = true, description = "Show a state.")
  static final class State extends Lookup {
    @Parameters(paramLabel = "ABBR", description = "two-letter state abbreviation")
    String abbreviation;

    @Override
    org.healthsim.reference.resolve.ReferenceProfile resolve(ReferenceDatabase database) {
      return database.resolver().resolveState(abbreviation);
    }
  }

  @Command(name = "tract", mixinStandardHelpOptions = true, description = "Show a census tract.")
  static final class Tract extends Lookup {
    @Parameters(paramLabel = "FIPS", description = "11-digit census tract FIPS code")
    String fips;

    @Override
    org.healthsim.reference.resolve.ReferenceProfile resolve(ReferenceDatabase database) {
      return database.resolver().resolveTract(fips);
    }
  }
}
