package org.healthsim.generation.internal.parquet;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer with Parquet's little-endian values. Not thread-safe. */
final class ParquetBytes {

  private static final VarHandle INTS =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private byte[] bytes;
  private int size;

  ParquetBytes(int capacity) {
    this.bytes = new byte[Math.max(64, capacity)];
  }

  int size() {
    return size;
  }

  void clear() {
    size = 0;
  }

  /** The array behind the buffer: valid up to {@link #size}. */
  byte[] array() {
    return bytes;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  void writeTo(OutputStream out) throws IOException {
    out.write(bytes, 0, size);
  }

  /**
   * Makes room for {@code more} bytes and returns where they go; the caller then {@link #skip}s.
   */
  int reserve(int more) {
    ensure(more);
    return size;
  }

  /** Counts {@code n} bytes written directly into {@link #array} after {@link #reserve}. */
  void skip(int n) {
    size += n;
  }

  ParquetBytes write(int b) {
    ensure(1);
    bytes[size++] = (byte) b;
    return this;
  }

  ParquetBytes write(byte[] b, int from, int length) {
    ensure(length);
    System.arraycopy(b, from, bytes, size, length);
    size += length;
    return this;
  }

  ParquetBytes write(ParquetBytes other) {
    return write(other.bytes, 0, other.size);
  }

  ParquetBytes int32(int v) {
    ensure(Integer.BYTES);
    INTS.set(bytes, size, v);
    size += Integer.BYTES;
    return this;
  }

  ParquetBytes int64(long v) {
    ensure(Long.BYTES);
    LONGS.set(bytes, size, v);
    size += Long.BYTES;
    return this;
  }

  /** Overwrites the four bytes at {@code at} with {@code v}. */
  void int32At(int at, int v) {
    INTS.set(bytes, at, v);
  }

  ParquetBytes float64(double v) {
    return int64(Double.doubleToRawLongBits(v));
  }

  /** An unsigned LEB128 varint. */
  ParquetBytes varint(long v) {
    ensure(10);
    while ((v & ~0x7FL) != 0) {
      bytes[size++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    bytes[size++] = (byte) v;
    return this;
  }

  /** {@code s} as UTF-8 after its length in four bytes: Parquet's plain BYTE_ARRAY. */
  ParquetBytes lengthAndUtf8(String s) {
    int length = s.length();
    ensure(Integer.BYTES + length);
    int at = size + Integer.BYTES;
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        int32(utf8.length);
        return write(utf8, 0, utf8.length);
      }
      bytes[at + i] = (byte) c;
    }
    INTS.set(bytes, size, length);
    size = at + length;
    return this;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      long wanted = Math.max((long) bytes.length * 2, (long) size + more);
      if (wanted > Integer.MAX_VALUE - 16) {
        throw new IllegalStateException("a Parquet page or footer over 2 GB");
      }
      bytes = Arrays.copyOf(bytes, (int) wanted);
    }
  }
}
