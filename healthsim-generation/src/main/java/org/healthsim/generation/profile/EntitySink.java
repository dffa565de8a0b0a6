package org.healthsim.generation.profile;

import java.io.IOException;
import java.util.List;

/**
 * Where {@link ProfileExecutor#generate} sends a cohort, chunk by chunk. Work that can run in
 * parallel (turning entities into bytes) goes in {@link #encode}; {@link #write} receives the
 * encoded chunks one at a time, in index order, so the output is the same on any thread count.
 *
 * @param <C> what a chunk is encoded to, such as {@code byte[]}
 */
public interface EntitySink<C> {

  /** Encodes a chunk of consecutive entities. Called from any thread, chunks in any order. */
  C encode(List<GeneratedEntity> chunk);

  /** Writes an encoded chunk. Called from one thread, chunks in index order. */
  void write(C encoded) throws IOException;

  /**
   * How many consecutive entities a chunk holds: large enough to amortise hand-offs between
   * threads, small enough that the chunks in flight (four per thread) keep memory flat. 1,024 by
   * default; a sink whose encoding of an entity is large asks for fewer ({@link #chunkOf}). The
   * output does not depend on it.
   */
  default int entitiesPerChunk() {
    return chunkOf(false);
  }

  /**
   * The chunk size of a sink that writes entities alone (1,024, a few hundred kilobytes of NDJSON)
   * or entities with their timelines as NDJSON or table rows (64: a year of care is about 60 KB of
   * NDJSON an entity, so 1,024 made chunks of 60 MB, buffers that grew by copying, eight of them in
   * flight on two threads). The interchange formats choose their own.
   */
  static int chunkOf(boolean withTimelines) {
    return withTimelines ? 64 : 1024;
  }
}
