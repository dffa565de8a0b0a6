package org.healthsim.generation.internal.parquet;

/**
 * Repetition and definition levels in Parquet's RLE/bit-packing hybrid encoding, after their length
 * in four bytes (as data pages v1 carry them): a run of eight or more equal levels is one
 * run-length entry; anything else goes in groups of eight, bit-packed, up to 63 groups an entry.
 */
final class Levels {

  private static final int MIN_RUN = 8;
  private static final int MAX_GROUPS = 63;

  private Levels() {}

  /** The bits a level up to {@code maxLevel} takes. */
  static int bitWidth(int maxLevel) {
    return 32 - Integer.numberOfLeadingZeros(maxLevel);
  }

  /** Writes {@code levels[0..count)}, each at most {@code 2^bitWidth - 1}, with their length. */
  static void write(byte[] levels, int count, int bitWidth, ParquetBytes out) {
    int lengthAt = out.reserve(Integer.BYTES);
    out.skip(Integer.BYTES);
    int start = out.size();
    int headerAt = -1;
    int groups = 0;
    int i = 0;
    while (i < count) {
      int run = runAt(levels, i, count);
      if (run >= MIN_RUN) {
        if (headerAt >= 0) {
          closeGroups(out, headerAt, groups);
          headerAt = -1;
        }
        out.varint((long) run << 1);
        out.write(levels[i]);
        i += run;
      } else {
        if (headerAt < 0) {
          headerAt = out.reserve(1);
          out.skip(1);
          groups = 0;
        }
        packGroup(levels, i, count, bitWidth, out);
        groups++;
        i += MIN_RUN;
        if (groups == MAX_GROUPS) {
          closeGroups(out, headerAt, groups);
          headerAt = -1;
        }
      }
    }
    if (headerAt >= 0) {
      closeGroups(out, headerAt, groups);
    }
    out.int32At(lengthAt, out.size() - start);
  }

  private static int runAt(byte[] levels, int from, int count) {
    byte v = levels[from];
    int i = from + 1;
    while (i < count && levels[i] == v) {
      i++;
    }
    return i - from;
  }

  /** Eight levels from {@code from} (zeros past {@code count}), least significant bit first. */
  private static void packGroup(
      byte[] levels, int from, int count, int bitWidth, ParquetBytes out) {
    long bits = 0;
    for (int j = 0; j < MIN_RUN && from + j < count; j++) {
      bits |= (long) levels[from + j] << (j * bitWidth);
    }
    for (int b = 0; b < bitWidth; b++) {
      out.write((int) (bits >>> (8 * b)));
    }
  }

  private static void closeGroups(ParquetBytes out, int headerAt, int groups) {
    out.array()[headerAt] = (byte) ((groups << 1) | 1);
  }
}
