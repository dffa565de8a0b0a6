package org.healthsim.reference.internal.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file to import.
 *
 * @param kind what the file holds
 * @param path where it is
 * @param release the release or vintage ({@code 2022}); {@code null} to take the first year in the
 *     file name, which fails the import when the name has none
 */
public record SourceFile(SourceKind kind, Path path, String release) {

  private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])");

  public SourceFile {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
  }

  /** A file whose release is the first year in its name. */
  public static SourceFile of(SourceKind kind, Path path) {
    return new SourceFile(kind, path, null);
  }

  /** The release given, else the first year in the file name. */
  String resolvedRelease() {
    if (release != null) {
      return release;
    }
    if (kind == SourceKind.FIPS_COUNTY || kind == SourceKind.FIPS_STATE) {
      return "unversioned";
    }
    return yearIn(path.getFileName().toString())
        .orElseThrow(
            () ->
                new ReferenceImportException(
                    path,
                    0,
                    null,
                    "no year in the file name to tell the "
                        + kind.source()
                        + " release; give it (--places-release / --svi-release)"));
  }

  /**
   * The first year (1900-2099) standing alone in {@code name}, as in {@code SVI_2022_US_county}.
   */
  public static Optional<String> yearIn(String name) {
    Matcher m = YEAR.matcher(name);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
