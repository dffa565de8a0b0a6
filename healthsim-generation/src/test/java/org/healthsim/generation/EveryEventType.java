package org.healthsim.generation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test journey {@code every-event-type.json}: every event type of every product, in order. */
public final class EveryEventType {

  private EveryEventType() {}

  /** The journey's JSON. */
  public static String json() {
    try (InputStream in = EveryEventType.class.getResourceAsStream("every-event-type.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
