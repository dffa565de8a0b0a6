package org.healthsim.generation.journey;

import java.util.List;

/**
 * What a handler produced.
 *
 * @param records the healthcare records, in the order they happened
 * @param endsJourney whether the journey ends here for its product (a failed screen, a
 *     termination): later pending events of that journey and product are skipped
 * @param endReason why it ends, when it does
 */
public record HandlerResult(List<EventRecord> records, boolean endsJourney, String endReason) {

  public HandlerResult {
    records = List.copyOf(records);
  }

  /** Records, the journey going on. */
  public static HandlerResult of(EventRecord... records) {
    return new HandlerResult(List.of(records), false, null);
  }

  /** Records, after which the journey ends for this product. */
  public static HandlerResult ending(String reason, EventRecord... records) {
    return new HandlerResult(List.of(records), true, reason);
  }
}
