package org.healthsim.generation.json;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A growable UTF-8 buffer with just the JSON writing that entity and event lines need: strings
 * escaped per RFC 8259, whole numbers, fixed-decimal numbers and ISO dates, without an object per
 * value. Not thread-safe; one per encoding thread.
 */
public final class JsonBytes {

  private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] DIGIT_PAIRS = digitPairs();
  private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
  private static final int NAME_SLOTS = 1024;

  /** 10^i for i from 0 to 18: a number of n digits is at least TENS[n - 1]. */
  private static final long[] TENS = tens();

  private byte[] bytes;
  private int size;

  /**
   * Field names written so far and their encodings, an open-addressed table matched by identity
   * (names are string constants, a few hundred at most). It belongs to this buffer, so the threads
   * that encode never write to a table another reads; a name not seen before costs one encoding.
   * Made at the first name, so a buffer of other JSON does not carry it.
   */
  private String[] names;

  private byte[][] encodedNames;
  private int nameCount;

  private static byte[] digitPairs() {
    byte[] pairs = new byte[200];
    for (int i = 0; i < 100; i++) {
      pairs[2 * i] = (byte) ('0' + i / 10);
      pairs[2 * i + 1] = (byte) ('0' + i % 10);
    }
    return pairs;
  }

  private static long[] tens() {
    long[] tens = new long[19];
    tens[0] = 1;
    for (int i = 1; i < tens.length; i++) {
      tens[i] = tens[i - 1] * 10;
    }
    return tens;
  }

  /** An empty buffer. */
  public JsonBytes() {
    this(8192);
  }

  /** An empty buffer with room for {@code capacity} bytes before it grows. */
  public JsonBytes(int capacity) {
    this.bytes = new byte[Math.max(64, capacity)];
  }

  /** The bytes written so far, copied. */
  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  /** Bytes {@code from} to {@code to} of what was written, copied. */
  public byte[] copy(int from, int to) {
    checkRange(from, to);
    return Arrays.copyOfRange(bytes, from, to);
  }

  /** Writes the bytes written so far to {@code out}. */
  public void writeTo(java.io.OutputStream out) throws java.io.IOException {
    out.write(bytes, 0, size);
  }

  /**
   * Writes {@code s} as UTF-8 as it is, without quotes or escapes: for text in formats other than
   * JSON (a CSV field), whose caller has quoted it as that format needs.
   */
  public JsonBytes text(String s) {
    int length = s.length();
    ensure(length);
    int at = size;
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return raw(s.getBytes(StandardCharsets.UTF_8));
      }
      bytes[at + i] = (byte) c;
    }
    size = at + length;
    return this;
  }

  /** How many bytes have been written. */
  public int size() {
    return size;
  }

  /** Forgets everything written. */
  public void clear() {
    size = 0;
  }

  /** Writes pre-encoded bytes, such as a field name with its quotes and colon. */
  public JsonBytes raw(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, bytes, size, b.length);
    size += b.length;
    return this;
  }

  /** Writes bytes {@code from} to {@code to} of what {@code other} holds (pre-encoded JSON). */
  public JsonBytes raw(JsonBytes other, int from, int to) {
    other.checkRange(from, to);
    ensure(to - from);
    System.arraycopy(other.bytes, from, bytes, size, to - from);
    size += to - from;
    return this;
  }

  private void checkRange(int from, int to) {
    if (from < 0 || to > size || from > to) {
      throw new IndexOutOfBoundsException(from + ".." + to + " of " + size);
    }
  }

  /** Writes one ASCII character. */
  public JsonBytes raw(char c) {
    ensure(1);
    bytes[size++] = (byte) c;
    return this;
  }

  /**
   * Writes {@code "name":} for a field name. Names are matched by identity, so pass the same string
   * for the same name (a constant); a table of names built from data is cleared when full.
   */
  public JsonBytes fieldName(String name) {
    if (names == null) {
      names = new String[NAME_SLOTS];
      encodedNames = new byte[NAME_SLOTS][];
    }
    int mask = names.length - 1;
    int slot = System.identityHashCode(name) & mask;
    for (String at = names[slot]; at != name; at = names[slot]) {
      if (at == null) {
        if (nameCount == names.length / 2) {
          names = null;
          nameCount = 0;
          return fieldName(name);
        }
        names[slot] = name;
        encodedNames[slot] = field(name);
        nameCount++;
        break;
      }
      slot = (slot + 1) & mask;
    }
    return raw(encodedNames[slot]);
  }

  /** Writes a string value, quoted and escaped, or {@code null}. */
  public JsonBytes string(String s) {
    if (s == null) {
      return raw(NULL);
    }
    int length = s.length();
    ensure(length * 6 + 2);
    bytes[size] = '"';
    int start = size + 1;
    latin1(s, length, start);
    // The chars, not the bytes copied: a char above Latin-1 may have a plain low byte ('Ł' is
    // 0x141).
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
        // Chars above 0x7F and escapes take the careful path.
        size = start;
        escaped(s, i);
        bytes[size++] = '"';
        return this;
      }
    }
    size = start + length;
    bytes[size++] = '"';
    return this;
  }

  /**
   * Copies the low byte of each char: for the ASCII strings that make up nearly all output this is
   * the UTF-8 encoding, copied without allocating. {@link #string} checks the chars and takes the
   * careful path for anything else.
   */
  @SuppressWarnings("deprecation")
  private void latin1(String s, int length, int at) {
    s.getBytes(0, length, bytes, at);
  }

  /** Writes {@code s} from char {@code from} on (the chars before it are plain ASCII, written). */
  private void escaped(String s, int from) {
    size += from;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        bytes[size++] = (byte) c;
      } else if (c == '"' || c == '\\') {
        bytes[size++] = '\\';
        bytes[size++] = (byte) c;
      } else if (c < 0x20) {
        escapeControl(c);
      } else {
        int end = i + 1;
        while (end < s.length() && s.charAt(end) >= 0x80) {
          end++;
        }
        byte[] utf8 = s.substring(i, end).getBytes(StandardCharsets.UTF_8);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
        i = end - 1;
      }
    }
  }

  private void escapeControl(char c) {
    bytes[size++] = '\\';
    switch (c) {
      case '\n':
        bytes[size++] = 'n';
        break;
      case '\r':
        bytes[size++] = 'r';
        break;
      case '\t':
        bytes[size++] = 't';
        break;
      default:
        bytes[size++] = 'u';
        bytes[size++] = '0';
        bytes[size++] = '0';
        bytes[size++] = HEX[c >> 4];
        bytes[size++] = HEX[c & 0xF];
        break;
    }
  }

  /** Writes a whole number. */
  public JsonBytes number(long v) {
    ensure(20);
    if (v == Long.MIN_VALUE) {
      return raw(Long.toString(v).getBytes(StandardCharsets.US_ASCII));
    }
    if (v < 0) {
      bytes[size++] = '-';
      v = -v;
    }
    digits(v, 1);
    return this;
  }

  /** Writes a whole number, or {@code null}. */
  public JsonBytes number(Integer v) {
    return v == null ? raw(NULL) : number((long) v);
  }

  /** Writes an amount given in cents as dollars with exactly two decimals: 1234 as 12.34. */
  public JsonBytes cents(long cents) {
    if (cents < 0) {
      if (cents == Long.MIN_VALUE) {
        throw new IllegalArgumentException("amount out of range: " + cents + " cents");
      }
      raw('-');
      cents = -cents;
    }
    number(cents / 100);
    ensure(3);
    int rest = (int) (cents % 100);
    bytes[size++] = '.';
    bytes[size++] = DIGIT_PAIRS[2 * rest];
    bytes[size++] = DIGIT_PAIRS[2 * rest + 1];
    return this;
  }

  /**
   * Writes {@code v} with exactly {@code decimals} digits after the point (none when 0), rounding
   * half away from zero: {@code 8.2} with 1 decimal is {@code 8.2}, {@code 71.0} with 0 is {@code
   * 71}.
   */
  public JsonBytes decimal(double v, int decimals) {
    if (!Double.isFinite(v)) {
      return raw(NULL);
    }
    if (decimals > 6 || Math.abs(v) > 1e12) {
      return raw(Double.toString(v).getBytes(StandardCharsets.US_ASCII));
    }
    long scale = POWERS[decimals];
    long scaled = Math.round(Math.abs(v) * scale);
    ensure(32);
    if (v < 0 && scaled != 0) {
      bytes[size++] = '-';
    }
    digits(scaled / scale, 1);
    if (decimals > 0) {
      bytes[size++] = '.';
      digits(scaled % scale, decimals);
    }
    return this;
  }

  /** Writes a date as a quoted ISO date, or {@code null}. */
  public JsonBytes date(LocalDate d) {
    if (d == null) {
      return raw(NULL);
    }
    if (!fourDigitYear(d)) {
      return string(d.toString());
    }
    ensure(12);
    bytes[size] = '"';
    isoDate(bytes, size + 1, d);
    bytes[size + 11] = '"';
    size += 12;
    return this;
  }

  /**
   * Writes a date as an ISO date without quotes ({@code d.toString()}): for text formats other than
   * JSON (a CSV field).
   */
  public JsonBytes isoDate(LocalDate d) {
    if (!fourDigitYear(d)) {
      return text(d.toString());
    }
    ensure(10);
    isoDate(bytes, size, d);
    size += 10;
    return this;
  }

  private static boolean fourDigitYear(LocalDate d) {
    return d.getYear() >= 0 && d.getYear() <= 9999;
  }

  /** {@code yyyy-MM-dd} at {@code at}, for a year of {@link #fourDigitYear}. */
  private static void isoDate(byte[] b, int at, LocalDate d) {
    int year = d.getYear();
    pair(b, at, year / 100);
    pair(b, at + 2, year % 100);
    b[at + 4] = '-';
    pair(b, at + 5, d.getMonthValue());
    b[at + 7] = '-';
    pair(b, at + 8, d.getDayOfMonth());
  }

  /** Writes {@code true} or {@code false}. */
  public JsonBytes bool(boolean b) {
    return raw(b ? TRUE : FALSE);
  }

  /** Writes {@code null}. */
  public JsonBytes nullValue() {
    return raw(NULL);
  }

  /** Writes a non-negative number with at least {@code width} digits, zero-padded. */
  private void digits(long v, int width) {
    int length = 1;
    while (length < TENS.length && v >= TENS[length]) {
      length++;
    }
    length = Math.max(length, width);
    int at = size + length;
    while (v >= 100) {
      int pair = (int) (v % 100) * 2;
      v /= 100;
      bytes[--at] = DIGIT_PAIRS[pair + 1];
      bytes[--at] = DIGIT_PAIRS[pair];
    }
    if (v >= 10) {
      int pair = (int) v * 2;
      bytes[--at] = DIGIT_PAIRS[pair + 1];
      bytes[--at] = DIGIT_PAIRS[pair];
    } else {
      bytes[--at] = (byte) ('0' + v);
    }
    while (at > size) {
      bytes[--at] = '0';
    }
    size += length;
  }

  /** Writes the two digits of {@code v} (0 to 99) at {@code at}. */
  private static void pair(byte[] b, int at, int v) {
    b[at] = DIGIT_PAIRS[2 * v];
    b[at + 1] = DIGIT_PAIRS[2 * v + 1];
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }

  /** The bytes of {@code "name":}, for {@link #raw(byte[])}. */
  public static byte[] field(String name) {
    return ("\"" + name + "\":").getBytes(StandardCharsets.UTF_8);
  }
}
