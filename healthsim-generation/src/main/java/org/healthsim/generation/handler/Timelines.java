package org.healthsim.generation.handler;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.journey.EventStatus;
import org.healthsim.generation.journey.HandlerContext;
import org.healthsim.generation.journey.TimelineEvent;

/**
 * Finding earlier records on the timeline: the order a result answers, the fill a refill follows.
 */
final class Timelines {

  private Timelines() {}

  /** The latest record of {@code type} executed before this event that {@code matches}. */
  static <T extends EventRecord> Optional<T> latest(
      HandlerContext c, Class<T> type, Predicate<T> matches) {
    List<TimelineEvent> events = c.timeline().events();
    for (int i = events.size() - 1; i >= 0; i--) {
      TimelineEvent e = events.get(i);
      if (e.status() != EventStatus.EXECUTED || e.scheduledDate().isAfter(c.date())) {
        continue;
      }
      List<EventRecord> records = e.outputs();
      for (int r = records.size() - 1; r >= 0; r--) {
        if (type.isInstance(records.get(r)) && matches.test(type.cast(records.get(r)))) {
          return Optional.of(type.cast(records.get(r)));
        }
      }
    }
    return Optional.empty();
  }

  /** Every record of {@code type} executed before this event, oldest first. */
  static <T extends EventRecord> List<T> all(HandlerContext c, Class<T> type) {
    List<T> found = new java.util.ArrayList<>();
    for (TimelineEvent e : c.timeline().events()) {
      if (e.status() == EventStatus.EXECUTED && !e.scheduledDate().isAfter(c.date())) {
        for (EventRecord r : e.outputs()) {
          if (type.isInstance(r)) {
            found.add(type.cast(r));
          }
        }
      }
    }
    return found;
  }
}
