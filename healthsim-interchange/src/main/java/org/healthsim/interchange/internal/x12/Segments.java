package org.healthsim.interchange.internal.x12;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Writes X12 segments into a growable byte buffer: {@code seg("CLM").el(id).money(cents)...end()}.
 * Elements are separated by {@code *}, components by {@code :}, segments end with {@code ~} and a
 * line break; trailing empty elements are left out. X12 has no escape, so a delimiter or a
 * character outside printable ASCII in a value becomes a space (values are upper-cased names and
 * codes here, so this only guards against a spec's free text). Counts its segments, for SE01.
 */
final class Segments {

  static final char ELEMENT = '*';
  static final char COMPONENT = ':';
  static final char REPETITION = '^';
  static final char TERMINATOR = '~';

  private byte[] bytes;
  private int size;
  private int segments;

  /** Where the segment's content ends if no further element has a value. */
  private int lastValue;

  Segments(int capacity) {
    bytes = new byte[Math.max(256, capacity)];
  }

  /** Starts a segment. */
  Segments seg(String tag) {
    ascii(tag);
    lastValue = size;
    return this;
  }

  /** A text element; empty when null. */
  Segments el(String value) {
    put(ELEMENT);
    if (value != null && !value.isEmpty()) {
      text(value);
      lastValue = size;
    }
    return this;
  }

  /** A whole-number element. */
  Segments el(long value) {
    return el(Long.toString(value));
  }

  /** An amount in cents as an X12 decimal: {@code 1234.5}, {@code 100}, {@code 0}. */
  Segments money(long cents) {
    return el(decimal(cents));
  }

  /** A date as {@code CCYYMMDD}. */
  Segments date(LocalDate date) {
    return el(date == null ? null : ccyymmdd(date));
  }

  /** A composite element of its components, for example {@code HC:99213}. */
  Segments composite(String... components) {
    put(ELEMENT);
    int end = components.length;
    while (end > 0 && (components[end - 1] == null || components[end - 1].isEmpty())) {
      end--;
    }
    for (int i = 0; i < end; i++) {
      if (i > 0) {
        put(COMPONENT);
      }
      if (components[i] != null) {
        text(components[i]);
      }
    }
    if (end > 0) {
      lastValue = size;
    }
    return this;
  }

  /** Ends the segment, dropping trailing empty elements. */
  Segments end() {
    size = lastValue;
    put(TERMINATOR);
    put('\n');
    segments++;
    return this;
  }

  /** The segments written. */
  int count() {
    return segments;
  }

  /** The bytes written. */
  int size() {
    return size;
  }

  /** Writes bytes {@code from} to {@code to} to {@code out}. */
  void writeTo(java.io.OutputStream out, int from, int to) throws java.io.IOException {
    out.write(bytes, from, to - from);
  }

  /** Forgets what was written. */
  void clear() {
    size = 0;
    segments = 0;
  }

  /** {@code CCYYMMDD}. */
  static String ccyymmdd(LocalDate d) {
    return String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  /** Cents as an X12 decimal, trailing zeros of the fraction left out. */
  static String decimal(long cents) {
    String sign = cents < 0 ? "-" : "";
    long abs = Math.abs(cents);
    long whole = abs / 100;
    int rest = (int) (abs % 100);
    if (rest == 0) {
      return sign + whole;
    }
    return rest % 10 == 0
        ? sign + whole + "." + rest / 10
        : sign + whole + "." + (rest < 10 ? "0" : "") + rest;
  }

  private void text(String value) {
    ensure(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean plain =
          c >= 0x20
              && c < 0x7F
              && c != ELEMENT
              && c != COMPONENT
              && c != REPETITION
              && c != TERMINATOR;
      bytes[size++] = (byte) (plain ? c : ' ');
    }
  }

  private void ascii(String s) {
    ensure(s.length());
    for (int i = 0; i < s.length(); i++) {
      bytes[size++] = (byte) s.charAt(i);
    }
  }

  private void put(char c) {
    ensure(1);
    bytes[size++] = (byte) c;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }

  /** The bytes of a string of printable ASCII, for constant segments. */
  static byte[] asciiBytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
