package org.healthsim.generation.internal.parquet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads a Parquet file's row count from its footer ({@code FileMetaData.num_rows}), whoever wrote
 * the file: the footer's length and the magic number end the file, and the footer's other fields
 * are skipped by their Thrift compact types.
 */
public final class ParquetFooter {

  private static final int MAGIC = 0x31524150; // "PAR1", little-endian
  private static final int NUM_ROWS = 3;

  private final ByteBuffer in;
  private final Path file;

  private ParquetFooter(ByteBuffer in, Path file) {
    this.in = in;
    this.file = file;
  }

  /**
   * The rows {@code file} holds.
   *
   * @throws IOException when it cannot be read, or is not a Parquet file (the message names it)
   */
  public static long rows(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      ByteBuffer tail = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
      if (size < 12 || channel.read(tail, size - 8) != 8 || tail.getInt(4) != MAGIC) {
        throw new IOException(file + ": not a Parquet file (no PAR1 at its end)");
      }
      int length = tail.getInt(0);
      if (length <= 0 || length > size - 12) {
        throw new IOException(file + ": a Parquet footer of " + length + " bytes does not fit");
      }
      ByteBuffer footer = ByteBuffer.allocate(length);
      channel.read(footer, size - 8 - length);
      footer.flip();
      return new ParquetFooter(footer, file).numRows();
    }
  }

  private long numRows() throws IOException {
    try {
      int lastId = 0;
      while (true) {
        int header = in.get() & 0xFF;
        if (header == 0) {
          throw new IOException(file + ": the Parquet footer has no row count");
        }
        int type = header & 0x0F;
        int delta = header >>> 4;
        int id = delta != 0 ? lastId + delta : (int) zigzag();
        if (id == NUM_ROWS && type == CompactThrift.I64) {
          return zigzag();
        }
        skip(type);
        lastId = id;
      }
    } catch (RuntimeException e) {
      throw new IOException(file + ": an unreadable Parquet footer (" + e + ")", e);
    }
  }

  private void skip(int type) {
    switch (type) {
      case CompactThrift.BOOLEAN_TRUE, CompactThrift.BOOLEAN_FALSE:
        return;
      case CompactThrift.BYTE:
        in.get();
        return;
      case CompactThrift.I16, CompactThrift.I32, CompactThrift.I64:
        varint();
        return;
      case CompactThrift.DOUBLE:
        in.position(in.position() + 8);
        return;
      case CompactThrift.BINARY:
        int length = (int) varint();
        in.position(in.position() + length);
        return;
      case CompactThrift.LIST, CompactThrift.SET:
        int header = in.get() & 0xFF;
        long count = header >>> 4 == 15 ? varint() : header >>> 4;
        for (long i = 0; i < count; i++) {
          skipElement(header & 0x0F);
        }
        return;
      case CompactThrift.MAP:
        long entries = varint();
        if (entries > 0) {
          int types = in.get() & 0xFF;
          for (long i = 0; i < entries; i++) {
            skipElement(types >>> 4);
            skipElement(types & 0x0F);
          }
        }
        return;
      case CompactThrift.STRUCT:
        skipStruct();
        return;
      default:
        throw new IllegalStateException("Thrift type " + type);
    }
  }

  /** A list element: a boolean is a byte of its own there. */
  private void skipElement(int type) {
    if (type == CompactThrift.BOOLEAN_TRUE || type == CompactThrift.BOOLEAN_FALSE) {
      in.get();
    } else {
      skip(type);
    }
  }

  private void skipStruct() {
    while (true) {
      int header = in.get() & 0xFF;
      if (header == 0) {
        return;
      }
      if (header >>> 4 == 0) {
        zigzag();
      }
      skip(header & 0x0F);
    }
  }

  private long varint() {
    long v = 0;
    for (int shift = 0; ; shift += 7) {
      int b = in.get();
      v |= (long) (b & 0x7F) << shift;
      if (b >= 0) {
        return v;
      }
    }
  }

  private long zigzag() {
    long v = varint();
    return (v >>> 1) ^ -(v & 1);
  }
}
