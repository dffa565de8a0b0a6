package org.healthsim.spark.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.healthsim.generation.internal.table.Column;

/**
 * The project's table columns as Spark types, the types a Parquet file of a single-machine run has:
 * VARCHAR string, BIGINT long, DOUBLE double, DECIMAL(18, d) decimal(18, d), BOOLEAN boolean, DATE
 * date, VARCHAR[] array of string, INTEGER[] array of int. Every column is nullable.
 */
public final class SparkTypes {

  private SparkTypes() {}

  /** The schema of a table with {@code columns}. */
  public static StructType schema(List<Column> columns) {
    StructField[] fields = new StructField[columns.size()];
    for (int i = 0; i < fields.length; i++) {
      Column c = columns.get(i);
      fields[i] = DataTypes.createStructField(c.name(), type(c), true);
    }
    return DataTypes.createStructType(fields);
  }

  private static DataType type(Column c) {
    switch (c.type()) {
      case TEXT:
        return DataTypes.StringType;
      case WHOLE:
        return DataTypes.LongType;
      case NUMBER:
        return DataTypes.DoubleType;
      case DECIMAL:
        return DataTypes.createDecimalType(18, c.decimals());
      case BOOLEAN:
        return DataTypes.BooleanType;
      case DATE:
        return DataTypes.DateType;
      case TEXT_LIST:
        return DataTypes.createArrayType(DataTypes.StringType, true);
      case WHOLE_LIST:
        return DataTypes.createArrayType(DataTypes.IntegerType, true);
      default:
        throw new IllegalArgumentException("no Spark type for " + c);
    }
  }

  /**
   * A value as a Row holds it for Spark: numbers as the column's Java type, a date as a {@link
   * LocalDate} ({@code java8Dates}) or {@link java.sql.Date}, a list as a Scala sequence.
   */
  public static Object value(Column c, Object v, boolean java8Dates) {
    if (v == null) {
      return null;
    }
    switch (c.type()) {
      case WHOLE:
        return ((Number) v).longValue();
      case NUMBER:
        return ((Number) v).doubleValue();
      case DECIMAL:
        return v instanceof BigDecimal ? v : new BigDecimal(v.toString());
      case DATE:
        return java8Dates ? v : java.sql.Date.valueOf((LocalDate) v);
      case TEXT_LIST:
      case WHOLE_LIST:
        return scala.jdk.javaapi.CollectionConverters.asScala((List<?>) v).toSeq();
      case TEXT:
        return v instanceof String ? v : v.toString();
      default:
        return v;
    }
  }
}
