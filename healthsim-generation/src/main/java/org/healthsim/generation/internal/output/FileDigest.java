package org.healthsim.generation.internal.output;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.healthsim.generation.internal.parquet.ParquetFooter;
import org.healthsim.generation.output.RunManifest;

/**
 * A file's manifest entry: its size and SHA-256 in one read, and its rows by its kind. A file
 * written through {@link CompleteFile} was digested as it was written ({@link Running}); {@link
 * #ofWritten} takes that digest instead of reading the file again, while it still has the size and
 * modification time it had when committed.
 */
public final class FileDigest {

  /** Digests taken while writing, by file, until the run's manifest takes them. */
  private static final Map<Path, Written> WRITTEN = new ConcurrentHashMap<>();

  private static final int MAX_REMEMBERED = 4096;

  private record Written(RunManifest.Entry entry, long size, FileTime modified) {}

  private FileDigest() {}

  /**
   * The entry of {@code file}, read in full; with {@code rows}, also its data rows: NDJSON lines,
   * CSV records after the header (quoted line breaks are inside a record), Parquet rows (from the
   * file's footer) and the rows of each table of a DuckDB database (read back through DuckDB). What
   * {@code verify} uses.
   */
  public static RunManifest.Entry of(Path file, boolean rows) throws IOException {
    String name = file.getFileName().toString();
    Running running = new Running(name, rows);
    byte[] buffer = new byte[1 << 20];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        running.update(buffer, 0, n);
      }
    }
    RunManifest.Entry entry = running.entry();
    if (rows && name.endsWith(".parquet")) {
      return withRows(entry, ParquetFooter.rows(file), null);
    }
    if (rows && name.endsWith(".duckdb")) {
      return withRows(entry, null, duckdbTables(file));
    }
    return entry;
  }

  /**
   * The entry of {@code file} with its rows: the digest taken while it was written when the file is
   * unchanged since (same size and modification time), else {@link #of} it.
   */
  public static RunManifest.Entry ofWritten(Path file) throws IOException {
    Path key = file.toAbsolutePath().normalize();
    Written written = WRITTEN.remove(key);
    if (written != null
        && Files.size(file) == written.size()
        && Files.getLastModifiedTime(file).equals(written.modified())) {
      return written.entry();
    }
    return of(file, true);
  }

  /** Keeps {@code running}'s entry for {@code file}, just committed, for {@link #ofWritten}. */
  static void remember(Path file, Running running) throws IOException {
    if (WRITTEN.size() >= MAX_REMEMBERED) {
      // Files written without a run directory to take their digests: an optimisation only.
      WRITTEN.clear();
    }
    WRITTEN.put(
        file.toAbsolutePath().normalize(),
        new Written(running.entry(), Files.size(file), Files.getLastModifiedTime(file)));
  }

  private static RunManifest.Entry withRows(
      RunManifest.Entry e, Long rows, Map<String, Long> tables) {
    return new RunManifest.Entry(e.name(), e.bytes(), rows, tables, e.sha256());
  }

  /**
   * A digest taken as bytes go by: SHA-256, size and, for NDJSON, CSV, X12 and NCPDP, data rows
   * (lines; CSV records after the header, a quoted line break inside its record; X12 segments and
   * NCPDP transmissions, one a line as the interchange writers put them).
   */
  static final class Running {
    private static final VarHandle LONGS =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;

    private final String name;
    private final boolean countRows;
    private final boolean ndjson;
    private final boolean lineFormat;
    private final boolean csv;
    private final MessageDigest sha = sha256();
    private long bytes;
    private long lines;
    private boolean quoted;
    private Long knownRows;

    Running(String name, boolean rows) {
      this.name = name;
      this.ndjson = name.endsWith(".ndjson");
      this.csv = name.endsWith(".csv");
      this.lineFormat = name.endsWith(".x12") || name.endsWith(".ncpdp");
      this.countRows = rows && (ndjson || csv || lineFormat);
    }

    void update(byte[] buffer, int offset, int length) {
      sha.update(buffer, offset, length);
      bytes += length;
      if (countRows) {
        countLines(buffer, offset, offset + length);
      }
    }

    /**
     * Counts line ends eight bytes at a time; a word with a quote in a CSV file, or inside a quoted
     * field, goes byte by byte (a line break inside quotes is not a row's end). Scanning byte by
     * byte took as long as the SHA-256 itself.
     */
    private void countLines(byte[] buffer, int from, int to) {
      int i = from;
      for (; i + Long.BYTES <= to; i += Long.BYTES) {
        long word = (long) LONGS.get(buffer, i);
        if (csv && (quoted || bytesEqual(word, QUOTES) != 0)) {
          countLinesByByte(buffer, i, i + Long.BYTES);
        } else {
          lines += Long.bitCount(bytesEqual(word, NEWLINES));
        }
      }
      countLinesByByte(buffer, i, to);
    }

    private void countLinesByByte(byte[] buffer, int from, int to) {
      for (int i = from; i < to; i++) {
        byte b = buffer[i];
        if (b == '"' && csv) {
          quoted = !quoted;
        } else if (b == '\n' && !quoted) {
          lines++;
        }
      }
    }

    /** The high bit of each byte of {@code word} equal to its byte in {@code pattern}; exact. */
    static long bytesEqual(long word, long pattern) {
      long x = word ^ pattern;
      return ~(((x & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | x | LOW_SEVEN_BITS);
    }

    /** Sets the file's data rows, which its writer knows (a Parquet file's). */
    void rows(long rows) {
      knownRows = rows;
    }

    /** The entry so far; the digest is final, so call it once, at the end. */
    RunManifest.Entry entry() {
      Long rows =
          knownRows != null ? knownRows : !countRows ? null : csv ? Math.max(0, lines - 1) : lines;
      return new RunManifest.Entry(name, bytes, rows, null, HexFormat.of().formatHex(sha.digest()));
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
