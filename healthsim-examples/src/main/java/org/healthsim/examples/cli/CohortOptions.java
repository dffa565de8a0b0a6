package org.healthsim.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.healthsim.core.spec.ProfileSpecification;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options every command that draws a cohort takes: which profile, how many, which seed, where.
 */
final class CohortOptions {

  @Option(
      names = "--profile",
      required = true,
      paramLabel = "TEMPLATE|FILE",
      description = "built-in template name or spec file (JSON or YAML)")
  String profile;

  @Option(names = "--count", paramLabel = "N", description = "entities (default: the spec's count)")
  Long count;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "master seed (default: the spec's, else 42)")
  Long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
  Path out;

  @Option(names = "--overwrite", description = "replace existing output files")
  boolean overwrite;

  /** The profile named by {@code --profile}. */
  ProfileSpecification readProfile(CommandLine line) throws IOException {
    return SpecSource.profile(profile, line);
  }

  /** {@code --count}, else the spec's count; at least 1 and at most the spec's limit, 2^31-1. */
  long count(ProfileSpecification spec, CommandLine line) {
    long n = count != null ? count : spec.generation().count();
    if (n < 1) {
      throw new CommandLine.ParameterException(line, "--count must be at least 1, got " + n);
    }
    if (n > Integer.MAX_VALUE) {
      throw new CommandLine.ParameterException(
          line,
          "--count "
              + n
              + " is more than a run can hold: at most "
              + Integer.MAX_VALUE
              + ", as generation.count");
    }
    return n;
  }

  /** {@code --seed}, else the spec's seed, else 42. */
  long seed(ProfileSpecification spec) {
    return seed != null ? seed : spec.generation().seed() != null ? spec.generation().seed() : 42L;
  }
}
