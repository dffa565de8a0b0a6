package org.healthsim.generation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.healthsim.generation.calibration.CalibrationReport;
import org.healthsim.generation.cohort.FailedEvents;
import org.healthsim.generation.profile.ExecutionResult;
import org.healthsim.generation.profile.ValidationReport;

/**
 * What {@link HealthSim#writeTo} wrote.
 *
 * @param dir the run directory
 * @param seed the master seed used
 * @param members how many members were written
 * @param events how many events were written with them
 * @param files the data files, in the order written ({@code validation.txt}, the calibration report
 *     and {@code manifest.json} are beside them)
 * @param generation the executor's result (duration and validation report), or {@code null} when
 *     one member was written alone
 * @param calibration the run's calibration report, or {@code null} without journeys or for one
 *     member
 * @param failedEvents why events failed (their handler could not run them), most frequent first;
 *     they are written with {@code "status": "failed"}
 * @param partialsRemoved files of an interrupted earlier run that were removed first
 */
public record RunSummary(
    Path dir,
    long seed,
    long members,
    long events,
    List<Path> files,
    ExecutionResult generation,
    CalibrationReport calibration,
    List<FailedEvents.Reason> failedEvents,
    int partialsRemoved) {

  public RunSummary {
    files = List.copyOf(files);
    failedEvents = List.copyOf(failedEvents);
  }

  /** The cohort compared with its spec, or {@code null} when one member was written alone. */
  public ValidationReport validation() {
    return generation == null ? null : generation.validation();
  }

  /** How long generating and writing took, or zero when one member was written alone. */
  public Duration duration() {
    return generation == null ? Duration.ZERO : generation.duration();
  }

  /** How many events failed. */
  public long failedEventCount() {
    return failedEvents.stream().mapToLong(FailedEvents.Reason::count).sum();
  }
}
