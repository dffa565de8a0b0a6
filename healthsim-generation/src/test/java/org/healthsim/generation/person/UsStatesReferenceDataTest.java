package org.healthsim.generation.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The state resource agrees with the real FIPS file in ../shared/reference-data (skipped with a
 * message where the shared files are absent, failing in CI where they must be present).
 */
class UsStatesReferenceDataTest {

  static Path sharedFile(String name) {
    String dir = System.getenv("HEALTHSIM_SHARED_DIR");
    Path file = Path.of(dir == null ? "../../shared" : dir, "reference-data", "raw", name);
    boolean present = Files.exists(file);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new AssertionError(
          "CI=true but the shared reference file is missing: " + file.toAbsolutePath());
    }
    assumeTrue(
        present, "shared reference data not found at " + file.toAbsolutePath() + "; skipped");
    return file;
  }

  @Test
  void fipsCodesNamesAndAbbreviationsMatchTheFipsStateFile() throws IOException {
    // state_fips,state_name,state_abbr
    Set<String> rows =
        Files.readAllLines(sharedFile("fips_state.csv")).stream()
            .skip(1)
            .map(line -> line.replace("\"", "").strip())
            .collect(Collectors.toSet());
    for (UsState state : UsStates.all()) {
      assertThat(rows)
          .as("fips_state.csv has the row of %s", state.name())
          .contains(state.fips() + "," + state.name() + "," + state.abbreviation());
    }
  }
}
