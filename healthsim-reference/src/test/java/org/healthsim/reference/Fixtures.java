package org.healthsim.reference;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.healthsim.reference.internal.store.ReferenceImporter;
import org.healthsim.reference.internal.store.SourceFile;
import org.healthsim.reference.internal.store.SourceKind;

/** The made-up fixture files in test resources, and databases built from them. */
public final class Fixtures {

  private Fixtures() {}

  /** The fixture file {@code name}. */
  public static Path file(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The three fixture files. */
  public static List<SourceFile> files() {
    return List.of(
        SourceFile.of(SourceKind.PLACES_COUNTY, file("places_county_2099release_gis.csv")),
        SourceFile.of(SourceKind.SVI_COUNTY, file("svi_county_2099.csv")),
        SourceFile.of(SourceKind.SVI_TRACT, file("svi_tract_2099.csv")));
  }

  /** A database file {@code db} with the fixture files imported, and a connection to it. */
  public static Connection database(Path db) throws SQLException {
    Connection conn = DriverManager.getConnection("jdbc:duckdb:" + db);
    new ReferenceImporter(conn).importFiles(files());
    return conn;
  }

  /** The single number {@code sql} selects. */
  public static double number(Connection conn, String sql) throws SQLException {
    try (Statement s = conn.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getDouble(1);
    }
  }

  /** The single text {@code sql} selects. */
  public static String text(Connection conn, String sql) throws SQLException {
    try (Statement s = conn.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }
}
