package org.healthsim.examples.cli;

/** The command line run in-process, for tests outside this package. */
public final class CliRunner {

  /** What a run returned and printed. */
  public record Result(int exitCode, String out, String err) {}

  private CliRunner() {}

  /** Runs {@code healthsim args...}. */
  public static Result run(String... args) {
    Cli.Run run = Cli.run(args);
    return new Result(run.exitCode(), run.out(), run.err());
  }
}
