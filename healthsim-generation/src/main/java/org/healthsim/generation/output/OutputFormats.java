package org.healthsim.generation.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one registry of output formats: the built-in ones, those listed as {@link ServiceLoader}
 * services ({@code META-INF/services/org.healthsim.generation.output.OutputFormat}), found on first
 * use, and those {@link #register}ed. The command line's {@code --format} looks names up here.
 */
public final class OutputFormats {

  /** The built-in formats, in the order the command line lists them. */
  public static final List<OutputFormat> BUILT_IN =
      List.of(OutputFormat.NDJSON, OutputFormat.CSV, OutputFormat.DUCKDB, OutputFormat.PARQUET);

  private static final Map<String, OutputFormat> REGISTERED = loadServices();

  private OutputFormats() {}

  private static Map<String, OutputFormat> loadServices() {
    Map<String, OutputFormat> formats = new ConcurrentHashMap<>();
    for (OutputFormat format :
        ServiceLoader.load(OutputFormat.class, OutputFormat.class.getClassLoader())) {
      add(formats, format);
    }
    return formats;
  }

  /**
   * Makes {@code format} available by its name from now on. Registering the same format again does
   * nothing.
   *
   * @throws IllegalArgumentException when its name is not lower-case letters, digits and
   *     underscores, or is taken by a built-in or another registered format
   */
  public static void register(OutputFormat format) {
    add(REGISTERED, Objects.requireNonNull(format, "format"));
  }

  private static void add(Map<String, OutputFormat> formats, OutputFormat format) {
    String name = format.wireName();
    String what = "output format " + format.getClass().getName();
    if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException(
          what + ": its name " + name + " must be lower-case letters, digits and underscores");
    }
    if (builtIn(name).isPresent()) {
      throw new IllegalArgumentException(what + ": " + name + " is a built-in format");
    }
    OutputFormat before = formats.putIfAbsent(name, format);
    if (before != null && before.getClass() != format.getClass()) {
      throw new IllegalArgumentException(
          what + ": the name " + name + " is taken by " + before.getClass().getName());
    }
  }

  private static Optional<OutputFormat> builtIn(String name) {
    return BUILT_IN.stream().filter(f -> f.wireName().equals(name)).findFirst();
  }

  /** The format called {@code name} (case-insensitive), built-in or registered. */
  public static Optional<OutputFormat> byName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String key = name.toLowerCase(Locale.ROOT);
    return builtIn(key).or(() -> Optional.ofNullable(REGISTERED.get(key)));
  }

  /** Every format: the built-in ones, then the registered ones in name order. */
  public static List<OutputFormat> all() {
    List<OutputFormat> all = new ArrayList<>(BUILT_IN);
    REGISTERED.keySet().stream().sorted().map(REGISTERED::get).forEach(all::add);
    return all;
  }

  /** The names of {@link #all}. */
  public static List<String> names() {
    return all().stream().map(OutputFormat::wireName).toList();
  }
}
