package org.healthsim.generation.journey;

import java.util.List;

/**
 * What a handler produced.
 *
 * @param records the healthcare records, in the order they happened
 * @param endsJourney whether the journey ends here for its product (a failed screen, a
 *     termination): later pending events of that journey and product are skipped
 * @param endReason why it ends, when it does
 * @param refusal why the event cannot happen (a refill past the authorised count), or {@code null}:
 *     a refused event is recorded as skipped with this reason and produces no records
 */
public record HandlerResult(
    List<EventRecord> records, boolean endsJourney, String endReason, String refusal) {

  public HandlerResult {
    records = List.copyOf(records);
  }

  /** Records, the journey going on. */
  public static HandlerResult of(EventRecord... records) {
    return new HandlerResult(List.of(records), false, null, null);
  }

  /** Records, after which the journey ends for this product. */
  public static HandlerResult ending(String reason, EventRecord... records) {
    return new HandlerResult(List.of(records), true, reason, null);
  }

  /** The event cannot happen, for {@code reason}: it is skipped, not failed. */
  public static HandlerResult refused(String reason) {
    return new HandlerResult(List.of(), false, null, reason);
  }
}
