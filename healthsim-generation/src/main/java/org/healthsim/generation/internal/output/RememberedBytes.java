package org.healthsim.generation.internal.output;

import java.util.IdentityHashMap;
import java.util.Map;
import org.healthsim.generation.json.JsonBytes;

/**
 * The JSON bytes of values an encoder's lines repeat (a category, a condition, a journey's id, an
 * event's name), encoded at first sight and remembered by identity. An encoder per thread holds
 * one. Past {@value #MAX_REMEMBERED} values it forgets them all and starts again, so values made
 * from data cannot fill it. Not thread-safe.
 */
final class RememberedBytes {

  /** More distinct values than a chunk of lines repeats. */
  static final int MAX_REMEMBERED = 4096;

  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  private final Map<Object, byte[]> remembered = new IdentityHashMap<>();
  private final JsonBytes scratch = new JsonBytes(256);

  /** {@code value} as a JSON string, or {@code null}. */
  byte[] quoted(String value) {
    if (value == null) {
      return NULL;
    }
    byte[] bytes = remembered.get(value);
    if (bytes == null) {
      scratch().string(value);
      bytes = remember(value);
    }
    return bytes;
  }

  /** The bytes remembered for {@code key}, or {@code null} at its first sight. */
  byte[] get(Object key) {
    return remembered.get(key);
  }

  /** An empty buffer to encode a value into before {@link #remember}ing it. */
  JsonBytes scratch() {
    scratch.clear();
    return scratch;
  }

  /** Remembers what was encoded into {@link #scratch} as {@code key}'s bytes. */
  byte[] remember(Object key) {
    if (remembered.size() == MAX_REMEMBERED) {
      remembered.clear();
    }
    byte[] bytes = scratch.toByteArray();
    remembered.put(key, bytes);
    return bytes;
  }
}
