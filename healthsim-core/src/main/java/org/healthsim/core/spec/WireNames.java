package org.healthsim.core.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How enum constants are written in specifications: lower case, as {@code patientsim}, {@code
 * not_in} or {@code uniform}.
 */
public final class WireNames {

  private WireNames() {}

  /** The name {@code constant} is written as. */
  public static String of(Enum<?> constant) {
    return NAMES.get(constant.getDeclaringClass())[constant.ordinal()];
  }

  /** Each enum's wire names by ordinal, made once: output writes one per event. */
  private static final ClassValue<String[]> NAMES =
      new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          String[] names = new String[constants.length];
          for (int i = 0; i < constants.length; i++) {
            names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
          }
          return names;
        }
      };

  /** The constant of {@code type} written as {@code name}, if there is one. */
  public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> of(e).equals(name)).findFirst();
  }

  /** Every name of {@code type}, in declaration order. */
  public static List<String> all(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(WireNames::of).collect(Collectors.toList());
  }
}
