package org.healthsim.generation.person;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ZIP codes of each state and the county of each ZIP code, from Datafaker's {@code _US.yml}
 * ({@code address.postcode_by_state}, {@code address.county_by_postcode}). That file is 1.5 MB of
 * one-line entries ({@code AL: ["35004", ...]}, {@code '99553': [Aleutians East]}), read as bytes
 * when a run starts and its code is not yet compiled: a string is made for each ZIP code of a
 * state, and for each county once (its ZIP codes are listed together), which is what makes it cheap
 * enough to be on the first entity's path.
 */
final class UsPostcodes {

  private static final String FILE = "_US.yml";
  private static final int ZIP_CODES = 100_000;

  private final Map<String, List<String>> zipsByState = new HashMap<>();
  private final String[] countyByZip = new String[ZIP_CODES];

  private UsPostcodes() {}

  /** Reads them from Datafaker's jar. */
  static UsPostcodes read() {
    UsPostcodes read = new UsPostcodes();
    read.parse(FakerLists.bytes(FILE));
    if (read.zipsByState.isEmpty() || Arrays.stream(read.countyByZip).allMatch(c -> c == null)) {
      throw new IllegalStateException(
          "Datafaker's " + FILE + " holds no ZIP codes in the form this reads; see PersonDataTest");
    }
    return read;
  }

  /** The ZIP codes of the state with USPS abbreviation {@code state}, none when unknown. */
  List<String> zips(String state) {
    return zipsByState.getOrDefault(state, List.of());
  }

  /**
   * The county of a ZIP code of {@link #zips}, or null when the file names none, or the code is not
   * five digits (Datafaker lists {@code " 36877"} for Alabama); a county entry whose key is not
   * five digits is passed over, and PersonDataTest would see it missing.
   */
  String county(String zip) {
    int code = zipCode(zip.getBytes(StandardCharsets.ISO_8859_1), 0, zip.length());
    return code < 0 ? null : countyByZip[code];
  }

  /** Five digits as a number, 0 to 99,999; -1 for anything else. */
  private static int zipCode(byte[] text, int from, int to) {
    if (to - from != 5) {
      return -1;
    }
    int code = 0;
    for (int i = from; i < to; i++) {
      if (text[i] < '0' || text[i] > '9') {
        return -1;
      }
      code = code * 10 + text[i] - '0';
    }
    return code;
  }

  /** Every state's ZIP codes, as the file lists them. */
  Map<String, List<String>> zipsByState() {
    return Map.copyOf(zipsByState);
  }

  /** Every ZIP code with a county, and its (first) county. */
  Map<String, String> countyByZip() {
    Map<String, String> counties = new TreeMap<>();
    for (int zip = 0; zip < ZIP_CODES; zip++) {
      if (countyByZip[zip] != null) {
        counties.put(String.format("%05d", zip), countyByZip[zip]);
      }
    }
    return counties;
  }

  private void parse(byte[] text) {
    String section = "";
    int lastFrom = 0;
    int lastTo = 0;
    String lastCounty = null;
    for (int start = 0, end; start < text.length; start = end + 1) {
      end = start;
      while (end < text.length && text[end] != '\n') {
        end++;
      }
      int stop = end > start && text[end - 1] == '\r' ? end - 1 : end;
      int indent = 0;
      while (start + indent < stop && text[start + indent] == ' ') {
        indent++;
      }
      if (indent == 6) {
        section = new String(text, start, stop - start, StandardCharsets.UTF_8).strip();
        continue;
      }
      boolean states = section.equals("postcode_by_state:");
      if (indent < 8
          || text[stop - 1] != ']'
          || !states && !section.equals("county_by_postcode:")) {
        continue;
      }
      int colon = indexOf(text, start + 8, stop, ": [");
      if (colon < 0) {
        continue;
      }
      long key = unquoted(text, start + 8, colon);
      if (states) {
        zipsByState.put(string(text, key), items(text, colon + 3, stop - 1));
        continue;
      }
      long county = new Items(text, colon + 3, stop - 1).next();
      if (county < 0) {
        continue;
      }
      int from = (int) (county >>> 32);
      int to = (int) county;
      if (lastCounty == null || !Arrays.equals(text, from, to, text, lastFrom, lastTo)) {
        lastCounty = string(text, county);
        lastFrom = from;
        lastTo = to;
      }
      int zip = zipCode(text, (int) (key >>> 32), (int) key);
      if (zip >= 0) {
        countyByZip[zip] = lastCounty;
      }
    }
  }

  private static int indexOf(byte[] text, int from, int to, String ascii) {
    for (int i = from; i + ascii.length() <= to; i++) {
      int k = 0;
      while (k < ascii.length() && text[i + k] == ascii.charAt(k)) {
        k++;
      }
      if (k == ascii.length()) {
        return i;
      }
    }
    return -1;
  }

  /** The items of a one-line YAML flow sequence's inside: quoted or plain, comma-separated. */
  private static List<String> items(byte[] text, int from, int to) {
    List<String> items = new ArrayList<>();
    Items in = new Items(text, from, to);
    for (long item = in.next(); item >= 0; item = in.next()) {
      items.add(string(text, item));
    }
    return List.copyOf(items);
  }

  /** The items of a flow sequence's inside, one at a time. */
  private static final class Items {
    private final byte[] text;
    private final int to;
    private int at;

    Items(byte[] text, int from, int to) {
      this.text = text;
      this.at = from;
      this.to = to;
    }

    /** The next item that is not blank, as its unquoted range, or -1 when there is none. */
    long next() {
      while (at <= to) {
        int end = at;
        while (end < to && text[end] != ',') {
          end++;
        }
        int a = at;
        int b = end;
        while (a < b && text[a] == ' ') {
          a++;
        }
        while (b > a && text[b - 1] == ' ') {
          b--;
        }
        at = end + 1;
        if (a < b) {
          return unquoted(text, a, b);
        }
      }
      return -1;
    }
  }

  /** A range of {@code text}, without its quotes when quoted, packed as {@code from << 32 | to}. */
  private static long unquoted(byte[] text, int from, int to) {
    boolean quoted =
        to - from >= 2 && (text[from] == '"' || text[from] == '\'') && text[to - 1] == text[from];
    return quoted ? (long) (from + 1) << 32 | (to - 1) : (long) from << 32 | to;
  }

  private static String string(byte[] text, long range) {
    int from = (int) (range >>> 32);
    return new String(text, from, (int) range - from, StandardCharsets.UTF_8);
  }
}
