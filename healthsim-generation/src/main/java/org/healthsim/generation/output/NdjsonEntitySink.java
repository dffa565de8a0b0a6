package org.healthsim.generation.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
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

  /** A sink writing to {@code out}, which the caller opens, buffers and closes. */
  public NdjsonEntitySink(OutputStream out) {
    this.out = out;
  }

  @Override
  public JsonBytes encode(List<GeneratedEntity> chunk) {
    JsonBytes json = new JsonBytes(chunk.size() * BYTES_PER_ENTITY);
    EntityJson encoder = new EntityJson();
    for (GeneratedEntity e : chunk) {
      encoder.write(e, json);
    }
    return json;
  }

  @Override
  public void write(JsonBytes encoded) throws IOException {
    encoded.writeTo(out);
  }
}
