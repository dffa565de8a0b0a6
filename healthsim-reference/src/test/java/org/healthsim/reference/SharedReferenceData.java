package org.healthsim.reference;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real CDC files in {@code ../shared/reference-data/raw} (see its SOURCES.md), found by walking
 * up from the working directory. Tests that need them are skipped with a message when the folder is
 * absent, and fail when {@code CI=true}.
 */
public final class SharedReferenceData {

  private SharedReferenceData() {}

  /** The folder of raw files; skips (or, in CI, fails) the calling test when absent. */
  public static Path raw() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path raw = p.resolve("shared").resolve("reference-data").resolve("raw");
      if (Files.isDirectory(raw)) {
        return raw;
      }
    }
    String message =
        "the real reference data (shared/reference-data/raw beside the project) is absent";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message + "; CI=true requires it");
    }
    assumeTrue(false, message + ": skipping");
    return null;
  }
}
