package org.healthsim.generation.internal.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.healthsim.generation.json.JsonBytes;
import org.healthsim.generation.profile.EntitySink;
import org.healthsim.generation.profile.GeneratedEntity;

/**
 * Writes entities as NDJSON, one line each, in index order. Lines are encoded on the generating
 * threads; only the copy to the stream is sequential.
 */
public final class NdjsonEntitySink implements EntitySink<JsonBytes> {

  /** A guess at the bytes of an entity line, to size chunk buffers once. */
  private static final int BYTES_PER_ENTITY = 1400;

  private final OutputStream out;

  /**
   * Chunk buffers are a megabyte or more; reusing the few in flight spares the collector a large
   * allocation per chunk.
   */
  private final Queue<JsonBytes> buffers = new ConcurrentLinkedQueue<>();

  /** A sink writing to {@code out}, which the caller opens, buffers and closes. */
  public NdjsonEntitySink(OutputStream out) {
    this.out = out;
  }

  @Override
  public JsonBytes encode(List<GeneratedEntity> chunk) {
    JsonBytes json = buffers.poll();
    if (json == null) {
      json = new JsonBytes(chunk.size() * BYTES_PER_ENTITY);
    }
    json.clear();
    EntityJson encoder = new EntityJson();
    for (GeneratedEntity e : chunk) {
      encoder.write(e, json);
    }
    return json;
  }

  @Override
  public void write(JsonBytes encoded) throws IOException {
    encoded.writeTo(out);
    buffers.offer(encoded);
  }
}
