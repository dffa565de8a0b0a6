package org.healthsim.generation.internal.parquet;

import java.nio.charset.StandardCharsets;

/**
 * Writes Thrift structs in the compact protocol, which Parquet uses for page headers and the file
 * footer (Apache Thrift, {@code doc/specs/thrift-compact-protocol.md}): a field is a header (the
 * field id's distance from the previous one, and the type) then its value; whole numbers are zigzag
 * varints; a struct ends with a stop byte. The caller writes fields in increasing id order.
 */
final class CompactThrift {

  static final int BOOLEAN_TRUE = 1;
  static final int BOOLEAN_FALSE = 2;
  static final int BYTE = 3;
  static final int I16 = 4;
  static final int I32 = 5;
  static final int I64 = 6;
  static final int DOUBLE = 7;
  static final int BINARY = 8;
  static final int LIST = 9;
  static final int SET = 10;
  static final int MAP = 11;
  static final int STRUCT = 12;

  private static final int MAX_NESTING = 16;

  private final ParquetBytes out;
  private final short[] lastIds = new short[MAX_NESTING];
  private int depth;

  CompactThrift(ParquetBytes out) {
    this.out = out;
  }

  /** Starts a field of struct type; its fields follow, then {@link #endStruct}. */
  CompactThrift beginStruct(int id) {
    fieldHeader(id, STRUCT);
    return beginStruct();
  }

  /** Starts a struct with no field header: the top-level struct, or an element of a list. */
  CompactThrift beginStruct() {
    lastIds[++depth] = 0;
    return this;
  }

  CompactThrift endStruct() {
    out.write(0);
    depth--;
    return this;
  }

  CompactThrift i32(int id, int v) {
    fieldHeader(id, I32);
    return zigzag(v);
  }

  CompactThrift i64(int id, long v) {
    fieldHeader(id, I64);
    return zigzag(v);
  }

  CompactThrift string(int id, String s) {
    return binary(id, s.getBytes(StandardCharsets.UTF_8));
  }

  CompactThrift binary(int id, byte[] b) {
    fieldHeader(id, BINARY);
    return lengthAndBytes(b);
  }

  /** Starts a list field of {@code size} elements of {@code elementType}; the elements follow. */
  CompactThrift list(int id, int elementType, int size) {
    fieldHeader(id, LIST);
    if (size < 15) {
      out.write((size << 4) | elementType);
    } else {
      out.write(0xF0 | elementType);
      out.varint(size);
    }
    return this;
  }

  /** An element of a list of I32. */
  CompactThrift i32Element(int v) {
    return zigzag(v);
  }

  /** An element of a list of BINARY. */
  CompactThrift stringElement(String s) {
    return lengthAndBytes(s.getBytes(StandardCharsets.UTF_8));
  }

  /** A BINARY value: its length as a varint, then the bytes. */
  private CompactThrift lengthAndBytes(byte[] b) {
    out.varint(b.length);
    out.write(b, 0, b.length);
    return this;
  }

  private void fieldHeader(int id, int type) {
    int delta = id - lastIds[depth];
    if (delta > 0 && delta <= 15) {
      out.write((delta << 4) | type);
    } else {
      out.write(type);
      zigzag(id);
    }
    lastIds[depth] = (short) id;
  }

  private CompactThrift zigzag(long v) {
    out.varint((v << 1) ^ (v >> 63));
    return this;
  }
}
