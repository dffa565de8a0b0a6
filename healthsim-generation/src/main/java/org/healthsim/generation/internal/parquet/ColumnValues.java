package org.healthsim.generation.internal.parquet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.healthsim.generation.internal.table.ColumnType;

/**
 * One column's levels and PLAIN-encoded values as a batch's rows are read, row by row: the scratch
 * of a {@link PageEncoder}, reused from page to page.
 */
final class ColumnValues {

  final ParquetBytes values = new ParquetBytes(1 << 12);
  byte[] definitions = new byte[256];
  byte[] repetitions = new byte[256];
  LeafColumn column;
  private String table;
  private ColumnType type;
  private boolean list;
  private int decimals;
  int levels;
  long nulls;
  long min;
  long max;
  private int booleanBits;
  private int booleanCount;

  /** Starts a page of {@code column} of {@code table}. */
  void reset(String table, LeafColumn column) {
    this.table = table;
    this.column = column;
    this.type = column.type();
    this.list = column.isList();
    this.decimals = column.column().decimals();
    values.clear();
    levels = 0;
    nulls = 0;
    min = Long.MAX_VALUE;
    max = Long.MIN_VALUE;
    booleanBits = 0;
    booleanCount = 0;
  }

  /** Adds a row's value, which may be null. */
  void add(Object value) {
    if (list) {
      list((List<?>) value);
    } else if (value == null) {
      definition(0);
      nulls++;
    } else {
      definition(1);
      value(value);
    }
  }

  /** Ends the page: writes the booleans' last partial byte. */
  void end() {
    if (booleanCount % 8 != 0) {
      values.write(booleanBits);
    }
  }

  private void list(List<?> list) {
    if (list == null) {
      level(0, 0);
      nulls++;
      return;
    }
    if (list.isEmpty()) {
      level(0, 1);
      return;
    }
    boolean text = type == ColumnType.TEXT_LIST;
    int repetition = 0;
    for (int i = 0, n = list.size(); i < n; i++) {
      Object item = list.get(i);
      if (item == null) {
        level(repetition, 2);
        nulls++;
      } else {
        level(repetition, 3);
        if (text) {
          values.lengthAndUtf8(item.toString());
        } else {
          values.int32(((Number) item).intValue());
        }
      }
      repetition = 1;
    }
  }

  /** A level entry of a column that is not a list: no repetition level. */
  private void definition(int definition) {
    if (levels == definitions.length) {
      definitions = Arrays.copyOf(definitions, levels * 2);
    }
    definitions[levels++] = (byte) definition;
  }

  private void level(int repetition, int definition) {
    if (levels == definitions.length) {
      definitions = Arrays.copyOf(definitions, levels * 2);
    }
    if (levels >= repetitions.length) {
      repetitions = Arrays.copyOf(repetitions, definitions.length);
    }
    repetitions[levels] = (byte) repetition;
    definitions[levels++] = (byte) definition;
  }

  private void value(Object value) {
    switch (type) {
      case TEXT:
        values.lengthAndUtf8(value.toString());
        break;
      case WHOLE:
        long whole = ((Number) value).longValue();
        minMax(whole);
        values.int64(whole);
        break;
      case DECIMAL:
        long unscaled = unscaled((BigDecimal) value);
        minMax(unscaled);
        values.int64(unscaled);
        break;
      case NUMBER:
        values.float64(((Number) value).doubleValue());
        break;
      case DATE:
        int day = Math.toIntExact(((LocalDate) value).toEpochDay());
        minMax(day);
        values.int32(day);
        break;
      case BOOLEAN:
        if ((Boolean) value) {
          booleanBits |= 1 << (booleanCount % 8);
        }
        if (++booleanCount % 8 == 0) {
          values.write(booleanBits);
          booleanBits = 0;
        }
        break;
      default:
        throw new IllegalStateException("no Parquet value for " + type);
    }
  }

  /**
   * {@code value}'s unscaled whole number at the column's decimals (rounded half up).
   *
   * @throws ArithmeticException naming the table and column when it does not fit DECIMAL(18, s)
   */
  private long unscaled(BigDecimal value) {
    try {
      BigDecimal scaled =
          value.scale() == decimals ? value : value.setScale(decimals, RoundingMode.HALF_UP);
      // scaleByPowerOfTen moves the decimal point without a BigInteger when the value is small.
      long unscaled = scaled.scaleByPowerOfTen(decimals).longValueExact();
      if (Math.abs(unscaled) < 1_000_000_000_000_000_000L) {
        return unscaled;
      }
    } catch (ArithmeticException beyondLong) {
      // reported below, with where it is
    }
    throw new ArithmeticException(
        "table "
            + table
            + ", column "
            + column.column().name()
            + ": "
            + value
            + " does not fit DECIMAL(18, "
            + decimals
            + ")");
  }

  /** Whether {@link #min} and {@link #max} hold a value (they start crossed). */
  boolean hasMinMax() {
    return min <= max;
  }

  private void minMax(long v) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
}
