package org.healthsim.generation.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Generates a cohort in chunks on a pool of threads and hands the chunks to a sink in index order.
 * At most a few chunks per thread are in memory at once, so memory does not grow with the cohort.
 */
final class CohortRunner {

  /** The most entities per chunk a sink may ask for. */
  static final int MAX_CHUNK = 1 << 16;

  /** Chunks in flight per thread. */
  private static final int WINDOW_PER_THREAD = 4;

  private record Chunk<C>(C encoded, Tally tally, int size) {}

  private CohortRunner() {}

  static <C> Tally run(
      EntityFactory factory, long count, int threads, EntitySink<C> sink, LongConsumer progress)
      throws IOException {
    Tally total = factory.validator().newTally();
    int size = sink.entitiesPerChunk();
    if (size < 1 || size > MAX_CHUNK) {
      throw new IllegalArgumentException(
          "a sink's chunks hold 1 to " + MAX_CHUNK + " entities, not " + size);
    }
    if (threads <= 1) {
      for (long start = 0; start < count; start += size) {
        Chunk<C> chunk = chunk(factory, sink, start, Math.min(count, start + size));
        deliver(chunk, sink, total);
        progress.accept(start + chunk.size());
      }
      return total;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "healthsim-generate");
              t.setDaemon(true);
              return t;
            });
    try {
      Deque<Future<Chunk<C>>> window = new ArrayDeque<>();
      long next = 0;
      long done = 0;
      while (done < count) {
        while (window.size() < threads * WINDOW_PER_THREAD && next < count) {
          long start = next;
          long end = Math.min(count, start + size);
          window.add(pool.submit(() -> chunk(factory, sink, start, end)));
          next = end;
        }
        Chunk<C> chunk = await(window.poll());
        deliver(chunk, sink, total);
        done += chunk.size();
        progress.accept(done);
      }
      return total;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <C> Chunk<C> chunk(
      EntityFactory factory, EntitySink<C> sink, long start, long end) {
    Tally tally = factory.validator().newTally();
    List<GeneratedEntity> entities = new ArrayList<>((int) (end - start));
    for (long i = start; i < end; i++) {
      entities.add(factory.create(i, tally));
    }
    return new Chunk<>(sink.encode(entities), tally, entities.size());
  }

  private static <C> void deliver(Chunk<C> chunk, EntitySink<C> sink, Tally total)
      throws IOException {
    sink.write(chunk.encoded());
    total.merge(chunk.tally());
  }

  private static <C> Chunk<C> await(Future<Chunk<C>> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while generating", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      if (cause instanceof UncheckedIOException) {
        throw ((UncheckedIOException) cause).getCause();
      }
      throw new IOException(cause);
    }
  }
}
