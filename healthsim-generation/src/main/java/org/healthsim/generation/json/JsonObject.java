package org.healthsim.generation.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Writes one JSON object field by field: {@code JsonObject.start(out).field("code", "E11.9")
 * .field("date", date).end()}. Field names are ASCII snake_case, written as given.
 */
public final class JsonObject implements FieldWriter {

  /** Field names are a few dozen constants; each is encoded once, with its quotes and colon. */
  private static final Map<String, byte[]> NAMES = new ConcurrentHashMap<>();

  /**
   * A direct-mapped cache in front of {@link #NAMES}, matched by identity: names are string
   * constants, so a field is found with one array read instead of a concurrent map lookup (a year
   * of care writes about 2,500 names a member). A miss, or a race between threads, only costs a
   * lookup in the map; an entry's fields are final, so a thread sees a whole entry or none. The
   * slot is the identity hash, read from the object's header, as the match is by identity.
   */
  private static final java.util.concurrent.atomic.AtomicReferenceArray<Name> RECENT =
      new java.util.concurrent.atomic.AtomicReferenceArray<>(512);

  private record Name(String name, byte[] encoded) {}

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
    int slot = System.identityHashCode(name) & (RECENT.length() - 1);
    Name recent = RECENT.getPlain(slot);
    if (recent == null || recent.name != name) {
      recent = new Name(name, NAMES.computeIfAbsent(name, JsonBytes::field));
      RECENT.setPlain(slot, recent);
    }
    return out.raw(recent.encoded);
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
