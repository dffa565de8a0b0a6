package org.healthsim.generation.internal.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.healthsim.generation.internal.table.Column;
import org.healthsim.generation.internal.table.RowWriter;
import org.healthsim.generation.internal.table.TableBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableWriterTest {

  @TempDir Path dir;

  private static TableBatch batch() {
    TableBatch batch = new TableBatch();
    new RowWriter(batch, "note", List.<Column>of(), new Object[0])
        .field("id", "N1")
        .field("text", "plain")
        .field("date", LocalDate.of(2025, 3, 1))
        .decimal("amount", 12.345, 2)
        .strings("codes", List.of("E11.9", "I10"))
        .field("flag", true)
        .end();
    new RowWriter(batch, "note", List.<Column>of(), new Object[0])
        .field("id", "N2")
        .field("text", "a \"quoted\", comma\nand line")
        .field("date", (LocalDate) null)
        .decimal("amount", -0.5, 2)
        .strings("codes", List.of())
        .field("flag", false)
        .end();
    return batch;
  }

  @Test
  void writesAHeaderAndRfc4180Rows() throws IOException {
    try (CsvTableWriter writer = new CsvTableWriter(dir, false)) {
      writer.write(batch());
      writer.commit();
      assertThat(writer.files()).containsExactly(dir.resolve("note.csv"));
    }
    assertThat(Files.readString(dir.resolve("note.csv")))
        .isEqualTo(
            "id,text,date,amount,codes,flag\n"
                + "N1,plain,2025-03-01,12.35,E11.9;I10,true\n"
                + "N2,\"a \"\"quoted\"\", comma\nand line\",,-0.50,,false\n");
  }

  @Test
  void anInterruptedRunLeavesNoFileAndExistingFilesNeedOverwrite() throws IOException {
    try (CsvTableWriter writer = new CsvTableWriter(dir, false)) {
      writer.write(batch());
    }
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
    Files.writeString(dir.resolve("note.csv"), "keep me");
    assertThatThrownBy(() -> new CsvTableWriter(dir, false))
        .isInstanceOf(FileAlreadyExistsException.class)
        .hasMessageContaining("pass --overwrite");
    try (CsvTableWriter writer = new CsvTableWriter(dir, true)) {
      writer.write(batch());
    }
    assertThat(Files.readString(dir.resolve("note.csv"))).isEqualTo("keep me");
  }

  @Test
  void aTableKeepsItsColumns() throws IOException {
    try (CsvTableWriter writer = new CsvTableWriter(dir, false)) {
      writer.write(batch());
      TableBatch other = new TableBatch();
      new RowWriter(other, "note", List.<Column>of(), new Object[0]).field("id", "N3").end();
      assertThatThrownBy(() -> writer.write(other))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("table note changed columns");
    }
  }

  @Test
  void rowsEncodedOnTheGeneratingThreadAreWrittenAsTheyWouldBe() throws IOException {
    TableBatch prepared = batch();
    try (CsvTableWriter writer = new CsvTableWriter(dir, false)) {
      writer.prepare(prepared);
      assertThat(prepared.tables()).allSatisfy(t -> assertThat(t.rows()).isEmpty());
      writer.write(prepared);
      writer.write(batch());
      // The first batch's buffer, given back when written, is cleared and filled again.
      TableBatch again = batch();
      writer.prepare(again);
      writer.write(again);
      writer.commit();
    }
    String rows =
        "N1,plain,2025-03-01,12.35,E11.9;I10,true\n"
            + "N2,\"a \"\"quoted\"\", comma\nand line\",,-0.50,,false\n";
    assertThat(Files.readString(dir.resolve("note.csv")))
        .isEqualTo("id,text,date,amount,codes,flag\n" + rows + rows + rows);
  }

  @Test
  void datesAtTheEdgesOfFourDigitYearsAndListsThatNeedQuotes() throws IOException {
    TableBatch batch = new TableBatch();
    for (LocalDate date :
        List.of(LocalDate.of(999, 1, 5), LocalDate.of(10_000, 12, 31), LocalDate.of(-1, 2, 3))) {
      new RowWriter(batch, "edge", List.<Column>of(), new Object[0])
          .field("date", date)
          .strings("codes", List.of("a,b", "c"))
          .end();
    }
    try (CsvTableWriter writer = new CsvTableWriter(dir, false)) {
      writer.prepare(batch);
      writer.write(batch);
      writer.commit();
    }
    assertThat(Files.readString(dir.resolve("edge.csv")))
        .isEqualTo(
            "date,codes\n"
                + "0999-01-05,\"a,b;c\"\n"
                + "+10000-12-31,\"a,b;c\"\n"
                + "-0001-02-03,\"a,b;c\"\n");
  }
}
