package org.healthsim.generation.internal.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.generation.EveryEventType;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.generation.template.ProfileTemplates;
import org.healthsim.generation.trigger.CrossProductCoordinator;
import org.junit.jupiter.api.Test;

/**
 * docs/output-schema.md lists every table the CSV, DuckDB and Parquet formats write, with its
 * columns and types, exactly as a run through every event type of every product (with the default
 * triggers) makes them.
 */
class OutputSchemaDocTest {

  /** Each table's documentation row: {@code | `claim` | entity_id VARCHAR, ... |}. */
  static Map<String, String> rows() {
    LocalDate start = LocalDate.of(2025, 1, 1);
    EntityTimelines timelines =
        new EntityTimelines(
            new JourneyEngine(7),
            List.of(SpecReader.journeyFromString(EveryEventType.json())),
            start,
            start.plusDays(364),
            CrossProductCoordinator.createCoordinator());
    TableBatch batch = new TableBatch();
    for (GeneratedEntity e :
        new ProfileExecutor(7).execute(ProfileTemplates.get("medicare-diabetic"), 50).entities()) {
      CohortRows.entity(e, batch);
      CohortRows.timeline(timelines.timeline(e), batch);
    }
    Map<String, String> rows = new TreeMap<>();
    for (Table t : batch.tables()) {
      rows.put(
          t.name(),
          "| `"
              + t.name()
              + "` | "
              + t.columns().stream()
                  .map(c -> c.name() + " " + c.sqlType())
                  .collect(Collectors.joining(", "))
              + " |");
    }
    return rows;
  }

  @Test
  void theDocumentListsEveryTableWithItsColumns() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "output-schema.md"));
    Map<String, String> rows = rows();
    String out = System.getProperty("healthsim.schema.out");
    if (out != null) {
      // To refresh the document: -Dhealthsim.schema.out=FILE writes the rows it should have.
      Files.write(Path.of(out), rows.values());
    }
    assertThat(rows).hasSizeGreaterThan(35);
    for (String row : rows.values()) {
      assertThat(doc).as("docs/output-schema.md should have the row").contains(row + "\n");
    }
    List<String> documented =
        doc.lines()
            .filter(l -> l.startsWith("| `") && l.contains(" VARCHAR"))
            .map(l -> l.substring(3, l.indexOf('`', 3)))
            .sorted()
            .toList();
    assertThat(documented).containsExactlyElementsOf(rows.keySet());
  }
}
