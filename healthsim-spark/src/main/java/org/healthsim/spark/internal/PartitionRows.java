package org.healthsim.spark.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;
import org.healthsim.generation.CohortMember;
import org.healthsim.generation.internal.table.CohortRows;
import org.healthsim.generation.internal.table.Column;
import org.healthsim.generation.internal.table.Table;
import org.healthsim.generation.internal.table.TableBatch;
import scala.Tuple2;

/**
 * The rows of members {@code from} to {@code to} of a cohort, table by table, as (table, row)
 * pairs: each member's rows made as the single-machine table writers make them ({@link
 * CohortRows}), a member at a time, so a partition of any size streams.
 */
public final class PartitionRows implements Iterator<Tuple2<String, Row>> {

  private final Iterator<CohortMember> members;
  private final boolean java8Dates;
  private final List<Tuple2<String, Row>> pending = new ArrayList<>();
  private final java.util.Map<List<Column>, StructType> schemas = new java.util.HashMap<>();
  private int next;

  public PartitionRows(Iterator<CohortMember> members, boolean java8Dates) {
    this.members = members;
    this.java8Dates = java8Dates;
  }

  @Override
  public boolean hasNext() {
    while (next == pending.size() && members.hasNext()) {
      fill(members.next());
    }
    return next < pending.size();
  }

  @Override
  public Tuple2<String, Row> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return pending.get(next++);
  }

  private void fill(CohortMember member) {
    pending.clear();
    next = 0;
    TableBatch batch = new TableBatch();
    CohortRows.entity(member.entity(), batch);
    if (member.timeline() != null) {
      CohortRows.timeline(member.timeline(), batch);
    }
    for (Table table : batch.tables()) {
      List<Column> columns = table.columns();
      StructType schema = schemas.computeIfAbsent(columns, SparkTypes::schema);
      for (Object[] values : table.rows()) {
        Object[] converted = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
          converted[i] = SparkTypes.value(columns.get(i), values[i], java8Dates);
        }
        pending.add(new Tuple2<>(table.name(), new GenericRowWithSchema(converted, schema)));
      }
    }
  }
}
