package org.healthsim.interchange.internal.sdtm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.internal.output.CompleteFile;
import org.healthsim.generation.json.JsonBytes;
import org.healthsim.generation.json.JsonObject;
import org.healthsim.generation.output.CohortOutput;
import org.healthsim.generation.profile.EntitySink;
import org.healthsim.generation.profile.GeneratedEntity;

/**
 * CDISC SDTM as Dataset-JSON 1.1: {@code DM.json}, {@code DS.json}, {@code SV.json} and {@code
 * AE.json}, each one dataset object of the trial journeys' subjects. A file's metadata and columns
 * are written when its first row comes, its rows as they come (encoded on the generating threads,
 * written in entity order), and {@code records} last, when the run finishes: JSON members have no
 * order, so the file streams.
 */
final class SdtmOutput implements CohortOutput {

  private final Path dir;
  private final boolean overwrite;
  private final EntityTimelines timelines;
  private final Map<Domain, Dataset> files = new EnumMap<>(Domain.class);
  private final Sink sink = new Sink();
  private long events;
  private boolean finished;

  /** A dataset being written: its file and how many rows it holds. */
  private static final class Dataset {
    final CompleteFile file;
    long records;

    Dataset(CompleteFile file) {
      this.file = file;
    }
  }

  SdtmOutput(Path dir, boolean overwrite, EntityTimelines timelines) throws IOException {
    Files.createDirectories(dir);
    this.dir = dir;
    this.overwrite = overwrite;
    this.timelines = timelines;
  }

  private final class Sink implements EntitySink<Rows> {
    @Override
    public Rows encode(List<GeneratedEntity> chunk) {
      Rows rows = new Rows();
      if (timelines != null) {
        for (GeneratedEntity e : chunk) {
          var timeline = timelines.timeline(e);
          rows.countEvents(timeline.events().size());
          TrialRows.write(e, timeline, rows);
        }
      }
      return rows;
    }

    @Override
    public void write(Rows rows) throws IOException {
      for (Map.Entry<Domain, JsonBytes> e : rows.rows().entrySet()) {
        Dataset dataset = files.get(e.getKey());
        JsonBytes bytes = e.getValue();
        if (dataset == null) {
          dataset = new Dataset(CompleteFile.create(dir.resolve(e.getKey().fileName()), overwrite));
          files.put(e.getKey(), dataset);
          header(e.getKey()).writeTo(dataset.file.stream());
          // The first row has no comma before it.
          new JsonBytes(bytes.size()).raw(bytes, 1, bytes.size()).writeTo(dataset.file.stream());
        } else {
          bytes.writeTo(dataset.file.stream());
        }
        dataset.records += rows.count(e.getKey());
      }
      events += rows.events();
    }
  }

  /** The dataset's metadata and columns, up to the opening of its rows. */
  private JsonBytes header(Domain domain) {
    JsonBytes out = new JsonBytes(4096);
    JsonObject meta = JsonObject.start(out);
    meta.field("datasetJSONCreationDateTime", timelines.until() + "T00:00:00")
        .field("datasetJSONVersion", "1.1.0")
        .field("fileOID", "org.healthsim.sdtm." + domain.name())
        .field("originator", "HealthSim")
        .field("itemGroupOID", "IG." + domain.name())
        .field("name", domain.name())
        .field("label", domain.label);
    JsonBytes columns = meta.value("columns").raw('[');
    boolean first = true;
    for (Domain.Column c : domain.columns) {
      if (!first) {
        columns.raw(',');
      }
      first = false;
      JsonObject column =
          JsonObject.start(columns)
              .field("itemOID", "IT." + domain.name() + "." + c.name())
              .field("name", c.name())
              .field("label", c.label())
              .field("dataType", c.dataType());
      int key = keySequence(c.name());
      if (key > 0) {
        column.field("keySequence", key);
      }
      column.end();
    }
    columns.raw(']');
    meta.value("rows").raw('[');
    return out;
  }

  /** The dataset's keys: study, subject, then the sequence or visit number. */
  private static int keySequence(String name) {
    switch (name) {
      case "STUDYID":
        return 1;
      case "USUBJID":
        return 2;
      case "DSSEQ":
      case "AESEQ":
      case "VISITNUM":
        return 3;
      default:
        return 0;
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
    for (Dataset d : files.values()) {
      targets.add(d.file.target());
    }
    return targets;
  }

  @Override
  public void finish() throws IOException {
    if (finished) {
      return;
    }
    for (Dataset d : files.values()) {
      d.file.stream()
          .write(
              ("\n],\"records\":" + d.records + "}\n")
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      d.file.finish();
    }
    finished = true;
  }

  @Override
  public void commit() throws IOException {
    finish();
    for (Dataset d : files.values()) {
      d.file.commit();
    }
  }

  @Override
  public List<Path> files() {
    return targets();
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (Dataset d : files.values()) {
      try {
        d.file.close();
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
