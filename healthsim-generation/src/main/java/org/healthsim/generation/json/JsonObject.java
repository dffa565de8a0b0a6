package org.healthsim.generation.json;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Writes one JSON object field by field: {@code JsonObject.start(out).field("code", "E11.9")
 * .field("date", date).end()}. Field names are ASCII snake_case, written as given.
 */
public final class JsonObject implements FieldWriter {

  private final JsonBytes out;
  private boolean first = true;

  private JsonObject(JsonBytes out) {
    this.out = out;
  }

  /** Opens an object on {@code out}. */
  public static JsonObject start(JsonBytes out) {
    out.raw('{');
    return new JsonObject(out);
  }

  private JsonBytes name(String name) {
    if (!first) {
      out.raw(',');
    }
    first = false;
    return out.fieldName(name);
  }

  /** A text field, {@code null} when the value is. */
  @Override
  public JsonObject field(String name, String value) {
    name(name).string(value);
    return this;
  }

  /** A whole-number field. */
  @Override
  public JsonObject field(String name, long value) {
    name(name).number(value);
    return this;
  }

  /** A boolean field. */
  @Override
  public JsonObject field(String name, boolean value) {
    name(name).bool(value);
    return this;
  }

  /** A date field, {@code null} when the value is. */
  @Override
  public JsonObject field(String name, LocalDate value) {
    name(name).date(value);
    return this;
  }

  /** An amount in cents, written in dollars with two decimals. */
  @Override
  public JsonObject money(String name, long cents) {
    name(name).cents(cents);
    return this;
  }

  /** A number written with exactly {@code decimals} decimals, such as an amount in dollars. */
  @Override
  public JsonObject decimal(String name, double value, int decimals) {
    name(name).decimal(value, decimals);
    return this;
  }

  /** A list of texts. */
  @Override
  public JsonObject measurement(String name, double value, int decimals) {
    return decimal(name, value, decimals);
  }

  @Override
  public JsonObject strings(String name, List<String> values) {
    name(name).raw('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.raw(',');
      }
      out.string(values.get(i));
    }
    out.raw(']');
    return this;
  }

  @Override
  public JsonObject integers(String name, List<Integer> values) {
    name(name).raw('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.raw(',');
      }
      out.number(values.get(i));
    }
    out.raw(']');
    return this;
  }

  @Override
  public <T> JsonObject objects(String name, List<T> items, BiConsumer<T, FieldWriter> fields) {
    name(name).raw('[');
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.raw(',');
      }
      JsonObject item = start(out);
      fields.accept(items.get(i), item);
      item.end();
    }
    out.raw(']');
    return this;
  }

  /** A field whose value the caller writes to the returned buffer (one JSON value). */
  public JsonBytes value(String name) {
    return name(name);
  }

  /** Closes the object. */
  public void end() {
    out.raw('}');
  }
}
