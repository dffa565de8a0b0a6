package org.healthsim.generation.journey;

/** Executes one kind of event for one product, producing its healthcare records. */
@FunctionalInterface
public interface EventHandler {

  /**
   * Executes the event in {@code context}.
   *
   * @return the records it produced, and whether it ends the journey
   * @throws RuntimeException to fail the event; the timeline records the message
   */
  HandlerResult handle(HandlerContext context);
}
