package org.healthsim.generation.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.healthsim.generation.internal.output.FileDigest;

/**
 * What {@code manifest.json} says about the run in its directory: which tool wrote it, the run
 * (spec hash, seed, count, window, formats) and every file with its size, rows and SHA-256. A run
 * writes it last, with {@code complete: true}; while a run replaces the files it says {@code
 * complete: false}, so a reader can tell a finished run from an interrupted one. {@link #verify}
 * checks a directory against its manifest (docs/output-schema.md, "The manifest").
 *
 * @param formatVersion the manifest's own layout version (1)
 * @param tool always {@code healthsim}
 * @param version the HealthSim version that wrote the run
 * @param complete whether the run finished: every file below is in place
 * @param run what was run
 * @param files every file of the run (not the manifest itself), in name order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunManifest(
    int formatVersion, String tool, String version, boolean complete, Run run, List<Entry> files) {

  /** The manifest's file name. */
  public static final String FILE = "manifest.json";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private static final String VERSION = readVersion();

  public RunManifest {
    files = List.copyOf(files);
  }

  /** The manifest of a finished run. */
  static RunManifest complete(Run run, List<Entry> files) {
    return new RunManifest(1, "healthsim", VERSION, true, run, files);
  }

  /** The manifest of a run replacing the directory: only the names of the files it may leave. */
  static RunManifest incomplete(Collection<String> names) {
    List<Entry> entries = new ArrayList<>();
    for (String name : names) {
      entries.add(new Entry(name, 0, null, null, null));
    }
    return new RunManifest(1, "healthsim", VERSION, false, null, entries);
  }

  /**
   * What was run.
   *
   * @param profile the profile as given (a template name or a file name)
   * @param journeys the journeys as given
   * @param specSha256 SHA-256 of the spec inputs as read: the profile's bytes, then each journey's,
   *     each preceded by its name and a NUL
   * @param seed the master seed used
   * @param count the cohort's size
   * @param entity the one entity written, for an {@code --entity} run, else {@code null}
   * @param from the first day of the journeys' window ({@code YYYY-MM-DD}), or {@code null} without
   *     journeys
   * @param until the last day of the window, or {@code null}
   * @param formats the output formats written
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Run(
      String profile,
      List<String> journeys,
      String specSha256,
      long seed,
      long count,
      Long entity,
      String from,
      String until,
      List<String> formats) {

    public Run {
      journeys = List.copyOf(journeys);
      formats = List.copyOf(formats);
    }
  }

  /**
   * One file of the run.
   *
   * @param name the file's name in the run's directory
   * @param bytes its size
   * @param rows its data rows (NDJSON lines, CSV rows after the header, Parquet rows), or {@code
   *     null} for a report
   * @param tables the rows of each table of a DuckDB database, else {@code null}
   * @param sha256 the SHA-256 of its bytes, in lower-case hex
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Entry(
      String name,
      long bytes,
      Long rows,
      Map<String, Long> tables,
      @JsonProperty("sha256") String sha256) {}

  /** The version of HealthSim on the class path ({@code version.properties}). */
  public static String toolVersion() {
    return VERSION;
  }

  private static String readVersion() {
    try (InputStream in =
        RunManifest.class.getResourceAsStream("/org/healthsim/generation/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** The manifest of the run in {@code dir}, or empty when there is none. */
  public static Optional<RunManifest> read(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    try {
      return Optional.of(JSON.readValue(Files.readAllBytes(file), RunManifest.class));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IOException(
          file + ": not a HealthSim manifest (" + e.getOriginalMessage() + ")", e);
    }
  }

  /** The manifest as written to {@code manifest.json}. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The names of the files the manifest lists. */
  public List<String> names() {
    return files.stream().map(Entry::name).toList();
  }

  /**
   * Checks the run in {@code dir}: a manifest that says complete, and every file it lists present
   * with its size and SHA-256, and no other file of a run beside them.
   *
   * @return the problems, one line each; empty when the directory holds exactly one complete run
   */
  public static List<String> verify(Path dir) throws IOException {
    List<String> problems = new ArrayList<>();
    Optional<RunManifest> read = read(dir);
    if (read.isEmpty()) {
      problems.add(dir + ": no " + FILE + "; not a complete HealthSim run");
      return problems;
    }
    RunManifest manifest = read.get();
    if (!manifest.complete()) {
      problems.add(dir.resolve(FILE) + ": the run did not finish (complete: false)");
    }
    for (Entry expected : manifest.files()) {
      Path file = dir.resolve(expected.name());
      if (!Files.isRegularFile(file)) {
        problems.add(file + ": listed in the manifest but missing");
        continue;
      }
      Entry actual = FileDigest.of(file, false);
      if (actual.bytes() != expected.bytes()) {
        problems.add(
            file + ": " + actual.bytes() + " bytes, the manifest says " + expected.bytes());
      } else if (!actual.sha256().equals(expected.sha256())) {
        problems.add(file + ": its SHA-256 differs from the manifest's");
      }
    }
    for (String name : RunDirectory.runFilesIn(dir)) {
      if (!manifest.names().contains(name)) {
        problems.add(dir.resolve(name) + ": not listed in the manifest");
      }
    }
    return problems;
  }
}
