package org.healthsim.interchange.internal.fhir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.internal.output.CompleteFile;
import org.healthsim.generation.internal.output.FileSetOutput;
import org.healthsim.generation.internal.output.SpareBuffers;
import org.healthsim.generation.internal.providers.ProviderPool;
import org.healthsim.generation.json.JsonBytes;
import org.healthsim.generation.profile.EntitySink;
import org.healthsim.generation.profile.GeneratedEntity;

/**
 * FHIR R4 Bulk Data output: one {@code <ResourceType>.ndjson} per resource type, each resource a
 * line. Each chunk's resources are encoded on the generating threads; the writing thread writes
 * them in entity order, with each shared resource (practitioner, organization, payer, study) once,
 * where it is first referred to, so the files are the same on any thread count. A file appears when
 * its first resource does, under a temporary name until {@link #commit}.
 */
final class FhirBulkOutput extends FileSetOutput {

  /**
   * Entities per chunk: a year of care is about 300 KB of FHIR a member, so the default 1,024 would
   * hold gigabytes in flight.
   */
  private static final int ENTITIES_PER_CHUNK = 128;

  private static final int BYTES_PER_ENTITY = 1024;

  /** How many written buffers of each type are kept for reuse. */
  private static final int SPARE = 2;

  private final Path dir;
  private final boolean overwrite;
  private final EntityTimelines timelines;
  private final Directory directory;
  private final Map<ResourceType, CompleteFile> files = new EnumMap<>(ResourceType.class);
  private final Sink sink = new Sink();
  private final Fragments.Pool fragments = new Fragments.Pool();

  /** The writing thread's, for the shared resources. */
  private final Fragments sharedFragments = new Fragments();

  private long events;

  /**
   * The most bytes of each type per entity a chunk has needed, to size the next chunk's buffers.
   */
  private final AtomicIntegerArray bytesPerEntity = initialSizes();

  /**
   * Written buffers of each type, for the next chunks: a chunk's buffers are megabytes, mostly
   * ExplanationOfBenefit. A read-only map.
   */
  private final Map<ResourceType, SpareBuffers> spare = spareBuffers();

  FhirBulkOutput(Path dir, boolean overwrite, EntityTimelines timelines) throws IOException {
    Files.createDirectories(dir);
    this.dir = dir;
    this.overwrite = overwrite;
    this.timelines = timelines;
    this.directory =
        new Directory(timelines == null ? null : ProviderPool.forSeed(timelines.seed()));
  }

  private static Map<ResourceType, SpareBuffers> spareBuffers() {
    Map<ResourceType, SpareBuffers> spare = new EnumMap<>(ResourceType.class);
    for (ResourceType type : ResourceType.values()) {
      spare.put(type, new SpareBuffers(SPARE));
    }
    return spare;
  }

  private static AtomicIntegerArray initialSizes() {
    AtomicIntegerArray sizes = new AtomicIntegerArray(ResourceType.values().length);
    for (int i = 0; i < sizes.length(); i++) {
      sizes.set(i, BYTES_PER_ENTITY);
    }
    return sizes;
  }

  private final class Sink implements EntitySink<ResourceBuffers> {
    @Override
    public ResourceBuffers encode(List<GeneratedEntity> chunk) {
      int entities = chunk.size();
      Fragments own = fragments.take();
      ResourceBuffers buffers =
          new ResourceBuffers(
              type -> spare.get(type).take(entities * bytesPerEntity.get(type.ordinal())), own);
      try {
        for (GeneratedEntity e : chunk) {
          EntityResources.write(
              e, timelines == null ? null : timelines.timeline(e), buffers, directory);
        }
      } finally {
        fragments.give(own);
      }
      for (Map.Entry<ResourceType, FhirJson> e : buffers.written().entrySet()) {
        int needed = e.getValue().bytes().size() / Math.max(1, entities) + 64;
        bytesPerEntity.accumulateAndGet(e.getKey().ordinal(), needed, Math::max);
      }
      return buffers;
    }

    @Override
    public int entitiesPerChunk() {
      return ENTITIES_PER_CHUNK;
    }

    @Override
    public void write(ResourceBuffers chunk) throws IOException {
      ResourceBuffers shared =
          new ResourceBuffers(type -> new JsonBytes(BYTES_PER_ENTITY), sharedFragments);
      for (SharedResource r : chunk.shared()) {
        directory.write(r, shared);
      }
      append(shared);
      append(chunk);
      events += chunk.events();
      for (Map.Entry<ResourceType, FhirJson> e : chunk.written().entrySet()) {
        spare.get(e.getKey()).give(e.getValue().bytes());
      }
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
  protected List<CompleteFile> openFiles() {
    return List.copyOf(files.values());
  }
}
