package org.healthsim.generation.internal.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.healthsim.generation.output.RunManifest;

/** A file's manifest entry: its size and SHA-256 in one read, and its rows by its kind. */
public final class FileDigest {

  private FileDigest() {}

  /**
   * The entry of {@code file}; with {@code rows}, also its data rows: NDJSON lines, CSV records
   * after the header (quoted line breaks are inside a record), Parquet rows and the rows of each
   * table of a DuckDB database, read back through DuckDB.
   */
  public static RunManifest.Entry of(Path file, boolean rows) throws IOException {
    String name = file.getFileName().toString();
    boolean ndjson = name.endsWith(".ndjson");
    boolean csv = name.endsWith(".csv");
    MessageDigest sha = sha256();
    long bytes = 0;
    long lines = 0;
    boolean quoted = false;
    byte[] buffer = new byte[1 << 20];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
        bytes += n;
        if (rows && (ndjson || csv)) {
          for (int i = 0; i < n; i++) {
            byte b = buffer[i];
            if (b == '"' && csv) {
              quoted = !quoted;
            } else if (b == '\n' && !quoted) {
              lines++;
            }
          }
        }
      }
    }
    Long rowCount = null;
    Map<String, Long> tables = null;
    if (rows && ndjson) {
      rowCount = lines;
    } else if (rows && csv) {
      rowCount = Math.max(0, lines - 1);
    } else if (rows && name.endsWith(".parquet")) {
      rowCount = parquetRows(file);
    } else if (rows && name.endsWith(".duckdb")) {
      tables = duckdbTables(file);
    }
    return new RunManifest.Entry(
        name, bytes, rowCount, tables, HexFormat.of().formatHex(sha.digest()));
  }

  private static long parquetRows(Path file) throws IOException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement p = c.prepareStatement("SELECT count(*) FROM read_parquet(?)")) {
      p.setString(1, file.toAbsolutePath().toString());
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IOException(file + ": cannot count its rows: " + e.getMessage(), e);
    }
  }

  private static Map<String, Long> duckdbTables(Path file) throws IOException {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    Map<String, Long> tables = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly);
        Statement s = c.createStatement()) {
      try (ResultSet r =
          s.executeQuery("SELECT table_name FROM information_schema.tables ORDER BY table_name")) {
        while (r.next()) {
          tables.put(r.getString(1), 0L);
        }
      }
      for (Map.Entry<String, Long> t : tables.entrySet()) {
        try (ResultSet r =
            s.executeQuery("SELECT count(*) FROM \"" + t.getKey().replace("\"", "\"\"") + "\"")) {
          r.next();
          t.setValue(r.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IOException(file + ": cannot count its rows: " + e.getMessage(), e);
    }
    return tables;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
