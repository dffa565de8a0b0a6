package org.healthsim.reference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.healthsim.core.spec.DemographicsSpec;
import org.healthsim.core.spec.GeographyReference;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.core.validation.Problems;
import org.healthsim.generation.profile.ReferenceResolver;
import org.healthsim.reference.profile.HybridProfile;
import org.healthsim.reference.profile.ReferenceSpecs;
import org.healthsim.reference.resolve.ReferenceProfile;
import org.healthsim.reference.resolve.ReferenceProfileResolver;

/**
 * A reference database (written by {@link
 * org.healthsim.reference.internal.store.ReferenceImporter}) for generation: give it to {@code
 * ProfileExecutor.withReference} and profiles whose {@code demographics.source} is {@code
 * populationsim} or {@code hybrid} are resolved against it.
 *
 * <pre>{@code
 * try (ReferenceDatabase db = ReferenceDatabase.open(Path.of("reference.duckdb"))) {
 *   ExecutionResult cohort = new ProfileExecutor(42).withReference(db).execute(hybridSpec);
 * }
 * }</pre>
 *
 * Thread-safe; each profile is resolved once and remembered.
 */
public final class ReferenceDatabase implements ReferenceResolver, AutoCloseable {

  private final Connection conn;
  private final boolean owned;
  private final ReferenceProfileResolver resolver;
  private final Map<ProfileSpecification, ProfileSpecification> resolved = new HashMap<>();

  private ReferenceDatabase(Connection conn, boolean owned) {
    this.conn = conn;
    this.owned = owned;
    this.resolver = new ReferenceProfileResolver(conn);
  }

  /**
   * Opens {@code file} read-only.
   *
   * @throws IllegalArgumentException naming the file when it does not exist, is not a DuckDB
   *     database, cannot be read, or has none of the CDC tables
   */
  public static ReferenceDatabase open(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          file + ": no such reference database; create one with healthsim reference import");
    }
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    Connection conn;
    try {
      conn = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), readOnly);
    } catch (SQLException e) {
      throw new IllegalArgumentException(file + ": cannot open: " + firstLine(e), e);
    }
    ReferenceDatabase db = new ReferenceDatabase(conn, true);
    try {
      db.resolver.checkTables();
    } catch (ReferenceDatabaseException e) {
      closeQuietly(conn);
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
    return db;
  }

  private static String firstLine(Exception e) {
    return String.valueOf(e.getMessage()).strip().lines().findFirst().orElse("");
  }

  private static void closeQuietly(Connection conn) {
    try {
      conn.close();
    } catch (SQLException ignored) {
      // the open failed already; that is the error to report
    }
  }

  /** A reference database over {@code conn}, which the caller keeps and closes. */
  public static ReferenceDatabase over(Connection conn) {
    return new ReferenceDatabase(Objects.requireNonNull(conn, "conn"), false);
  }

  /** The resolver over this database. */
  public ReferenceProfileResolver resolver() {
    return resolver;
  }

  /**
   * {@code user} merged over the reference data of its {@code demographics.reference}; see {@link
   * ReferenceSpecs}. A profile whose source is explicit comes back unchanged, with no reference.
   *
   * @throws org.healthsim.core.validation.SpecValidationException when the geography is unknown,
   *     naming {@code demographics.reference.fips} or {@code .state}
   */
  public synchronized HybridProfile createHybridProfile(ProfileSpecification user) {
    DemographicsSpec d = user.demographics();
    if (d.source() == DemographicsSpec.Source.EXPLICIT) {
      return new HybridProfile(user, null, Map.of());
    }
    GeographyReference geography = d.reference();
    ReferenceProfile reference;
    try {
      reference = resolver.resolveGeography(geography);
    } catch (IllegalArgumentException e) {
      boolean state = geography.level() == GeographyReference.Level.STATE;
      new Problems()
          .add(
              "demographics.reference." + (state ? "state" : "fips"),
              state ? geography.state() : geography.fips(),
              e.getMessage())
          .throwIfAny();
      throw e;
    }
    Map<String, Long> counties =
        geography.level() == GeographyReference.Level.STATE
            ? resolver.countyPopulations(geography.state())
            : null;
    return ReferenceSpecs.merge(user, reference, counties);
  }

  /** The reference data of {@code reference} as a profile of its own. */
  public synchronized HybridProfile toProfileSpec(ReferenceProfile reference) {
    Map<String, Long> counties =
        reference.area().level() == org.healthsim.reference.resolve.Area.Level.STATE
            ? resolver.countyPopulations(reference.area().code())
            : null;
    return ReferenceSpecs.toProfileSpec(reference, counties);
  }

  @Override
  public synchronized ProfileSpecification resolve(ProfileSpecification profile) {
    return resolved.computeIfAbsent(profile, p -> createHybridProfile(p).spec());
  }

  @Override
  public void close() {
    if (owned) {
      try {
        conn.close();
      } catch (SQLException e) {
        throw new IllegalStateException("closing the reference database: " + e.getMessage(), e);
      }
    }
  }
}
