package org.healthsim.examples;

import java.nio.file.Path;
import java.util.List;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.profile.EntityCondition;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.reference.ReferenceDatabase;
import org.healthsim.reference.resolve.ReferenceProfile;
import org.healthsim.reference.resolve.ReferenceProfileResolver;

/**
 * The framework guide's Example 3, "Reference-Based Profile", in Java: Harris County, TX from CDC
 * PLACES and SVI in DuckDB, turned into a profile spec and drawn.
 *
 * <pre>
 * java -cp healthsim-examples/target/healthsim.jar org.healthsim.examples.Example3ReferenceProfile \
 *     [DB (default out/reference.duckdb)] [CDC FILES FOLDER (default ../shared/reference-data/raw)]
 * </pre>
 *
 * The database is built from the folder's PLACES 2022 and SVI 2022 county files when it does not
 * exist.
 */
public final class Example3ReferenceProfile {

  private Example3ReferenceProfile() {}

  /** Resolves Harris County, prints it, and draws 10,000 entities from its profile. */
  public static void main(String[] args) throws Exception {
    Path db = ReferenceFiles.arg(args, 0, ReferenceFiles.DEFAULT_DB);
    Path raw = ReferenceFiles.arg(args, 1, ReferenceFiles.DEFAULT_RAW);
    // Connect to reference database
    try (ReferenceDatabase reference = ReferenceFiles.open(db, raw)) {
      // Get real demographics from Harris County, TX
      ReferenceProfileResolver resolver = reference.resolver();
      ReferenceProfile profile = resolver.resolveCounty("48201");

      System.out.printf("%s%n", profile.area().name());
      System.out.printf("Population: %,d%n", profile.population().asLong());
      System.out.printf("Diabetes prevalence: %s%%%n", profile.pctDiabetes());
      System.out.printf("Obesity prevalence: %s%%%n", profile.pctObesity());
      System.out.printf("SVI overall rank: %s%n", profile.sviRank());

      // Create profile spec from reference
      ProfileSpecification spec = reference.toProfileSpec(profile).spec();

      // Draw it: adults get the county's adult (crude) rates, children none.
      long seed = 42;
      List<GeneratedEntity> cohort = new ProfileExecutor(seed).execute(spec, 10_000).entities();
      List<GeneratedEntity> adults = cohort.stream().filter(e -> e.age() >= 18).toList();
      System.out.printf(
          "seed %d: %,d entities of %s, %,d adults%n",
          seed, cohort.size(), spec.id(), adults.size());
      System.out.printf(
          "  diabetes among adults: %.1f%% (county %s%%)%n",
          100.0 * share(adults, "E11.9"), profile.pctDiabetes());
      System.out.printf(
          "  obesity among adults: %.1f%% (county %s%%)%n",
          100.0 * share(adults, "E66.9"), profile.pctObesity());
    }
  }

  static double share(List<GeneratedEntity> entities, String code) {
    return entities.stream()
            .filter(e -> e.conditions().stream().map(EntityCondition::code).anyMatch(code::equals))
            .count()
        / (double) entities.size();
  }
}
