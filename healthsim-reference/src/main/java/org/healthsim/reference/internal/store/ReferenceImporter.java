package org.healthsim.reference.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Imports CDC PLACES, SVI and FIPS crosswalk files into a DuckDB database, all or nothing: the
 * files of one {@link #importFiles} call land together in one transaction, or, when any is
 * malformed or truncated, none does and the database is as it was. Every table's release, file and
 * SHA-256 are recorded in {@code reference_release}. The schema is in docs/reference-data.md.
 *
 * <pre>{@code
 * try (Connection conn = DriverManager.getConnection("jdbc:duckdb:reference.duckdb")) {
 *   new ReferenceImporter(conn).importFiles(List.of(
 *       SourceFile.of(SourceKind.PLACES_COUNTY, Path.of("places_county_2022release_gis.csv")),
 *       SourceFile.of(SourceKind.SVI_COUNTY, Path.of("SVI_2022_US_county.csv"))));
 * }
 * }</pre>
 */
public final class ReferenceImporter {

  private final Connection conn;

  /** An importer writing through {@code conn}, a DuckDB connection. */
  public ReferenceImporter(Connection conn) {
    this.conn = Objects.requireNonNull(conn, "conn");
  }

  /**
   * Imports {@code files}, replacing the tables they write.
   *
   * @return the tables written, in the order of {@code files}
   * @throws ReferenceImportException when a file is missing, malformed or truncated, naming the
   *     file, line and column; nothing is written
   */
  public List<ImportedTable> importFiles(List<SourceFile> files) {
    try {
      boolean autoCommit = conn.getAutoCommit();
      conn.setAutoCommit(false);
      try {
        List<ImportedTable> tables = new ArrayList<>();
        for (SourceFile file : files) {
          tables.add(importFile(file));
        }
        conn.commit();
        return tables;
      } catch (RuntimeException | SQLException e) {
        rollbackKeeping(e);
        throw e;
      } finally {
        restore(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reference database: " + e.getMessage(), e);
    }
  }

  /**
   * Rolls back; when that fails too (a database invalidated by a full disk), {@code cause} stays
   * the error reported, with the rollback's as suppressed.
   */
  private void rollbackKeeping(Exception cause) {
    try {
      conn.rollback();
    } catch (SQLException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  private void restore(boolean autoCommit) {
    try {
      conn.setAutoCommit(autoCommit);
    } catch (SQLException e) {
      // An invalidated database refuses this as well; the error that invalidated it is reported.
    }
  }

  private ImportedTable importFile(SourceFile file) throws SQLException {
    // Before the release, which a missing file's name could not tell either.
    if (!java.nio.file.Files.isRegularFile(file.path())) {
      throw new ReferenceImportException(file.path(), 0, null, "no such file");
    }
    String release = file.resolvedRelease();
    CsvStage stage = CsvStage.load(conn, file.path(), "import_stage_" + file.kind().table());
    ImportedTable table;
    switch (file.kind()) {
      case PLACES_COUNTY:
        table = PlacesCountyLoader.load(conn, stage, release);
        break;
      case SVI_COUNTY:
        table = SviLoader.county(conn, stage, release);
        break;
      case SVI_TRACT:
        table = SviLoader.tract(conn, stage, release);
        break;
      case FIPS_COUNTY:
        table = FipsLoader.counties(conn, stage, release);
        break;
      case FIPS_STATE:
        table = FipsLoader.states(conn, stage, release);
        break;
      default:
        throw new IllegalArgumentException("unknown kind " + file.kind());
    }
    stage.drop();
    record(file, table);
    return table;
  }

  private void record(SourceFile file, ImportedTable table) throws SQLException {
    try (Statement s = conn.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS reference_release (table_name VARCHAR PRIMARY KEY, source"
              + " VARCHAR NOT NULL, release VARCHAR NOT NULL, file_name VARCHAR NOT NULL, sha256"
              + " VARCHAR NOT NULL, data_rows BIGINT NOT NULL, connecticut VARCHAR)");
    }
    try (PreparedStatement p =
        conn.prepareStatement("DELETE FROM reference_release WHERE table_name = ?")) {
      p.setString(1, table.table());
      p.execute();
    }
    try (PreparedStatement p =
        conn.prepareStatement("INSERT INTO reference_release VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      p.setString(1, table.table());
      p.setString(2, file.kind().source());
      p.setString(3, table.release());
      p.setString(4, file.path().getFileName().toString());
      p.setString(5, sha256(file.path()));
      p.setLong(6, table.rows());
      p.setString(7, connecticut(table.table()));
      p.execute();
    }
  }

  /**
   * Which Connecticut geography a county table uses: the 8 legacy counties (09001-09015) or the 9
   * planning regions (09110-09190) that replaced them in 2022 Census geography; {@code null} for
   * other tables or when it has no Connecticut rows.
   */
  private String connecticut(String table) throws SQLException {
    if (!List.of("places_county", "svi_county", "fips_county").contains(table)) {
      return null;
    }
    try (Statement s = conn.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT count(*) FILTER (WHERE county_fips BETWEEN '09001' AND '09015'),"
                    + " count(*) FILTER (WHERE county_fips BETWEEN '09110' AND '09190') FROM "
                    + table)) {
      r.next();
      long legacy = r.getLong(1);
      long regions = r.getLong(2);
      if (legacy > 0 && regions > 0) {
        return "mixed";
      }
      return legacy > 0 ? "legacy counties" : regions > 0 ? "planning regions" : null;
    }
  }

  private static String sha256(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
