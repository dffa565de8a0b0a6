package org.healthsim.core.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The HealthSim products (domains) that events and identifiers belong to. */
public enum Product {
  /** Clinical / EHR. */
  PATIENTSIM,
  /** Health-plan enrollment and claims. */
  MEMBERSIM,
  /** Pharmacy benefit. */
  RXMEMBERSIM,
  /** Clinical trials. */
  TRIALSIM;

  /** The name as written in specifications, such as {@code patientsim}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The product written as {@code name}, if there is one. */
  public static Optional<Product> fromWireName(String name) {
    return Arrays.stream(values()).filter(p -> p.wireName().equals(name)).findFirst();
  }

  /** Every wire name, in declaration order. */
  public static List<String> wireNames() {
    return Arrays.stream(values()).map(Product::wireName).collect(Collectors.toList());
  }
}
