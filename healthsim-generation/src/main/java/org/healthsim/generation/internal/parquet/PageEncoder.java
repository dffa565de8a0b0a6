package org.healthsim.generation.internal.parquet;

import io.airlift.compress.snappy.SnappyCompressor;
import java.util.Arrays;

/**
 * Makes a data page (v1) of a column's {@link ColumnValues}: repetition levels for lists,
 * definition levels and the PLAIN values, compressed together with Snappy, after a {@code
 * PageHeader}. One per thread ({@link #onThisThread}): it reuses its buffers from page to page.
 */
final class PageEncoder {

  // enum PageType, Encoding
  private static final int DATA_PAGE = 0;
  private static final int PLAIN = 0;
  private static final int RLE = 3;

  private static final ThreadLocal<PageEncoder> ENCODERS =
      ThreadLocal.withInitial(PageEncoder::new);

  private final SnappyCompressor snappy = new SnappyCompressor();
  private final ParquetBytes page = new ParquetBytes(1 << 16);
  private final ParquetBytes header = new ParquetBytes(64);
  private byte[] compressed = new byte[1 << 16];

  static PageEncoder onThisThread() {
    return ENCODERS.get();
  }

  Page page(ColumnValues v) {
    LeafColumn column = v.column;
    page.clear();
    if (column.maxRepetitionLevel() > 0) {
      Levels.write(v.repetitions, v.levels, Levels.bitWidth(column.maxRepetitionLevel()), page);
    }
    Levels.write(v.definitions, v.levels, Levels.bitWidth(column.maxDefinitionLevel()), page);
    page.write(v.values);
    int maxLength = snappy.maxCompressedLength(page.size());
    if (compressed.length < maxLength) {
      compressed = new byte[maxLength];
    }
    int length = snappy.compress(page.array(), 0, page.size(), compressed, 0, compressed.length);

    header.clear();
    CompactThrift t = new CompactThrift(header);
    t.beginStruct().i32(1, DATA_PAGE).i32(2, page.size()).i32(3, length);
    t.beginStruct(5).i32(1, v.levels).i32(2, PLAIN).i32(3, RLE).i32(4, RLE).endStruct();
    t.endStruct();

    byte[] bytes = Arrays.copyOf(header.array(), header.size() + length);
    System.arraycopy(compressed, 0, bytes, header.size(), length);
    boolean minMax = column.hasMinMax() && v.hasMinMax();
    return new Page(
        bytes,
        v.levels,
        header.size() + (long) page.size(),
        v.nulls,
        minMax ? v.min : 0,
        minMax ? v.max : 0,
        minMax);
  }
}
