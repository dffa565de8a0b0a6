package org.healthsim.reference;

import java.sql.Connection;
import java.util.Map;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.GeographyReference;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.reference.profile.HybridProfile;
import org.healthsim.reference.resolve.ReferenceProfile;
import org.healthsim.reference.resolve.ReferenceProfileResolver;

/**
 * The framework guide's module-level functions {@code resolve_geography} and {@code
 * create_hybrid_profile}, over a DuckDB connection to a reference database.
 */
public final class ReferenceProfiles {

  private ReferenceProfiles() {}

  /** The county or state {@code geography} names. */
  public static ReferenceProfile resolveGeography(GeographyReference geography, Connection conn) {
    return new ReferenceProfileResolver(conn).resolveGeography(geography);
  }

  /**
   * {@code userSpec} merged over the reference data of its geography: what the user wrote wins
   * field by field, the reference fills the rest, and the result records each field's origin.
   */
  public static HybridProfile createHybridProfile(ProfileSpecification userSpec, Connection conn) {
    return ReferenceDatabase.over(conn).createHybridProfile(userSpec);
  }

  /** The same, from a spec written as maps and lists (the guide's dictionaries). */
  public static HybridProfile createHybridProfile(Map<String, ?> userSpec, Connection conn) {
    return createHybridProfile(SpecReader.profileFromMap(userSpec), conn);
  }
}
