package org.healthsim.generation.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.healthsim.generation.HealthSim;
import org.healthsim.generation.RunSummary;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.profile.EntitySink;
import org.healthsim.generation.profile.GeneratedEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A format an application adds is found by name and written as one complete run. */
class OutputFormatsTest {

  private static final HealthSim COHORT =
      HealthSim.cohort("medicare-diabetic")
          .journeys("year-of-care")
          .seed(11)
          .count(30)
          .period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));

  @TempDir Path dir;

  @Test
  void theBuiltInConstantsAreSetWhicheverClassAProgramTouchesFirst() throws Exception {
    // Each class loader starts with nothing initialized, as a new JVM does. When the built-in
    // formats were an enum implementing OutputFormat, touching OutputFormats or the enum first left
    // OutputFormat.NDJSON and the rest null for the whole run.
    URL[] classPath =
        Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(entry -> Path.of(entry).toUri())
            .map(
                uri -> {
                  try {
                    return uri.toURL();
                  } catch (java.net.MalformedURLException e) {
                    throw new IllegalStateException(e);
                  }
                })
            .toArray(URL[]::new);
    for (String first :
        List.of(
            OutputFormats.class.getName(),
            "org.healthsim.generation.internal.output.BuiltInFormat",
            OutputFormat.class.getName())) {
      try (URLClassLoader fresh =
          new URLClassLoader(classPath, ClassLoader.getPlatformClassLoader())) {
        Class.forName(first, true, fresh);
        Class<?> format = Class.forName(OutputFormat.class.getName(), true, fresh);
        Class<?> formats = Class.forName(OutputFormats.class.getName(), true, fresh);
        List<Object> constants = new ArrayList<>();
        for (String name : List.of("NDJSON", "CSV", "DUCKDB", "PARQUET")) {
          constants.add(format.getField(name).get(null));
        }
        assertThat(constants).as("%s first", first).doesNotContainNull();
        assertThat(formats.getField("BUILT_IN").get(null))
            .as("%s first", first)
            .isEqualTo(constants);
        assertThat(format).isNotSameAs(OutputFormat.class); // loaded afresh, not delegated
      }
    }
  }

  @Test
  void aRegisteredFormatIsFoundByNameBesideTheBuiltInOnes() {
    OutputFormats.register(new Tsv());

    assertThat(OutputFormats.byName("TSV")).containsInstanceOf(Tsv.class);
    assertThat(OutputFormats.byName("parquet")).contains(OutputFormat.PARQUET);
    assertThat(OutputFormats.names())
        .startsWith("ndjson", "csv", "duckdb", "parquet")
        .contains("tsv");
    assertThat(OutputFormats.byName("xml")).isEmpty();
  }

  @Test
  void itIsWrittenAsOneCompleteRunTheSameOnAnyThreadCount() throws IOException {
    RunSummary one = COHORT.threads(1).writeTo(new Tsv(), dir.resolve("one"));
    COHORT.threads(2).writeTo(new Tsv(), dir.resolve("two"));

    List<String> lines = Files.readAllLines(dir.resolve("one").resolve("members.tsv"));
    assertThat(lines).hasSize(31);
    assertThat(lines.get(0)).isEqualTo("entity_id\tage\tevents");
    assertThat(lines.get(1)).startsWith("E001\t");
    long events = lines.stream().skip(1).mapToLong(l -> Long.parseLong(l.split("\t")[2])).sum();
    assertThat(events).isEqualTo(one.events()).isPositive();
    assertThat(Files.readAllBytes(dir.resolve("two").resolve("members.tsv")))
        .isEqualTo(Files.readAllBytes(dir.resolve("one").resolve("members.tsv")));
    RunManifest manifest = RunManifest.read(dir.resolve("one")).orElseThrow();
    assertThat(manifest.run().formats()).containsExactly("tsv");
    assertThat(manifest.files()).extracting(RunManifest.Entry::name).contains("members.tsv");
    assertThat(RunManifest.verify(dir.resolve("one"))).isEmpty();
  }

  @Test
  void aBuiltInOrTakenNameIsRefused() {
    assertThatThrownBy(() -> OutputFormats.register(named("csv")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("csv is a built-in format");
    OutputFormats.register(new Tsv());
    assertThatThrownBy(() -> OutputFormats.register(named("tsv")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the name tsv is taken by " + Tsv.class.getName());
    assertThatThrownBy(() -> OutputFormats.register(named("T S V")))
        .hasMessageContaining("must be lower-case letters");
  }

  private static OutputFormat named(String name) {
    return new OutputFormat() {
      @Override
      public String wireName() {
        return name;
      }

      @Override
      public CohortOutput open(Path dir, boolean overwrite, EntityTimelines timelines) {
        throw new UnsupportedOperationException();
      }
    };
  }

  /**
   * The format an application would write, from the API alone: one line per member with its age and
   * number of events, written under a temporary name until committed.
   */
  static final class Tsv implements OutputFormat {
    @Override
    public String wireName() {
      return "tsv";
    }

    @Override
    public CohortOutput open(Path dir, boolean overwrite, EntityTimelines timelines)
        throws IOException {
      Files.createDirectories(dir);
      Path target = dir.resolve("members.tsv");
      if (!overwrite && Files.exists(target)) {
        throw new java.nio.file.FileAlreadyExistsException(target.toString());
      }
      Path partial = dir.resolve("members.tsv.partial");
      BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
      out.write("entity_id\tage\tevents\n");
      long[] events = {0};
      EntitySink<String> sink =
          new EntitySink<>() {
            @Override
            public String encode(List<GeneratedEntity> chunk) {
              StringBuilder text = new StringBuilder();
              for (GeneratedEntity e : chunk) {
                int n = timelines == null ? 0 : timelines.timeline(e).events().size();
                text.append(e.entityId()).append('\t').append(e.age()).append('\t').append(n);
                text.append('\n');
              }
              return text.toString();
            }

            @Override
            public void write(String encoded) throws IOException {
              out.write(encoded);
              encoded.lines().forEach(l -> events[0] += Long.parseLong(l.split("\t")[2]));
            }
          };
      return new CohortOutput() {
        private boolean committed;

        @Override
        public EntitySink<?> sink() {
          return sink;
        }

        @Override
        public long eventsWritten() {
          return events[0];
        }

        @Override
        public List<Path> targets() {
          return List.of(target);
        }

        @Override
        public void commit() throws IOException {
          out.close();
          Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
          committed = true;
        }

        @Override
        public List<Path> files() {
          return targets();
        }

        @Override
        public void close() throws IOException {
          out.close();
          if (!committed) {
            Files.deleteIfExists(partial);
          }
        }
      };
    }
  }
}
