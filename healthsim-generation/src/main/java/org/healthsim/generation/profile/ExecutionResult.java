package org.healthsim.generation.profile;

import java.time.Duration;
import java.util.List;

/**
 * What {@link ProfileExecutor#execute} returns.
 *
 * @param profileId the profile's id, or {@code null} when it has none
 * @param seed the master seed used
 * @param count how many entities were generated
 * @param entities the entities, in index order (empty for streamed runs)
 * @param duration how long generation took (wall time; not part of any output)
 * @param validation the cohort compared with its spec
 */
public record ExecutionResult(
    String profileId,
    long seed,
    long count,
    List<GeneratedEntity> entities,
    Duration duration,
    ValidationReport validation) {

  public ExecutionResult {
    entities = List.copyOf(entities);
  }
}
