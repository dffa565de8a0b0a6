package org.healthsim.interchange.internal.sdtm;

import org.healthsim.generation.internal.output.CsvTableWriter;

/** RFC 4180 fields: quoted when they hold a comma, a quote or a line break; empty for null. */
final class Csv {

  private Csv() {}

  static void cell(String text, StringBuilder line) {
    if (text != null) {
      CsvTableWriter.appendField(text, line);
    }
  }

  /** The header line: the variables' names. */
  static String header(Domain domain) {
    StringBuilder line = new StringBuilder();
    for (Domain.Column c : domain.columns) {
      if (line.length() > 0) {
        line.append(',');
      }
      line.append(c.name());
    }
    return line.append('\n').toString();
  }
}
