package org.healthsim.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthsim.core.internal.validation.Hints;
import org.healthsim.core.validation.SpecValidationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code healthsim} command: {@code java -jar healthsim-examples/target/healthsim.jar}. */
@Command(
    name = "healthsim",
    mixinStandardHelpOptions = true,
    version = "healthsim 0.1.0",
    description = "Reproducible synthetic healthcare data.")
public final class HealthSimCommand implements Runnable {

  /**
   * The commands, by name, in the order {@code --help} lists them. Picocli builds a command's model
   * from its annotations by reflection; only the command a run names is built (all of them when the
   * first argument names none, for the help and the error messages).
   */
  private static final Map<String, Class<?>> COMMANDS = commands();

  /** Exit code for an invalid spec or argument. */
  static final int INVALID = 2;

  /** Exit code for a failure to read or write a file. */
  static final int IO_FAILURE = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** Runs the command line and returns its exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return execute(args, System.in, out, err);
  }

  /**
   * Runs the command line with {@code in} as standard input (the answers {@code healthsim new}
   * reads) and returns its exit code.
   */
  public static int execute(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> type) throws Exception {
            return type == NewCommand.class
                ? type.cast(new NewCommand(in))
                : CommandLine.defaultFactory().create(type);
          }
        };
    CommandLine commandLine = new CommandLine(new HealthSimCommand(), factory);
    Class<?> named = args.length == 0 ? null : COMMANDS.get(args[0]);
    for (Class<?> command : named == null ? COMMANDS.values() : List.of(named)) {
      commandLine.addSubcommand(new CommandLine(command, factory));
    }
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(
        (e, arguments) -> {
          CommandLine failed = e.getCommandLine();
          failed.getErr().println("healthsim: " + e.getMessage());
          if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, failed.getErr())
              && e instanceof CommandLine.UnmatchedArgumentException) {
            suggestOption((CommandLine.UnmatchedArgumentException) e, failed);
          }
          failed
              .getErr()
              .println(
                  "(" + failed.getCommandSpec().qualifiedName() + " --help lists every option)");
          return INVALID;
        });
    commandLine.setExecutionExceptionHandler(
        (e, line, parsed) -> {
          if (outOfMemory(e)) {
            line.getErr().println(OUT_OF_MEMORY);
            return IO_FAILURE;
          }
          if (e instanceof SpecValidationException) {
            line.getErr().println(e.getMessage());
            return INVALID;
          }
          if (e instanceof java.nio.file.FileAlreadyExistsException
              || e instanceof org.healthsim.generation.output.RunDirectoryException) {
            line.getErr().println("healthsim: " + e.getMessage());
            return INVALID;
          }
          if (e instanceof org.healthsim.core.distribution.NoMatchingRuleException) {
            line.getErr().println("healthsim: " + e.getMessage());
            return INVALID;
          }
          if (e instanceof org.healthsim.reference.internal.store.ReferenceImportException
              || e instanceof org.healthsim.reference.ReferenceDatabaseException
              || e instanceof IllegalArgumentException) {
            line.getErr().println("healthsim: " + e.getMessage());
            return INVALID;
          }
          if (e instanceof java.io.IOException
              || e instanceof java.io.UncheckedIOException
              || e instanceof java.sql.SQLException) {
            line.getErr().println("healthsim: " + e.getMessage());
            return IO_FAILURE;
          }
          throw e;
        });
    commandLine.setExecutionStrategy(
        parsed -> {
          WarmUp.finish();
          return new CommandLine.RunLast().execute(parsed);
        });
    return commandLine.execute(args);
  }

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    for (Class<?> command :
        List.of(
            GenerateCommand.class,
            SampleCommand.class,
            ValidateCommand.class,
            TemplatesCommand.class,
            ReferenceCommand.class,
            NewCommand.class,
            VerifyCommand.class)) {
      commands.put(command.getAnnotation(Command.class).name(), command);
    }
    return Collections.unmodifiableMap(commands);
  }

  /** "did you mean --count?" for a mistyped option. */
  private static void suggestOption(CommandLine.UnmatchedArgumentException e, CommandLine failed) {
    List<String> names = new ArrayList<>();
    failed.getCommandSpec().options().forEach(o -> names.addAll(List.of(o.names())));
    for (String unmatched : e.getUnmatched()) {
      if (unmatched.startsWith("--")) {
        Hints.closest(unmatched, names)
            .ifPresent(n -> failed.getErr().println("Did you mean: " + n + "?"));
      }
    }
  }

  /** Entry point. */
  public static void main(String[] args) {
    WarmUp.start();
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code;
    try {
      code = execute(args, out, err);
    } catch (Error e) {
      if (!outOfMemory(e)) {
        throw e;
      }
      err.println(OUT_OF_MEMORY);
      code = IO_FAILURE;
    }
    System.exit(code);
  }

  /** True when {@code e} or one of its causes is an {@link OutOfMemoryError}. */
  static boolean outOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    // A class whose initialiser ran out of memory fails later as "Could not initialize class".
    return e instanceof NoClassDefFoundError
        && String.valueOf(e.getMessage()).startsWith("Could not initialize class");
  }

  /**
   * The one line for a run out of memory: the heap it had and how to give it more. Built before it
   * is needed, so that printing it needs no memory the run no longer has.
   */
  private static final String OUT_OF_MEMORY =
      "healthsim: out of memory (the Java heap is "
          + Runtime.getRuntime().maxMemory() / (1024 * 1024)
          + " MB): give the JVM more, as HEALTHSIM_JAVA_OPTS=-Xmx2g ./healthsim ... or java"
          + " -Xmx2g -jar healthsim.jar ...; nothing was left that looks like a complete run";
}
