package org.healthsim.generation.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Known labs (resource {@code lab-catalog.csv}): LOINC code, unit and reporting precision. */
public final class LabCatalog {

  /** Decimals of labs the catalog does not list. */
  public static final int DEFAULT_DECIMALS = 2;

  /**
   * One lab.
   *
   * @param name the name profiles use under {@code clinical.lab_values}
   * @param loinc LOINC code
   * @param display LOINC long common name (shortened)
   * @param unit UCUM unit
   * @param decimals how many decimals results are reported with
   */
  public record Lab(String name, String loinc, String display, String unit, int decimals) {}

  private static final Map<String, Lab> LABS = load();

  private LabCatalog() {}

  /** The lab profiles call {@code name}, if the catalog has it. */
  public static Optional<Lab> lab(String name) {
    return Optional.ofNullable(LABS.get(name));
  }

  /** Every lab, in catalog order. */
  public static Map<String, Lab> all() {
    return LABS;
  }

  /** The reporting precision of lab {@code name}. */
  public static int decimals(String name) {
    Lab lab = LABS.get(name);
    return lab == null ? DEFAULT_DECIMALS : lab.decimals();
  }

  private static Map<String, Lab> load() {
    String resource = "lab-catalog.csv";
    Map<String, Lab> labs = new LinkedHashMap<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                LabCatalog.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      reader
          .lines()
          .filter(line -> !line.startsWith("#") && !line.isBlank() && !line.startsWith("name,"))
          .map(line -> line.split(",", -1))
          .forEach(f -> labs.put(f[0], new Lab(f[0], f[1], f[2], f[3], Integer.parseInt(f[4]))));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return Map.copyOf(labs);
  }
}
