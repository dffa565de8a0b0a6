package org.healthsim.generation.handler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthsim.generation.providers.CsvLine;

/** The RxNorm to NDC crosswalk (resource {@code rxnorm-ndc.csv}). */
final class DrugCatalog {

  /**
   * A dispensable product of a clinical drug.
   *
   * @param rxnorm RxNorm concept
   * @param ndc 11-digit NDC, no dashes
   * @param packageQuantity units in the package
   * @param name the RxNorm name
   * @param unitCost ingredient cost per unit in dollars
   */
  record Drug(String rxnorm, String ndc, int packageQuantity, String name, double unitCost) {}

  private static final Map<String, Drug> BY_RXNORM = load();

  private DrugCatalog() {}

  /** The product dispensed for {@code rxnorm}, if the crosswalk has one. */
  static Optional<Drug> byRxnorm(String rxnorm) {
    return Optional.ofNullable(BY_RXNORM.get(rxnorm));
  }

  static Map<String, Drug> all() {
    return BY_RXNORM;
  }

  private static Map<String, Drug> load() {
    Map<String, Drug> map = new LinkedHashMap<>();
    try (InputStream in = DrugCatalog.class.getResourceAsStream("rxnorm-ndc.csv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("rxnorm,")) {
          continue;
        }
        List<String> f = CsvLine.split(line);
        map.put(
            f.get(0),
            new Drug(
                f.get(0),
                f.get(1),
                Integer.parseInt(f.get(2)),
                f.get(3),
                Double.parseDouble(f.get(4))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rxnorm-ndc.csv", e);
    }
    return Collections.unmodifiableMap(map);
  }
}
