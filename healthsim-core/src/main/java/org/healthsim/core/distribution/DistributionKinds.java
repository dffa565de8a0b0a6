package org.healthsim.core.distribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one registry of distribution kinds beyond the built-in ones: those listed as {@link
 * java.util.ServiceLoader} services, found on first use, and those {@link #register}ed. Spec
 * reading ({@code SpecReader}) and {@link Distributions#create} look kinds up here by {@code type}.
 */
public final class DistributionKinds {

  /** The {@code type} names of the built-in kinds, which no registered kind may take. */
  public static final List<String> BUILT_IN =
      List.of(
          "normal",
          "log_normal",
          "lognormal",
          "uniform",
          "uniform_int",
          "categorical",
          "age_bands",
          "explicit",
          "conditional");

  private static final Map<String, DistributionKind> REGISTERED = loadServices();

  private DistributionKinds() {}

  private static Map<String, DistributionKind> loadServices() {
    Map<String, DistributionKind> kinds = new ConcurrentHashMap<>();
    for (DistributionKind kind :
        ServiceLoader.load(DistributionKind.class, DistributionKind.class.getClassLoader())) {
      add(kinds, kind);
    }
    return kinds;
  }

  /**
   * Makes {@code kind} available to every spec read from now on. Registering the same kind again
   * does nothing.
   *
   * @throws IllegalArgumentException when its type is a built-in one, not lower-case letters,
   *     digits and underscores, or taken by another kind
   */
  public static void register(DistributionKind kind) {
    add(REGISTERED, Objects.requireNonNull(kind, "kind"));
  }

  private static void add(Map<String, DistributionKind> kinds, DistributionKind kind) {
    String type = kind.type();
    if (type == null || !type.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException(
          "distribution kind "
              + kind.getClass().getName()
              + ": type "
              + type
              + " must be lower-case letters, digits and underscores");
    }
    if (BUILT_IN.contains(type)) {
      throw new IllegalArgumentException(
          "distribution kind " + kind.getClass().getName() + ": " + type + " is a built-in type");
    }
    DistributionKind before = kinds.putIfAbsent(type, kind);
    if (before != null && before.getClass() != kind.getClass()) {
      throw new IllegalArgumentException(
          "distribution kind "
              + kind.getClass().getName()
              + ": type "
              + type
              + " is taken by "
              + before.getClass().getName());
    }
  }

  /** The registered kind written as {@code type} (case-insensitive), if there is one. */
  public static Optional<DistributionKind> byType(String type) {
    return type == null
        ? Optional.empty()
        : Optional.ofNullable(REGISTERED.get(type.toLowerCase(Locale.ROOT)));
  }

  /** Every type a spec may write: the built-in ones, then the registered ones in name order. */
  public static List<String> types() {
    List<String> all = new ArrayList<>(BUILT_IN);
    REGISTERED.keySet().stream().sorted().forEach(all::add);
    return all;
  }
}
