package org.healthsim.generation.internal.parquet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.healthsim.generation.internal.table.Column;

/**
 * One table's Parquet file, written as its batches come: each batch brings a page per column
 * ({@link TablePages}), which are kept per column until the row group holds {@link #ROW_GROUP_ROWS}
 * rows; then the row group's column chunks are written one after the other. {@link #finish} writes
 * the last row group and the footer ({@code FileMetaData}).
 */
public final class ParquetTableFile {

  /** Rows a row group holds at least (the last may hold fewer); DuckDB's default row group. */
  static final int ROW_GROUP_ROWS = 122_880;

  private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
  private static final String CREATED_BY = "healthsim-java";
  private static final int SNAPPY = 1;
  private static final int PLAIN = 0;
  private static final int RLE = 3;

  private final List<LeafColumn> columns;
  private final OutputStream out;
  private final List<ChunkInProgress> chunks = new ArrayList<>();
  private final List<RowGroup> rowGroups = new ArrayList<>();
  private long position;
  private long rows;
  private long groupRows;

  /** Starts the file: writes its leading magic number to {@code out}. */
  public ParquetTableFile(List<Column> columns, OutputStream out) throws IOException {
    this.columns = columns.stream().map(LeafColumn::new).toList();
    this.out = out;
    for (int i = 0; i < columns.size(); i++) {
      chunks.add(new ChunkInProgress());
    }
    write(MAGIC, MAGIC.length);
  }

  /** The rows added so far. */
  public long rows() {
    return rows;
  }

  /** Adds a batch's pages, {@code pages}, which must have this file's columns. */
  public void add(TablePages pages) throws IOException {
    if (pages.pages().length != columns.size()) {
      throw new IllegalArgumentException(
          pages.pages().length + " pages for a table of " + columns.size() + " columns");
    }
    for (int i = 0; i < columns.size(); i++) {
      chunks.get(i).add(pages.pages()[i]);
    }
    rows += pages.rows();
    groupRows += pages.rows();
    if (groupRows >= ROW_GROUP_ROWS) {
      writeRowGroup();
    }
  }

  /** Writes the last row group, the footer, its length and the closing magic number. */
  public void finish() throws IOException {
    if (groupRows > 0) {
      writeRowGroup();
    }
    ParquetBytes footer = new ParquetBytes(1 << 12);
    writeFooter(new CompactThrift(footer));
    footer.int32(footer.size()).write(MAGIC, 0, MAGIC.length);
    footer.writeTo(out);
    position += footer.size();
  }

  private void writeRowGroup() throws IOException {
    long start = position;
    List<ChunkMetadata> written = new ArrayList<>(chunks.size());
    long uncompressed = 0;
    for (ChunkInProgress chunk : chunks) {
      written.add(chunk.metadata(position));
      uncompressed += chunk.uncompressed;
      for (byte[] page : chunk.pages) {
        write(page, page.length);
      }
      chunk.reset();
    }
    rowGroups.add(new RowGroup(groupRows, start, position - start, uncompressed, written));
    groupRows = 0;
  }

  private void write(byte[] bytes, int length) throws IOException {
    out.write(bytes, 0, length);
    position += length;
  }

  private void writeFooter(CompactThrift t) {
    int schemaElements = 1 + columns.stream().mapToInt(LeafColumn::schemaElements).sum();
    t.beginStruct().i32(1, 1);
    t.list(2, CompactThrift.STRUCT, schemaElements);
    t.beginStruct().string(4, "schema").i32(5, columns.size()).endStruct();
    for (LeafColumn c : columns) {
      c.writeSchema(t);
    }
    t.i64(3, rows);
    t.list(4, CompactThrift.STRUCT, rowGroups.size());
    for (RowGroup g : rowGroups) {
      t.beginStruct().list(1, CompactThrift.STRUCT, g.chunks().size());
      for (int i = 0; i < columns.size(); i++) {
        writeChunk(t, columns.get(i), g.chunks().get(i));
      }
      t.i64(2, g.uncompressed()).i64(3, g.rows()).i64(5, g.offset()).i64(6, g.compressed());
      t.endStruct();
    }
    t.string(6, CREATED_BY);
    // Every column's min and max are in its type's own order (TypeDefinedOrder).
    t.list(7, CompactThrift.STRUCT, columns.size());
    for (int i = 0; i < columns.size(); i++) {
      t.beginStruct().beginStruct(1).endStruct().endStruct();
    }
    t.endStruct();
  }

  private static void writeChunk(CompactThrift t, LeafColumn column, ChunkMetadata chunk) {
    t.beginStruct().i64(2, chunk.offset()).beginStruct(3);
    t.i32(1, column.physicalType());
    t.list(2, CompactThrift.I32, 2).i32Element(PLAIN).i32Element(RLE);
    List<String> path = column.path();
    t.list(3, CompactThrift.BINARY, path.size());
    for (String name : path) {
      t.stringElement(name);
    }
    t.i32(4, SNAPPY).i64(5, chunk.values()).i64(6, chunk.uncompressed());
    t.i64(7, chunk.compressed()).i64(9, chunk.offset());
    if (!column.isList()) {
      t.beginStruct(12).i64(3, chunk.nulls());
      if (chunk.hasMinMax()) {
        t.binary(5, plain(column, chunk.max())).binary(6, plain(column, chunk.min()));
      }
      t.endStruct();
    }
    t.endStruct().endStruct();
  }

  /** A min or max as statistics hold it: the value's PLAIN encoding. */
  private static byte[] plain(LeafColumn column, long v) {
    ParquetBytes b = new ParquetBytes(8);
    if (column.physicalType() == LeafColumn.INT32) {
      b.int32((int) v);
    } else {
      b.int64(v);
    }
    return b.toByteArray();
  }

  private record ChunkMetadata(
      long offset,
      long values,
      long uncompressed,
      long compressed,
      long nulls,
      long min,
      long max,
      boolean hasMinMax) {}

  private record RowGroup(
      long rows, long offset, long compressed, long uncompressed, List<ChunkMetadata> chunks) {}

  /** A column's pages of the row group being gathered, and their totals. */
  private static final class ChunkInProgress {
    final List<byte[]> pages = new ArrayList<>();
    long compressed;
    long values;
    long uncompressed;
    long nulls;
    long min;
    long max;
    boolean hasMinMax;

    void add(Page page) {
      pages.add(page.bytes());
      compressed += page.bytes().length;
      values += page.values();
      uncompressed += page.uncompressedSize();
      nulls += page.nulls();
      if (page.hasMinMax()) {
        min = hasMinMax ? Math.min(min, page.min()) : page.min();
        max = hasMinMax ? Math.max(max, page.max()) : page.max();
        hasMinMax = true;
      }
    }

    ChunkMetadata metadata(long offset) {
      return new ChunkMetadata(
          offset, values, uncompressed, compressed, nulls, min, max, hasMinMax);
    }

    void reset() {
      pages.clear();
      compressed = 0;
      values = 0;
      uncompressed = 0;
      nulls = 0;
      hasMinMax = false;
    }
  }
}
