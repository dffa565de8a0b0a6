package org.healthsim.generation.internal.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.output.CohortOutput;
import org.healthsim.generation.output.OutputFormat;
import org.healthsim.generation.profile.EntitySink;
import org.healthsim.generation.profile.GeneratedEntity;

/**
 * Several formats written in one run ({@code --format parquet,fhir}): each entity is generated, and
 * its timeline built, once; each format encodes it in turn. The formats' files go to the same
 * directory, so their names must not clash (the built-in and interchange formats' do not).
 */
public final class CombinedFormat implements OutputFormat {

  /** Entities whose timelines are built together, then encoded by each format in turn. */
  private static final int BATCH = 32;

  private final List<OutputFormat> parts;

  /**
   * @throws IllegalArgumentException for fewer than two formats, or one named twice
   */
  public CombinedFormat(List<OutputFormat> parts) {
    this.parts = List.copyOf(parts);
    if (this.parts.size() < 2) {
      throw new IllegalArgumentException("a combined format needs at least two formats");
    }
    Set<String> names = new HashSet<>();
    for (OutputFormat f : this.parts) {
      if (!names.add(f.wireName())) {
        throw new IllegalArgumentException("format " + f.wireName() + " given twice");
      }
    }
  }

  @Override
  public String wireName() {
    return String.join(",", parts.stream().map(OutputFormat::wireName).toList());
  }

  @Override
  public List<OutputFormat> parts() {
    return parts;
  }

  @Override
  public CohortOutput open(Path dir, boolean overwrite, EntityTimelines timelines)
      throws IOException {
    EntityTimelines shared = timelines == null ? null : timelines.shared();
    List<CohortOutput> outputs = new ArrayList<>();
    try {
      for (OutputFormat f : parts) {
        outputs.add(f.open(dir, overwrite, shared));
      }
    } catch (IOException | RuntimeException e) {
      for (CohortOutput o : outputs) {
        try {
          o.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
    return new CombinedOutput(outputs, shared);
  }

  @Override
  public String toString() {
    return wireName();
  }

  /** The outputs of each format, fed the same entities. */
  private static final class CombinedOutput implements CohortOutput {
    private final List<CohortOutput> outputs;
    private final EntityTimelines timelines;
    private final Sink sink = new Sink();

    CombinedOutput(List<CohortOutput> outputs, EntityTimelines timelines) {
      this.outputs = outputs;
      this.timelines = timelines;
    }

    /** Each batch's encoding by each format, in format order. */
    private final class Sink implements EntitySink<List<Object[]>> {
      @Override
      public List<Object[]> encode(List<GeneratedEntity> chunk) {
        List<Object[]> encoded = new ArrayList<>();
        for (int from = 0; from < chunk.size(); from += BATCH) {
          List<GeneratedEntity> batch = chunk.subList(from, Math.min(chunk.size(), from + BATCH));
          if (timelines != null) {
            timelines.prepare(batch);
          }
          try {
            Object[] parts = new Object[outputs.size()];
            for (int i = 0; i < parts.length; i++) {
              parts[i] = outputs.get(i).sink().encode(batch);
            }
            encoded.add(parts);
          } finally {
            if (timelines != null) {
              timelines.release();
            }
          }
        }
        return encoded;
      }

      @Override
      public void write(List<Object[]> encoded) throws IOException {
        for (Object[] parts : encoded) {
          for (int i = 0; i < parts.length; i++) {
            write(outputs.get(i).sink(), parts[i]);
          }
        }
      }

      /** The smallest chunk any of the formats asks for. */
      @Override
      public int entitiesPerChunk() {
        int fewest = Integer.MAX_VALUE;
        for (CohortOutput o : outputs) {
          fewest = Math.min(fewest, o.sink().entitiesPerChunk());
        }
        return fewest;
      }

      @SuppressWarnings("unchecked")
      private <C> void write(EntitySink<C> sink, Object encoded) throws IOException {
        sink.write((C) encoded);
      }
    }

    @Override
    public EntitySink<?> sink() {
      return sink;
    }

    @Override
    public long eventsWritten() {
      return outputs.get(0).eventsWritten();
    }

    @Override
    public List<Path> targets() {
      List<Path> all = new ArrayList<>();
      outputs.forEach(o -> all.addAll(o.targets()));
      return all;
    }

    @Override
    public void finish() throws IOException {
      for (CohortOutput o : outputs) {
        o.finish();
      }
    }

    @Override
    public void commit() throws IOException {
      for (CohortOutput o : outputs) {
        o.commit();
      }
    }

    @Override
    public List<Path> files() {
      List<Path> all = new ArrayList<>();
      outputs.forEach(o -> all.addAll(o.files()));
      return all;
    }

    @Override
    public void close() throws IOException {
      Closeables.closeAll(outputs);
    }
  }
}
