package org.healthsim.reference.internal.store;

/** The kinds of file the importer reads, each into its own table (see docs/reference-data.md). */
public enum SourceKind {
  /**
   * CDC PLACES county data, "GIS friendly" format, any release: {@code places_county(_measure)}.
   */
  PLACES_COUNTY("places_county", "CDC PLACES"),
  /** CDC/ATSDR SVI county file (2020 or 2022 layout): {@code svi_county}. */
  SVI_COUNTY("svi_county", "CDC/ATSDR SVI"),
  /** CDC/ATSDR SVI census-tract file, full or percentile ranks only: {@code svi_tract}. */
  SVI_TRACT("svi_tract", "CDC/ATSDR SVI"),
  /** County FIPS crosswalk ({@code state_fips,state_abbr,county_fips,county_name}). */
  FIPS_COUNTY("fips_county", "Census county FIPS"),
  /** State FIPS crosswalk ({@code state_fips,state_name,state_abbr}). */
  FIPS_STATE("fips_state", "Census state FIPS");

  private final String table;
  private final String source;

  SourceKind(String table, String source) {
    this.table = table;
    this.source = source;
  }

  /** The table it is imported into. */
  public String table() {
    return table;
  }

  /** The publisher and data set, as recorded in {@code reference_release.source}. */
  public String source() {
    return source;
  }
}
