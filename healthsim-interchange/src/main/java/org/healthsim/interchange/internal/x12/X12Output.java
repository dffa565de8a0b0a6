package org.healthsim.interchange.internal.x12;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.internal.output.CompleteFile;
import org.healthsim.generation.internal.output.FileSetOutput;
import org.healthsim.generation.internal.providers.ProviderPool;
import org.healthsim.generation.profile.EntitySink;
import org.healthsim.generation.profile.GeneratedEntity;

/**
 * X12 5010 output: {@code 837P.x12}, {@code 837I.x12}, {@code 835.x12} and {@code 834.x12}, each
 * one interchange (ISA/IEA) of one functional group (GS/GE) holding a transaction set per claim,
 * remittance or member's enrolment, in entity order. The transaction sets' bodies are encoded on
 * the generating threads; the writing thread numbers them (ST02 and SE02, from 0001) and closes the
 * envelopes when the run finishes, so the files are the same on any thread count. A file appears
 * with its first transaction set.
 */
final class X12Output extends FileSetOutput {

  private static final int ENTITIES_PER_CHUNK = 256;

  /** The three files and their envelopes. */
  enum Kind {
    PROFESSIONAL("837P.x12", "HC", "837", "005010X222A1", "HSSUBMITTER", "HSCLEARINGHOUSE"),
    INSTITUTIONAL("837I.x12", "HC", "837", "005010X223A2", "HSSUBMITTER", "HSCLEARINGHOUSE"),
    REMITTANCE("835.x12", "HP", "835", "005010X221A1", "HSPAYERS", "HSSUBMITTER"),
    ENROLLMENT("834.x12", "BE", "834", "005010X220A1", "HSSPONSOR", "HSPAYERS");

    final String fileName;
    final String functionalId;
    final String transactionSet;
    final String version;
    final String sender;
    final String receiver;

    Kind(
        String fileName,
        String functionalId,
        String transactionSet,
        String version,
        String sender,
        String receiver) {
      this.fileName = fileName;
      this.functionalId = functionalId;
      this.transactionSet = transactionSet;
      this.version = version;
      this.sender = sender;
      this.receiver = receiver;
    }
  }

  /** One file being written: its envelope's date and how many transaction sets it holds. */
  private static final class Interchange {
    final CompleteFile file;
    final Kind kind;
    long sets;

    Interchange(CompleteFile file, Kind kind, LocalDate date) throws IOException {
      this.file = file;
      this.kind = kind;
      String yymmdd = Segments.ccyymmdd(date).substring(2);
      write(
          "ISA*00*          *00*          *ZZ*"
              + pad(kind.sender)
              + "*ZZ*"
              + pad(kind.receiver)
              + "*"
              + yymmdd
              + "*1200*^*00501*000000001*0*T*:~\n"
              + "GS*"
              + kind.functionalId
              + "*"
              + kind.sender
              + "*"
              + kind.receiver
              + "*"
              + Segments.ccyymmdd(date)
              + "*1200*1*X*"
              + kind.version
              + "~\n");
    }

    void append(Transactions t) throws IOException {
      OutputStream out = file.stream();
      for (int i = 0; i < t.size(); i++) {
        String control = String.format("%04d", ++sets);
        write("ST*" + kind.transactionSet + "*" + control + "*" + kind.version + "~\n");
        t.segments.writeTo(out, t.start(i), t.end(i));
        write("SE*" + (t.segmentCount(i) + 2) + "*" + control + "~\n");
      }
    }

    void close() throws IOException {
      write("GE*" + sets + "*1~\nIEA*1*000000001~\n");
      file.finish();
    }

    private void write(String ascii) throws IOException {
      file.stream().write(Segments.asciiBytes(ascii));
    }

    private static String pad(String id) {
      return String.format("%-15s", id);
    }
  }

  /** A chunk's transaction sets of each kind. */
  private record Chunk(Map<Kind, Transactions> sets, long events) {}

  private final Path dir;
  private final boolean overwrite;
  private final EntityTimelines timelines;
  private final ClaimTransactions claims;
  private final Map<Kind, Interchange> files = new EnumMap<>(Kind.class);
  private final Sink sink = new Sink();
  private long events;

  X12Output(Path dir, boolean overwrite, EntityTimelines timelines) throws IOException {
    Files.createDirectories(dir);
    this.dir = dir;
    this.overwrite = overwrite;
    this.timelines = timelines;
    this.claims =
        new ClaimTransactions(timelines == null ? null : ProviderPool.forSeed(timelines.seed()));
  }

  private final class Sink implements EntitySink<Chunk> {
    @Override
    public Chunk encode(List<GeneratedEntity> chunk) {
      Map<Kind, Transactions> sets = new EnumMap<>(Kind.class);
      long count = 0;
      if (timelines != null) {
        for (Kind k : Kind.values()) {
          sets.put(k, new Transactions(chunk.size() * 4096));
        }
        for (GeneratedEntity e : chunk) {
          var timeline = timelines.timeline(e);
          count += timeline.events().size();
          claims.write(
              e,
              timeline,
              sets.get(Kind.PROFESSIONAL),
              sets.get(Kind.INSTITUTIONAL),
              sets.get(Kind.REMITTANCE));
          EnrollmentTransactions.write(
              e, timeline, sets.get(Kind.ENROLLMENT), timelines.start(), timelines.until());
        }
      }
      return new Chunk(sets, count);
    }

    @Override
    public void write(Chunk chunk) throws IOException {
      for (Map.Entry<Kind, Transactions> e : chunk.sets().entrySet()) {
        if (e.getValue().size() == 0) {
          continue;
        }
        Interchange file = files.get(e.getKey());
        if (file == null) {
          file =
              new Interchange(
                  CompleteFile.create(dir.resolve(e.getKey().fileName), overwrite),
                  e.getKey(),
                  timelines.until());
          files.put(e.getKey(), file);
        }
        file.append(e.getValue());
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

  /** The files being written, one an interchange. */
  @Override
  protected List<CompleteFile> openFiles() {
    List<CompleteFile> all = new ArrayList<>();
    for (Interchange f : files.values()) {
      all.add(f.file);
    }
    return all;
  }

  /** Closes each interchange's envelope and finishes its file. */
  @Override
  protected void finishFiles() throws IOException {
    for (Interchange f : files.values()) {
      f.close();
    }
  }
}
