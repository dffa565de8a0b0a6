package org.healthsim.interchange.internal.ncpdp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.internal.output.CompleteFile;
import org.healthsim.generation.internal.output.FileSetOutput;
import org.healthsim.generation.profile.EntitySink;
import org.healthsim.generation.profile.GeneratedEntity;

/**
 * NCPDP D.0 output: {@code pharmacy-requests.ncpdp}, the B1 and B2 request transmissions of the
 * pharmacy claims, one a line in entity and timeline order, and {@code pharmacy-responses.ncpdp},
 * the response to each on the same line number. Encoded on the generating threads, written in
 * entity order; the files appear with the first transmission.
 */
final class NcpdpOutput extends FileSetOutput {

  static final String REQUESTS = "pharmacy-requests.ncpdp";
  static final String RESPONSES = "pharmacy-responses.ncpdp";
  private static final int ENTITIES_PER_CHUNK = 256;

  /** A chunk's requests and responses. */
  private record Chunk(Transmissions requests, Transmissions responses, long events) {}

  private final Path dir;
  private final boolean overwrite;
  private final EntityTimelines timelines;
  private final Sink sink = new Sink();
  private CompleteFile requests;
  private CompleteFile responses;
  private long events;

  NcpdpOutput(Path dir, boolean overwrite, EntityTimelines timelines) throws IOException {
    Files.createDirectories(dir);
    this.dir = dir;
    this.overwrite = overwrite;
    this.timelines = timelines;
  }

  private final class Sink implements EntitySink<Chunk> {
    @Override
    public Chunk encode(List<GeneratedEntity> chunk) {
      Transmissions req = new Transmissions(chunk.size() * 1024);
      Transmissions res = new Transmissions(chunk.size() * 512);
      long count = 0;
      if (timelines != null) {
        for (GeneratedEntity e : chunk) {
          var timeline = timelines.timeline(e);
          count += timeline.events().size();
          PharmacyTransmissions.write(e, timeline, req, res);
        }
      }
      return new Chunk(req, res, count);
    }

    @Override
    public void write(Chunk chunk) throws IOException {
      if (chunk.requests().count() > 0) {
        if (requests == null) {
          requests = CompleteFile.create(dir.resolve(REQUESTS), overwrite);
          responses = CompleteFile.create(dir.resolve(RESPONSES), overwrite);
        }
        chunk.requests().writeTo(requests.stream());
        chunk.responses().writeTo(responses.stream());
      }
      events += chunk.events();
    }

    @Override
    public int entitiesPerChunk() {
      return ENTITIES_PER_CHUNK;
    }
  }

  @Override
  public EntitySink<?> sink() {
    return sink;
  }

  @Override
  public long eventsWritten() {
    return events;
  }

  @Override
  protected List<CompleteFile> openFiles() {
    return requests == null ? List.of() : List.of(requests, responses);
  }
}
