package org.healthsim.interchange.internal.ncpdp;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Writes NCPDP D.0 transmissions into a growable byte buffer, one a line: the fixed-width header,
 * then segments, each a segment separator, a field separator and {@code AM} with the segment id,
 * then its fields, each a field separator, the two-character field id and the value. A group
 * separator opens the transaction's segments after the transmission's own. A value's control
 * characters (the separators among them) become spaces.
 */
final class Transmissions {

  static final byte SEGMENT = 0x1E;
  static final byte GROUP = 0x1D;
  static final byte FIELD = 0x1C;

  private byte[] bytes;
  private int size;
  private int count;

  Transmissions(int capacity) {
    bytes = new byte[Math.max(256, capacity)];
  }

  /** Starts a transmission with its header's fields, each padded to its width. */
  Transmissions header(String... fixedWidth) {
    for (String f : fixedWidth) {
      text(f);
    }
    count++;
    return this;
  }

  /** Starts segment {@code id} ({@code 01} for the patient segment). */
  Transmissions segment(String id) {
    put(SEGMENT);
    put(FIELD);
    text("AM");
    text(id);
    return this;
  }

  /** Opens the transaction: what follows is its segments. */
  Transmissions group() {
    put(GROUP);
    return this;
  }

  /** A field; left out when the value is null. */
  Transmissions field(String id, String value) {
    if (value != null && !value.isEmpty()) {
      put(FIELD);
      text(id);
      text(value);
    }
    return this;
  }

  /** A whole-number field. */
  Transmissions field(String id, long value) {
    return field(id, Long.toString(value));
  }

  /** A date field as {@code CCYYMMDD}; left out when null. */
  Transmissions date(String id, LocalDate date) {
    return date == null ? this : field(id, ccyymmdd(date));
  }

  /** A money field ({@code s9(6)v99}): cents in signed overpunch, {@code 1080} is {@code 108{}. */
  Transmissions amount(String id, long cents) {
    return field(id, Overpunch.encode(cents));
  }

  /** Ends the transmission's line. */
  void end() {
    put((byte) '\n');
  }

  int count() {
    return count;
  }

  int size() {
    return size;
  }

  void writeTo(OutputStream out) throws IOException {
    out.write(bytes, 0, size);
  }

  static String ccyymmdd(LocalDate d) {
    return String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  /** {@code value} left-aligned in {@code width} characters, cut to it. */
  static String pad(String value, int width) {
    String v = value == null ? "" : value;
    return v.length() >= width ? v.substring(0, width) : String.format("%-" + width + "s", v);
  }

  private void text(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      put(c < 0x20 || c > 0x7E ? (byte) ' ' : (byte) c);
    }
  }

  private void put(byte b) {
    if (size == bytes.length) {
      bytes = Arrays.copyOf(bytes, bytes.length * 2);
    }
    bytes[size++] = b;
  }
}
