package org.healthsim.generation.internal.output;

import java.io.IOException;
import java.util.List;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.internal.table.CohortRows;
import org.healthsim.generation.internal.table.TableBatch;
import org.healthsim.generation.profile.EntitySink;
import org.healthsim.generation.profile.GeneratedEntity;

/**
 * Turns each chunk of entities (and, with timelines, their events and records) into table rows on
 * the generating threads, and hands the batches to a {@link TableWriter} in index order.
 */
public final class TableCohortSink implements EntitySink<TableBatch> {

  private final TableWriter writer;
  private final EntityTimelines timelines;
  private long events;

  /**
   * @param timelines builds each entity's timeline, or {@code null} for entities only
   */
  public TableCohortSink(TableWriter writer, EntityTimelines timelines) {
    this.writer = writer;
    this.timelines = timelines;
  }

  @Override
  public int entitiesPerChunk() {
    return EntitySink.chunkOf(timelines != null);
  }

  @Override
  public TableBatch encode(List<GeneratedEntity> chunk) {
    TableBatch batch = writer.newBatch();
    for (GeneratedEntity e : chunk) {
      CohortRows.entity(e, batch);
      if (timelines != null) {
        CohortRows.timeline(timelines.timeline(e), batch);
      }
    }
    writer.prepare(batch);
    return batch;
  }

  @Override
  public void write(TableBatch batch) throws IOException {
    writer.write(batch);
    events += batch.events();
  }

  /** How many events have been written. */
  public long eventsWritten() {
    return events;
  }
}
