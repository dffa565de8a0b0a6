package org.healthsim.generation.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.healthsim.core.internal.registry.Registry;

/**
 * The one registry of output formats: the built-in ones, those listed as {@link
 * java.util.ServiceLoader} services ({@code
 * META-INF/services/org.healthsim.generation.output.OutputFormat}), found on first use, and those
 * {@link #register}ed. The command line's {@code --format} looks names up here.
 */
public final class OutputFormats {

  /** The built-in formats, in the order the command line lists them. */
  public static final List<OutputFormat> BUILT_IN =
      List.of(OutputFormat.NDJSON, OutputFormat.CSV, OutputFormat.DUCKDB, OutputFormat.PARQUET);

  private static final Registry<OutputFormat> REGISTERED =
      new Registry<>(
          OutputFormat.class,
          "output format",
          "format",
          OutputFormat::wireName,
          BUILT_IN.stream().map(OutputFormat::wireName).toList());

  private OutputFormats() {}

  /**
   * Makes {@code format} available by its name from now on. Registering the same format again does
   * nothing.
   *
   * @throws IllegalArgumentException when its name is not lower-case letters, digits and
   *     underscores, or is taken by a built-in or another registered format
   */
  public static void register(OutputFormat format) {
    REGISTERED.register(format);
  }

  private static Optional<OutputFormat> builtIn(String name) {
    return BUILT_IN.stream().filter(f -> f.wireName().equals(name)).findFirst();
  }

  /** The format called {@code name} (case-insensitive), built-in or registered. */
  public static Optional<OutputFormat> byName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return builtIn(name.toLowerCase(Locale.ROOT)).or(() -> REGISTERED.get(name));
  }

  /**
   * Several formats written in one run, into one directory: each entity is generated and its
   * timeline built once, then written in each format ({@code --format parquet,fhir}).
   *
   * @throws IllegalArgumentException for fewer than two formats, or one given twice
   */
  public static OutputFormat combined(List<OutputFormat> formats) {
    return new org.healthsim.generation.internal.output.CombinedFormat(formats);
  }

  /** Every format: the built-in ones, then the registered ones in name order. */
  public static List<OutputFormat> all() {
    List<OutputFormat> all = new ArrayList<>(BUILT_IN);
    all.addAll(REGISTERED.all());
    return all;
  }

  /** The names of {@link #all}. */
  public static List<String> names() {
    return all().stream().map(OutputFormat::wireName).toList();
  }
}
