package org.healthsim.reference.resolve;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Which reference tables a database has, their columns and the release recorded for each. */
final class ReferenceTables {

  private final Map<String, Set<String>> columns = new HashMap<>();
  private final Map<String, String> releases = new HashMap<>();
  private final Map<String, String> connecticut = new HashMap<>();

  ReferenceTables(Connection conn) throws SQLException {
    try (PreparedStatement p =
            conn.prepareStatement(
                "SELECT table_name, column_name FROM information_schema.columns WHERE"
                    + " table_schema = current_schema() ORDER BY table_name, ordinal_position");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        columns
            .computeIfAbsent(r.getString(1), t -> new LinkedHashSet<>())
            .add(r.getString(2).toLowerCase(Locale.ROOT));
      }
    }
    if (has("reference_release")) {
      try (PreparedStatement p =
              conn.prepareStatement(
                  "SELECT table_name, release, connecticut FROM reference_release");
          ResultSet r = p.executeQuery()) {
        while (r.next()) {
          releases.put(r.getString(1), r.getString(2));
          if (r.getString(3) != null) {
            connecticut.put(r.getString(1), r.getString(3));
          }
        }
      }
    }
  }

  boolean has(String table) {
    return columns.containsKey(table);
  }

  boolean hasColumn(String table, String column) {
    return columns.getOrDefault(table, Set.of()).contains(column);
  }

  /** The release recorded for {@code table}, or {@code null}. */
  String release(String table) {
    return releases.get(table);
  }

  /** The Connecticut geography recorded for {@code table}, or {@code null}. */
  String connecticut(String table) {
    return connecticut.get(table);
  }
}
