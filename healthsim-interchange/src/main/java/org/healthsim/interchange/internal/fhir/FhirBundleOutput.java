package org.healthsim.interchange.internal.fhir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.internal.output.CompleteFile;
import org.healthsim.generation.internal.output.FileSetOutput;
import org.healthsim.generation.internal.providers.ProviderPool;
import org.healthsim.generation.json.JsonBytes;
import org.healthsim.generation.profile.EntitySink;
import org.healthsim.generation.profile.GeneratedEntity;

/**
 * FHIR R4 transaction Bundles, one per patient, one a line of {@code Bundle.ndjson}: each holds the
 * patient's resources exactly as the Bulk output writes them, with the practitioners,
 * organizations, payers and studies they refer to, each entry a {@code PUT} of {@code Type/id}. A
 * bundle is whole: every reference in it resolves to one of its entries, and posting it twice
 * changes nothing. Bundles are encoded on the generating threads.
 */
final class FhirBundleOutput extends FileSetOutput {

  /** The base of the entries' full URLs: {@code example.org} is kept for examples (RFC 2606). */
  static final String BASE = "https://example.org/fhir/";

  private static final int ENTITIES_PER_CHUNK = 128;
  private static final byte[] OPEN = ascii("{\"resourceType\":\"Bundle\",\"id\":");
  private static final byte[] TYPE = ascii(",\"type\":\"transaction\",\"entry\":[");
  private static final byte[] FULL_URL = ascii("{\"fullUrl\":");
  private static final byte[] RESOURCE = ascii(",\"resource\":");
  private static final byte[] REQUEST = ascii(",\"request\":{\"method\":\"PUT\",\"url\":");
  private static final byte[] CLOSE = ascii("]}\n");

  private final CompleteFile file;
  private final EntityTimelines timelines;
  private final Directory directory;
  private final Sink sink = new Sink();
  private final Fragments.Pool fragments = new Fragments.Pool();
  private long events;

  FhirBundleOutput(Path dir, boolean overwrite, EntityTimelines timelines) throws IOException {
    Files.createDirectories(dir);
    this.file = CompleteFile.create(dir.resolve("Bundle.ndjson"), overwrite);
    this.timelines = timelines;
    this.directory =
        new Directory(timelines == null ? null : ProviderPool.forSeed(timelines.seed()));
  }

  /** A chunk's bundle lines and how many events its timelines held. */
  private record Chunk(JsonBytes lines, long events) {}

  private final class Sink implements EntitySink<Chunk> {
    @Override
    public Chunk encode(List<GeneratedEntity> chunk) {
      JsonBytes lines = new JsonBytes(chunk.size() * 64 * 1024);
      long count = 0;
      Fragments thread = fragments.take();
      try {
        for (GeneratedEntity e : chunk) {
          ResourceBuffers own = new ResourceBuffers(type -> new JsonBytes(8192), thread);
          EntityResources.write(
              e, timelines == null ? null : timelines.timeline(e), own, directory);
          count += own.events();
          ResourceBuffers shared = new ResourceBuffers(type -> new JsonBytes(2048), thread);
          Set<String> written = new HashSet<>();
          for (SharedResource r : own.shared()) {
            directory.write(r, shared, written);
          }
          bundle(lines, FhirIds.clean(e.entityId()), shared, own);
        }
      } finally {
        fragments.give(thread);
      }
      return new Chunk(lines, count);
    }

    @Override
    public void write(Chunk chunk) throws IOException {
      chunk.lines().writeTo(file.stream());
      events += chunk.events();
    }

    @Override
    public int entitiesPerChunk() {
      return ENTITIES_PER_CHUNK;
    }
  }

  /** One bundle line: the shared resources, then the patient's, each type in its order. */
  private static void bundle(
      JsonBytes out, String id, ResourceBuffers shared, ResourceBuffers own) {
    out.raw(OPEN).string(id).raw(TYPE);
    boolean first = true;
    for (ResourceBuffers buffers : List.of(shared, own)) {
      for (Map.Entry<ResourceType, FhirJson> e : buffers.written().entrySet()) {
        JsonBytes lines = e.getValue().bytes();
        List<ResourceBuffers.Written> resources = buffers.resources(e.getKey());
        for (int i = 0; i < resources.size(); i++) {
          int start = resources.get(i).start();
          int end = (i + 1 < resources.size() ? resources.get(i + 1).start() : lines.size()) - 1;
          String url = e.getKey().fhirName() + "/" + resources.get(i).id();
          if (!first) {
            out.raw(',');
          }
          first = false;
          out.raw(FULL_URL).string(BASE + url).raw(RESOURCE).raw(lines, start, end);
          out.raw(REQUEST).string(url).raw('}').raw('}');
        }
      }
    }
    out.raw(CLOSE);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
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
    return List.of(file);
  }
}
