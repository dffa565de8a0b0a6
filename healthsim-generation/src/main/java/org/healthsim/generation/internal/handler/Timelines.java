package org.healthsim.generation.internal.handler;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.journey.HandlerContext;

/**
 * Finding earlier records on the timeline: the order a result answers, the fill a refill follows.
 */
final class Timelines {

  private Timelines() {}

  /** The latest record of {@code type} executed before this event that {@code matches}. */
  static <T extends EventRecord> Optional<T> latest(
      HandlerContext c, Class<T> type, Predicate<T> matches) {
    return c.timeline().latestExecuted(type, c.date(), matches);
  }

  /** Every record of {@code type} executed before this event, oldest first. */
  static <T extends EventRecord> List<T> all(HandlerContext c, Class<T> type) {
    return c.timeline().executed(type, c.date());
  }
}
