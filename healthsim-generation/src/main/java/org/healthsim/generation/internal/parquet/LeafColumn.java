package org.healthsim.generation.internal.parquet;

import java.util.List;
import org.healthsim.generation.internal.table.Column;
import org.healthsim.generation.internal.table.ColumnType;

/**
 * How a table column is stored in Parquet: its physical type and annotations, and for a list the
 * three-level structure of the format's LogicalTypes specification ({@code optional group name
 * (LIST) { repeated group list { optional element } }}). Every column is optional, as in DuckDB.
 */
final class LeafColumn {

  // parquet.thrift enum Type
  static final int BOOLEAN = 0;
  static final int INT32 = 1;
  static final int INT64 = 2;
  static final int DOUBLE = 5;
  static final int BYTE_ARRAY = 6;

  // enum ConvertedType, and the LogicalType union's field ids
  private static final int UTF8 = 0;
  private static final int LIST = 3;
  private static final int DECIMAL = 5;
  private static final int DATE = 6;
  private static final int LOGICAL_STRING = 1;
  private static final int LOGICAL_LIST = 3;
  private static final int LOGICAL_DECIMAL = 5;
  private static final int LOGICAL_DATE = 6;

  // enum FieldRepetitionType
  private static final int OPTIONAL = 1;
  private static final int REPEATED = 2;

  /** DECIMAL(18, s) fits a signed 64-bit whole number. */
  static final int DECIMAL_PRECISION = 18;

  private final Column column;
  private final int physicalType;

  LeafColumn(Column column) {
    this.column = column;
    this.physicalType = physicalType(column.type());
  }

  private static int physicalType(ColumnType type) {
    switch (type) {
      case TEXT:
      case TEXT_LIST:
        return BYTE_ARRAY;
      case WHOLE:
      case DECIMAL:
        return INT64;
      case NUMBER:
        return DOUBLE;
      case BOOLEAN:
        return BOOLEAN;
      case DATE:
      case WHOLE_LIST:
        return INT32;
      default:
        throw new IllegalArgumentException("no Parquet type for " + type);
    }
  }

  Column column() {
    return column;
  }

  ColumnType type() {
    return column.type();
  }

  int physicalType() {
    return physicalType;
  }

  boolean isList() {
    return column.type() == ColumnType.TEXT_LIST || column.type() == ColumnType.WHOLE_LIST;
  }

  /** Whether min and max are kept: the whole-number types, compared as signed numbers. */
  boolean hasMinMax() {
    return (physicalType == INT32 || physicalType == INT64) && !isList();
  }

  int maxDefinitionLevel() {
    return isList() ? 3 : 1;
  }

  int maxRepetitionLevel() {
    return isList() ? 1 : 0;
  }

  /** The column's path from the root: its name, or name, list, element. */
  List<String> path() {
    return isList() ? List.of(column.name(), "list", "element") : List.of(column.name());
  }

  /** How many schema elements {@link #writeSchema} writes. */
  int schemaElements() {
    return isList() ? 3 : 1;
  }

  /** The column's {@code SchemaElement}s, depth first, as elements of the footer's schema list. */
  void writeSchema(CompactThrift t) {
    if (isList()) {
      t.beginStruct().i32(3, OPTIONAL).string(4, column.name()).i32(5, 1).i32(6, LIST);
      t.beginStruct(10).beginStruct(LOGICAL_LIST).endStruct().endStruct().endStruct();
      t.beginStruct().i32(3, REPEATED).string(4, "list").i32(5, 1).endStruct();
      writeLeaf(t, "element");
    } else {
      writeLeaf(t, column.name());
    }
  }

  private void writeLeaf(CompactThrift t, String name) {
    t.beginStruct().i32(1, physicalType).i32(3, OPTIONAL).string(4, name);
    switch (column.type()) {
      case TEXT:
      case TEXT_LIST:
        t.i32(6, UTF8);
        t.beginStruct(10).beginStruct(LOGICAL_STRING).endStruct().endStruct();
        break;
      case DECIMAL:
        t.i32(6, DECIMAL).i32(7, column.decimals()).i32(8, DECIMAL_PRECISION);
        t.beginStruct(10).beginStruct(LOGICAL_DECIMAL);
        t.i32(1, column.decimals()).i32(2, DECIMAL_PRECISION).endStruct().endStruct();
        break;
      case DATE:
        t.i32(6, DATE);
        t.beginStruct(10).beginStruct(LOGICAL_DATE).endStruct().endStruct();
        break;
      default:
        break;
    }
    t.endStruct();
  }
}
