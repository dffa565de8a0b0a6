package org.healthsim.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.healthsim.reference.ReferenceDatabase;
import org.healthsim.reference.internal.store.ReferenceImporter;
import org.healthsim.reference.internal.store.SourceFile;
import org.healthsim.reference.internal.store.SourceKind;

/**
 * The reference database the reference examples use: opened when it exists, else built from the CDC
 * PLACES 2022 and SVI 2022 county files in a folder (by default {@code
 * ../shared/reference-data/raw}, beside a clone of this repository).
 */
final class ReferenceFiles {

  /** Where the examples look for the CDC files unless told. */
  static final Path DEFAULT_RAW = Path.of("..", "shared", "reference-data", "raw");

  /** Where the examples keep the database unless told. */
  static final Path DEFAULT_DB = Path.of("out", "reference.duckdb");

  private ReferenceFiles() {}

  /** {@code db}, imported from {@code raw} first when it does not exist. */
  static ReferenceDatabase open(Path db, Path raw) throws SQLException, java.io.IOException {
    if (!Files.exists(db)) {
      Path places = raw.resolve("places_county_2022release_gis.csv");
      Path svi = raw.resolve("svi_county_2022.csv");
      if (!Files.exists(places) || !Files.exists(svi)) {
        throw new IllegalArgumentException(
            db
                + " does not exist and "
                + raw
                + " has no places_county_2022release_gis.csv and svi_county_2022.csv to build it"
                + " from; give the folder of the CDC files, or build the database with"
                + " healthsim reference import / download");
      }
      Files.createDirectories(db.toAbsolutePath().getParent());
      try (Connection conn = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath())) {
        new ReferenceImporter(conn)
            .importFiles(
                List.of(
                    SourceFile.of(SourceKind.PLACES_COUNTY, places),
                    SourceFile.of(SourceKind.SVI_COUNTY, svi)));
      }
      System.out.println("built " + db + " from " + raw);
    }
    return ReferenceDatabase.open(db);
  }

  /** Argument {@code i}, else {@code fallback}. */
  static Path arg(String[] args, int i, Path fallback) {
    return args.length > i ? Path.of(args[i]) : fallback;
  }
}
