package org.healthsim.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process, capturing what it prints. */
final class Cli {

  /** What a run returned and printed. */
  record Run(int exitCode, String out, String err) {}

  private Cli() {}

  static Run run(String... args) {
    return withInput("", args);
  }

  /** Runs the command line with {@code input} as its standard input. */
  static Run withInput(String input, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        HealthSimCommand.execute(
            args,
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }
}
