package org.healthsim.generation.cohort;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.healthsim.generation.journey.EventStatus;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.profile.GeneratedEntity;

/**
 * Counts the events whose handler failed, by reason, so that a run can say so instead of leaving
 * them to be found as {@code "status": "failed"} in its output. Thread-safe, and its summary does
 * not depend on the order entities are seen in.
 */
public final class FailedEvents implements TimelineObserver {

  /** One reason and how many events failed for it. */
  public record Reason(String reason, long count) {}

  private final Map<String, LongAdder> byReason = new ConcurrentHashMap<>();

  @Override
  public void observe(GeneratedEntity entity, Timeline timeline) {
    for (TimelineEvent e : timeline.events()) {
      if (e.status() == EventStatus.FAILED) {
        String reason = e.eventType().wireName() + ": " + e.reason();
        byReason.computeIfAbsent(reason, r -> new LongAdder()).increment();
      }
    }
  }

  /** How many events failed. */
  public long total() {
    return byReason.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** The reasons, most frequent first (ties by text). */
  public List<Reason> reasons() {
    return byReason.entrySet().stream()
        .map(e -> new Reason(e.getKey(), e.getValue().sum()))
        .sorted(Comparator.comparingLong(Reason::count).reversed().thenComparing(Reason::reason))
        .collect(Collectors.toList());
  }
}
