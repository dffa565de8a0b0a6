package org.healthsim.generation.internal.output;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.json.JsonBytes;
import org.healthsim.generation.profile.EntitySink;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.trigger.CrossProductCoordinator;

/**
 * Writes a cohort with its journeys: entities to one NDJSON stream and, for each entity in index
 * order, its timeline's events in timeline order to another. Each entity's timeline is scheduled
 * from {@code start} and executed up to {@code until} on the generating thread, so journeys run in
 * parallel and the output is the same on any thread count.
 *
 * <pre>{@code
 * NdjsonCohortSink sink = new NdjsonCohortSink(entitiesOut, eventsOut, new JourneyEngine(42),
 *     List.of(JourneyTemplates.getJourneyTemplate("diabetic-first-year")), start, start.plusDays(364));
 * new ProfileExecutor(42).withThreads(4).generate(profile, 100_000, sink, progress);
 * }</pre>
 */
public final class NdjsonCohortSink implements EntitySink<NdjsonCohortSink.Chunk> {

  /**
   * A chunk's entity lines and event lines, and how many events it holds. Its buffers are the
   * sink's again once {@link #write} has written them.
   */
  public record Chunk(JsonBytes entities, JsonBytes events, long eventCount) {}

  private static final int BYTES_PER_EVENT = 600;

  /** How many written buffers of each kind are kept for reuse. */
  private static final int SPARE = 8;

  private final OutputStream entitiesOut;
  private final OutputStream eventsOut;
  private final EntityTimelines timelines;
  private long events;

  /**
   * The most event bytes per entity a chunk has needed so far, so the next chunk's buffer starts
   * big enough instead of doubling its way there (a year of care is about 60 KB an entity).
   */
  private volatile int eventBytesPerEntity = 8 * BYTES_PER_EVENT;

  /** Written buffers, for the next chunks' entity lines and event lines. */
  private final SpareBuffers spareEntityLines = new SpareBuffers(SPARE);

  private final SpareBuffers spareEventLines = new SpareBuffers(SPARE);

  /**
   * A sink scheduling {@code journeys} (at least one) for every entity.
   *
   * @param until events dated after it stay pending and are written as such
   */
  public NdjsonCohortSink(
      OutputStream entitiesOut,
      OutputStream eventsOut,
      JourneyEngine engine,
      List<JourneySpecification> journeys,
      LocalDate start,
      LocalDate until) {
    this(entitiesOut, eventsOut, engine, journeys, start, until, null);
  }

  /**
   * As above, with cross-product triggers: {@code coordinator} (whose product engines are set to
   * {@code engine} here) executes each entity's timeline and schedules what its triggers create on
   * the same timeline, so events.ndjson holds every product's events in date order. {@code null}
   * runs without triggers.
   */
  public NdjsonCohortSink(
      OutputStream entitiesOut,
      OutputStream eventsOut,
      JourneyEngine engine,
      List<JourneySpecification> journeys,
      LocalDate start,
      LocalDate until,
      CrossProductCoordinator coordinator) {
    this(entitiesOut, eventsOut, new EntityTimelines(engine, journeys, start, until, coordinator));
  }

  /** A sink writing each entity's timeline as {@code timelines} builds it. */
  public NdjsonCohortSink(
      OutputStream entitiesOut, OutputStream eventsOut, EntityTimelines timelines) {
    this.entitiesOut = Objects.requireNonNull(entitiesOut);
    this.eventsOut = Objects.requireNonNull(eventsOut);
    this.timelines = Objects.requireNonNull(timelines);
  }

  @Override
  public int entitiesPerChunk() {
    return EntitySink.chunkOf(true);
  }

  @Override
  public Chunk encode(List<GeneratedEntity> chunk) {
    JsonBytes entityLines = spareEntityLines.take(chunk.size() * 1400);
    int perEntity = eventBytesPerEntity;
    JsonBytes eventLines = spareEventLines.take(chunk.size() * perEntity);
    EntityJson entityJson = new EntityJson();
    EventJson eventJson = new EventJson();
    long count = 0;
    for (GeneratedEntity e : chunk) {
      entityJson.write(e, entityLines);
      Timeline timeline = timelines.timeline(e);
      for (TimelineEvent event : timeline.events()) {
        eventJson.write(event, eventLines);
        count++;
      }
    }
    // A quarter more than this chunk's average: chunks differ (a member on dialysis has many times
    // the events of most), and growing a buffer of megabytes copies it.
    int needed = chunk.isEmpty() ? 0 : eventLines.size() / chunk.size() * 5 / 4 + BYTES_PER_EVENT;
    if (needed > perEntity) {
      eventBytesPerEntity = needed;
    }
    return new Chunk(entityLines, eventLines, count);
  }

  @Override
  public void write(Chunk chunk) throws IOException {
    chunk.entities().writeTo(entitiesOut);
    chunk.events().writeTo(eventsOut);
    events += chunk.eventCount();
    spareEntityLines.give(chunk.entities());
    spareEventLines.give(chunk.events());
  }

  /** How many events have been written. */
  public long eventsWritten() {
    return events;
  }
}
