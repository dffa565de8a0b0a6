package org.healthsim.generation.internal.adjudication;

import java.time.LocalDate;
import java.util.List;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.journey.EventType;

/**
 * One claim transaction the adjudicator produced, to be put on the member's timeline.
 *
 * @param date the event's date: the service's (its last day for a stay), the fill's
 * @param type claim_professional, claim_institutional or claim_pharmacy
 * @param key distinguishes the transactions of one service: {@code claim}, {@code corrected},
 *     {@code void}, {@code rebilled}, {@code rejected}, {@code reversal}
 * @param serviceEventId the first timeline event the claim bills
 * @param seed the seed the claim was drawn with
 * @param records the claim and, for a medical claim a payer decided, its remittance
 */
public record Adjudicated(
    LocalDate date,
    EventType type,
    String key,
    String serviceEventId,
    long seed,
    List<EventRecord> records) {

  public Adjudicated {
    records = List.copyOf(records);
  }
}
