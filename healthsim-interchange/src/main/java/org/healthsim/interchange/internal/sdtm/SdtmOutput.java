package org.healthsim.interchange.internal.sdtm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.internal.output.CompleteFile;
import org.healthsim.generation.internal.output.FileSetOutput;
import org.healthsim.generation.json.JsonBytes;
import org.healthsim.generation.json.JsonObject;
import org.healthsim.generation.profile.EntitySink;
import org.healthsim.generation.profile.GeneratedEntity;

/**
 * CDISC SDTM as Dataset-JSON 1.1 and CSV: for each domain that has rows ({@link Domain}), {@code
 * DM.json}, one dataset object of the trial journeys' subjects, and {@code DM.csv}, the same rows
 * under a header of variable names. A JSON file's metadata and columns are written when its first
 * row comes, its rows as they come (encoded on the generating threads, written in entity order),
 * and {@code records} last, when the run finishes: JSON members have no order, so the file streams.
 */
final class SdtmOutput extends FileSetOutput {

  private final Path dir;
  private final boolean overwrite;
  private final EntityTimelines timelines;
  private final Map<Domain, Dataset> files = new EnumMap<>(Domain.class);
  private final Sink sink = new Sink();
  private long events;

  /** A dataset being written: its two files and how many rows it holds. */
  private static final class Dataset {
    final CompleteFile json;
    final CompleteFile csv;
    long records;

    Dataset(CompleteFile json, CompleteFile csv) {
      this.json = json;
      this.csv = csv;
    }

    List<CompleteFile> files() {
      return List.of(json, csv);
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
      for (Map.Entry<Domain, JsonBytes> e : rows.json().entrySet()) {
        Domain domain = e.getKey();
        Dataset dataset = files.get(domain);
        JsonBytes bytes = e.getValue();
        if (dataset == null) {
          dataset = open(domain);
          // The first row has no comma before it.
          new JsonBytes(bytes.size()).raw(bytes, 1, bytes.size()).writeTo(dataset.json.stream());
        } else {
          bytes.writeTo(dataset.json.stream());
        }
        dataset.csv.stream().write(rows.csv(domain));
        dataset.records += rows.count(domain);
      }
      events += rows.events();
    }
  }

  /** Creates a domain's files and writes their headers. */
  private Dataset open(Domain domain) throws IOException {
    Dataset dataset =
        new Dataset(
            CompleteFile.create(dir.resolve(domain.jsonFile()), overwrite),
            CompleteFile.create(dir.resolve(domain.csvFile()), overwrite));
    files.put(domain, dataset);
    header(domain).writeTo(dataset.json.stream());
    dataset.csv.stream().write(Csv.header(domain).getBytes(StandardCharsets.UTF_8));
    return dataset;
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
      int key = keySequence(domain, c.name());
      if (key > 0) {
        column.field("keySequence", key);
      }
      column.end();
    }
    columns.raw(']');
    meta.value("rows").raw('[');
    return out;
  }

  /** The dataset's keys: study, subject, then the sequence number (SV: the visit number). */
  private static int keySequence(Domain domain, String name) {
    switch (name) {
      case "STUDYID":
        return 1;
      case "USUBJID":
        return 2;
      case "DSSEQ":
      case "AESEQ":
      case "EXSEQ":
      case "LBSEQ":
      case "VSSEQ":
        return 3;
      case "VISITNUM":
        return domain == Domain.SV ? 3 : 0;
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
  protected void finishFiles() throws IOException {
    for (Dataset d : files.values()) {
      d.json.stream()
          .write(("\n],\"records\":" + d.records + "}\n").getBytes(StandardCharsets.US_ASCII));
      d.json.finish();
      d.csv.finish();
    }
  }

  /** Every file being written: each dataset's JSON and CSV. */
  @Override
  protected List<CompleteFile> openFiles() {
    List<CompleteFile> all = new ArrayList<>();
    for (Dataset d : files.values()) {
      all.addAll(d.files());
    }
    return all;
  }
}
