package org.healthsim.core.internal.registry;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Things an application adds by name (kinds of distribution, output formats): those listed as
 * {@link ServiceLoader} services of {@code service}, loaded when the registry is made, and those
 * {@link #register}ed, beside built-in names no one may take. Thread-safe.
 *
 * @param <T> what is registered
 */
public final class Registry<T> {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*(-[a-z0-9_]+)*");

  private final String what;
  private final String noun;
  private final Function<T, String> nameOf;
  private final Set<String> builtIn;
  private final Map<String, T> registered = new ConcurrentHashMap<>();

  /**
   * @param what how errors name a registered thing, such as {@code output format}
   * @param noun what a built-in name is called in errors, such as {@code format}
   * @param builtIn names taken by the built-in things
   */
  public Registry(
      Class<T> service,
      String what,
      String noun,
      Function<T, String> nameOf,
      Collection<String> builtIn) {
    this.what = what;
    this.noun = noun;
    this.nameOf = nameOf;
    this.builtIn = Set.copyOf(builtIn);
    for (T found : ServiceLoader.load(service, service.getClassLoader())) {
      register(found);
    }
  }

  /**
   * Adds {@code item} under its name; the same class again does nothing.
   *
   * @throws IllegalArgumentException when its name is not lower-case letters, digits and
   *     underscores with single hyphens between them, is a built-in name, or is taken by another
   *     class
   */
  public void register(T item) {
    Objects.requireNonNull(item, what);
    String name = nameOf.apply(item);
    String who = what + " " + item.getClass().getName();
    requireName(who, name);
    if (builtIn.contains(name)) {
      throw new IllegalArgumentException(who + ": " + name + " is a built-in " + noun);
    }
    T before = registered.putIfAbsent(name, item);
    if (before != null && before.getClass() != item.getClass()) {
      throw new IllegalArgumentException(
          who + ": the name " + name + " is taken by " + before.getClass().getName());
    }
  }

  /**
   * Refuses a name an extension may not take: anything but lower-case letters, digits and
   * underscores, starting with a letter, with single hyphens between them ({@code fhir-bundle}).
   *
   * @param who the extension as errors name it, such as {@code output format com.example.Tsv}
   * @throws IllegalArgumentException naming {@code who} and the rule
   */
  public static void requireName(String who, String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          who
              + ": its name "
              + name
              + " must be lower-case letters, digits and underscores, with single hyphens"
              + " between them");
    }
  }

  /** The thing registered as {@code name} (case-insensitive), if any. */
  public Optional<T> get(String name) {
    return name == null
        ? Optional.empty()
        : Optional.ofNullable(registered.get(name.toLowerCase(Locale.ROOT)));
  }

  /** The registered things in name order. */
  public List<T> all() {
    return registered.keySet().stream().sorted().map(registered::get).toList();
  }

  /** The registered names in order. */
  public List<String> names() {
    return registered.keySet().stream().sorted().toList();
  }
}
