package org.healthsim.generation.json;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Where a record writes its fields, in order: a JSON object ({@link JsonObject}) or a table row
 * ({@code org.healthsim.generation.internal.table.RowWriter}). Names are snake_case.
 */
public interface FieldWriter {

  /** A text field, {@code null} when the value is. */
  FieldWriter field(String name, String value);

  /** A whole-number field. */
  FieldWriter field(String name, long value);

  /** A boolean field. */
  FieldWriter field(String name, boolean value);

  /** A date field, {@code null} when the value is. */
  FieldWriter field(String name, LocalDate value);

  /**
   * A number written with exactly {@code decimals} decimals, the same for every record of its kind,
   * such as an amount in dollars.
   */
  FieldWriter decimal(String name, double value, int decimals);

  /** An amount of money, given in cents, written in dollars with two decimals (exact). */
  FieldWriter money(String name, long cents);

  /**
   * A measurement at its reporting precision, {@code decimals}, which may differ between records of
   * one kind (an A1C has one decimal, an eGFR none). JSON writes it as {@link #decimal} does.
   */
  FieldWriter measurement(String name, double value, int decimals);

  /** A list of texts. */
  FieldWriter strings(String name, List<String> values);

  /** A list of whole numbers. */
  FieldWriter integers(String name, List<Integer> values);

  /** A list of objects, each written by {@code fields} (a claim's lines). */
  <T> FieldWriter objects(String name, List<T> items, BiConsumer<T, FieldWriter> fields);
}
