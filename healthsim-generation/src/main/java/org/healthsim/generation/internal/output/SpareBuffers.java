package org.healthsim.generation.internal.output;

import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import org.healthsim.generation.json.JsonBytes;

/**
 * Buffers a sink has written out, cleared, for the next chunks to fill. A chunk's buffer is
 * megabytes, which a new array would have zeroed first. The last given is the first taken, as the
 * likeliest still in cache. At most {@code kept} are kept, so a burst of chunks in flight does not
 * stay allocated. Thread-safe: generating threads take, the writing thread gives.
 */
public final class SpareBuffers {

  private final BlockingDeque<JsonBytes> spare;

  /** Keeps at most {@code kept} buffers. */
  public SpareBuffers(int kept) {
    this.spare = new LinkedBlockingDeque<>(kept);
  }

  /** A spare buffer (it grows if it must), else a new one of {@code capacity} bytes. */
  public JsonBytes take(int capacity) {
    JsonBytes buffer = spare.pollFirst();
    return buffer != null ? buffer : new JsonBytes(capacity);
  }

  /** Takes back {@code written}, whose bytes are written out and may be overwritten. */
  public void give(JsonBytes written) {
    written.clear();
    spare.offerFirst(written); // dropped when enough are spare
  }
}
