package org.healthsim.examples.cli;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 rows: fields with a comma, quote or line break are quoted, quotes doubled. */
final class Csv {

  private Csv() {}

  static String row(List<?> fields) {
    return fields.stream().map(Csv::field).collect(Collectors.joining(",", "", "\n"));
  }

  static String field(Object value) {
    if (value == null) {
      return "";
    }
    String text = String.valueOf(value);
    if (text.indexOf(',') < 0
        && text.indexOf('"') < 0
        && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
