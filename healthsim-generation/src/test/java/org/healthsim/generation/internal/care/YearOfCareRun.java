package org.healthsim.generation.internal.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.calibration.CalibrationReport;
import org.healthsim.generation.calibration.CalibrationTally;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.journey.EventStatus;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.generation.records.Claim;
import org.healthsim.generation.template.JourneyTemplates;
import org.healthsim.generation.template.ProfileTemplates;
import org.healthsim.generation.trigger.CrossProductCoordinator;

/**
 * A year-of-care run held in memory for tests: a profile's entities, each one's executed timeline
 * (with the default triggers), and the calibration report. Runs are cached per profile and count,
 * so the tests of a class share one.
 */
final class YearOfCareRun {

  static final LocalDate START = LocalDate.of(2025, 1, 1);
  static final LocalDate UNTIL = LocalDate.of(2025, 12, 31);
  private static final Map<String, YearOfCareRun> RUNS = new ConcurrentHashMap<>();

  final List<GeneratedEntity> entities;
  final Map<String, Timeline> timelines = new ConcurrentHashMap<>();
  final CalibrationReport report;

  private YearOfCareRun(ProfileSpecification profile, int count) {
    entities = new ProfileExecutor(42).withThreads(2).execute(profile, count).entities();
    CalibrationTally tally = new CalibrationTally(START, UNTIL);
    EntityTimelines built =
        new EntityTimelines(
                new JourneyEngine(42),
                List.of(JourneyTemplates.getJourneyTemplate("year-of-care")),
                START,
                UNTIL,
                CrossProductCoordinator.createCoordinator())
            .withObserver(tally);
    entities.parallelStream().forEach(e -> timelines.put(e.entityId(), built.timeline(e)));
    report = tally.report();
  }

  static YearOfCareRun of(String template, int count) {
    return RUNS.computeIfAbsent(
        template + "/" + count, k -> new YearOfCareRun(ProfileTemplates.get(template), count));
  }

  static YearOfCareRun of(ProfileSpecification profile, int count) {
    return new YearOfCareRun(profile, count);
  }

  /** The claims of {@code t}'s executed events, in timeline order. */
  static List<Claim> claims(Timeline t) {
    List<Claim> out = new ArrayList<>();
    for (TimelineEvent e : t.events()) {
      if (e.status() == EventStatus.EXECUTED) {
        e.outputs().stream()
            .filter(Claim.class::isInstance)
            .map(Claim.class::cast)
            .forEach(out::add);
      }
    }
    return out;
  }

  /** The claims that stand: not voided, not replaced by a correction, not a void themselves. */
  static List<Claim> standing(List<Claim> all) {
    Set<String> superseded = new HashSet<>();
    for (Claim c : all) {
      if (c.originalClaimId() != null) {
        superseded.add(c.originalClaimId());
      }
    }
    return all.stream()
        .filter(c -> !c.status().equals("void") && !superseded.contains(c.claimId()))
        .toList();
  }
}
