package org.healthsim.interchange.internal.fhir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.internal.output.CompleteFile;
import org.healthsim.generation.internal.providers.ProviderPool;
import org.healthsim.generation.output.CohortOutput;
import org.healthsim.generation.profile.EntitySink;
import org.healthsim.generation.profile.GeneratedEntity;

/**
 * FHIR R4 Bulk Data output: one {@code <ResourceType>.ndjson} per resource type, each resource a
 * line. Each chunk's resources are encoded on the generating threads; the writing thread writes
 * them in entity order, with each shared resource (practitioner, organization, payer, study) once,
 * where it is first referred to, so the files are the same on any thread count. A file appears when
 * its first resource does, under a temporary name until {@link #commit}.
 */
final class FhirBulkOutput implements CohortOutput {

  private static final int BYTES_PER_ENTITY = 4096;

  private final Path dir;
  private final boolean overwrite;
  private final EntityTimelines timelines;
  private final Directory directory;
  private final Map<ResourceType, CompleteFile> files = new EnumMap<>(ResourceType.class);
  private final Sink sink = new Sink();
  private long events;

  /** The most bytes of one type per entity a chunk has needed, to size the next chunk's buffers. */
  private volatile int bytesPerEntity = BYTES_PER_ENTITY;

  FhirBulkOutput(Path dir, boolean overwrite, EntityTimelines timelines) throws IOException {
    Files.createDirectories(dir);
    this.dir = dir;
    this.overwrite = overwrite;
    this.timelines = timelines;
    this.directory =
        new Directory(timelines == null ? null : ProviderPool.forSeed(timelines.seed()));
  }

  private final class Sink implements EntitySink<ResourceBuffers> {
    @Override
    public ResourceBuffers encode(List<GeneratedEntity> chunk) {
      ResourceBuffers buffers = new ResourceBuffers(chunk.size() * bytesPerEntity);
      for (GeneratedEntity e : chunk) {
        EntityResources.write(
            e, timelines == null ? null : timelines.timeline(e), buffers, directory);
      }
      int largest = 0;
      for (FhirJson json : buffers.written().values()) {
        largest = Math.max(largest, json.bytes().size());
      }
      int needed = chunk.isEmpty() ? 0 : largest / chunk.size() + 256;
      if (needed > bytesPerEntity) {
        bytesPerEntity = needed;
      }
      return buffers;
    }

    @Override
    public void write(ResourceBuffers chunk) throws IOException {
      ResourceBuffers shared = new ResourceBuffers(BYTES_PER_ENTITY);
      for (SharedResource r : chunk.shared()) {
        directory.write(r, shared);
      }
      append(shared);
      append(chunk);
      events += chunk.events();
    }
  }

  private void append(ResourceBuffers buffers) throws IOException {
    for (Map.Entry<ResourceType, FhirJson> e : buffers.written().entrySet()) {
      CompleteFile file = files.get(e.getKey());
      if (file == null) {
        file = CompleteFile.create(dir.resolve(e.getKey().fileName()), overwrite);
        files.put(e.getKey(), file);
      }
      e.getValue().bytes().writeTo(file.stream());
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
  public List<Path> targets() {
    List<Path> targets = new ArrayList<>();
    for (CompleteFile f : files.values()) {
      targets.add(f.target());
    }
    return targets;
  }

  @Override
  public void finish() throws IOException {
    for (CompleteFile f : files.values()) {
      f.finish();
    }
  }

  @Override
  public void commit() throws IOException {
    for (CompleteFile f : files.values()) {
      f.commit();
    }
  }

  @Override
  public List<Path> files() {
    return targets();
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (CompleteFile f : files.values()) {
      try {
        f.close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
