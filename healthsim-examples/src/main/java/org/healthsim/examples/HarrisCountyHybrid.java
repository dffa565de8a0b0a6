package org.healthsim.examples;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.reference.ReferenceDatabase;
import org.healthsim.reference.profile.FieldOrigin;
import org.healthsim.reference.profile.HybridProfile;
import org.healthsim.reference.resolve.ReferenceProfile;

/**
 * The framework guide's hybrid profile: Harris County, TX demographics and rates, with the age
 * overridden for a Medicare population (normal 72 ± 8). Prints where each field came from and how
 * the drawn cohort compares with the county.
 *
 * <pre>
 * java -cp healthsim-examples/target/healthsim.jar org.healthsim.examples.HarrisCountyHybrid \
 *     [DB (default out/reference.duckdb)] [CDC FILES FOLDER (default ../shared/reference-data/raw)]
 * </pre>
 */
public final class HarrisCountyHybrid {

  /** The guide's user spec, as written there. */
  static final String USER_SPEC =
      """
      {"profile": {"demographics": {
        "source": "populationsim",
        "reference": {"type": "county", "fips": "48201"},
        "age": {"type": "normal", "mean": 72, "std_dev": 8}}}}
      """;

  private HarrisCountyHybrid() {}

  /** Builds the hybrid, draws 10,000 entities, and prints the comparison. */
  public static void main(String[] args) throws Exception {
    Path db = ReferenceFiles.arg(args, 0, ReferenceFiles.DEFAULT_DB);
    Path raw = ReferenceFiles.arg(args, 1, ReferenceFiles.DEFAULT_RAW);
    ProfileSpecification userSpec = SpecReader.profileFromString(USER_SPEC, "the hybrid example");
    try (ReferenceDatabase reference = ReferenceFiles.open(db, raw)) {
      HybridProfile hybrid = reference.createHybridProfile(userSpec);
      ReferenceProfile county = hybrid.reference();
      System.out.println(hybrid.spec().name());
      for (Map.Entry<String, FieldOrigin> origin : hybrid.origins().entrySet()) {
        System.out.printf("  %-36s %s%n", origin.getKey(), origin.getValue());
      }
      long seed = 42;
      List<GeneratedEntity> cohort =
          new ProfileExecutor(seed).execute(hybrid.spec(), 10_000).entities();
      double meanAge = cohort.stream().mapToInt(GeneratedEntity::age).average().orElse(0);
      System.out.printf("seed %d: %,d entities, mean age %.1f%n", seed, cohort.size(), meanAge);
      row("diabetes (E11.9)", cohort, "E11.9", county.pctDiabetes().toString());
      row("obesity (E66.9)", cohort, "E66.9", county.pctObesity().toString());
      row("hypertension (I10)", cohort, "I10", county.pctHypertension().toString());
      long hispanic =
          cohort.stream().filter(e -> "Hispanic or Latino".equals(e.ethnicity())).count();
      System.out.printf(
          "  %-20s %5.1f%%   county %s%%%n",
          "Hispanic or Latino", 100.0 * hispanic / cohort.size(), county.pctHispanic());
    }
  }

  private static void row(String label, List<GeneratedEntity> cohort, String code, String rate) {
    System.out.printf(
        "  %-20s %5.1f%%   county %s%% of adults%n",
        label, 100.0 * Example3ReferenceProfile.share(cohort, code), rate);
  }
}
