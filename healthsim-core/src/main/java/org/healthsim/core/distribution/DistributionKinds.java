package org.healthsim.core.distribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.healthsim.core.internal.registry.Registry;

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

  private static final Registry<DistributionKind> REGISTERED =
      new Registry<>(
          DistributionKind.class, "distribution kind", "type", DistributionKind::type, BUILT_IN);

  private DistributionKinds() {}

  /**
   * Makes {@code kind} available to every spec read from now on. Registering the same kind again
   * does nothing.
   *
   * @throws IllegalArgumentException when its type is a built-in one, not lower-case letters,
   *     digits and underscores, or taken by another kind
   */
  public static void register(DistributionKind kind) {
    REGISTERED.register(kind);
  }

  /** The registered kind written as {@code type} (case-insensitive), if there is one. */
  public static Optional<DistributionKind> byType(String type) {
    return REGISTERED.get(type);
  }

  /** Every type a spec may write: the built-in ones, then the registered ones in name order. */
  public static List<String> types() {
    List<String> all = new ArrayList<>(BUILT_IN);
    all.addAll(REGISTERED.names());
    return all;
  }
}
