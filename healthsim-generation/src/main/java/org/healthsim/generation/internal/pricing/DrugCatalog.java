package org.healthsim.generation.internal.pricing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthsim.generation.internal.providers.CsvLine;

/** The RxNorm to NDC crosswalk (resource {@code rxnorm-ndc.csv}). */
public final class DrugCatalog {

  /**
   * A dispensable product of a clinical drug.
   *
   * @param rxnorm RxNorm concept
   * @param ndc 11-digit NDC, no dashes
   * @param packageQuantity units in the package
   * @param name the RxNorm name
   * @param unitCost ingredient cost per unit in dollars
   */
  public record Drug(
      String rxnorm, String ndc, int packageQuantity, String name, double unitCost) {}

  private static final Map<String, Drug> BY_RXNORM = load();
  private static final Map<String, Integer> PER_30_DAYS = perThirtyDays();

  private DrugCatalog() {}

  /** The product dispensed for {@code rxnorm}, if the crosswalk has one. */
  public static Optional<Drug> byRxnorm(String rxnorm) {
    return Optional.ofNullable(BY_RXNORM.get(rxnorm));
  }

  /**
   * The units a supply of {@code daysSupply} days dispenses: one a day, or for pens and vials the
   * units of {@code dispensing-quantities.csv} per 30 days, in proportion (at least one).
   */
  public static int dispensedQuantity(String rxnorm, int daysSupply) {
    Integer per30 = PER_30_DAYS.get(rxnorm);
    return per30 == null ? daysSupply : (int) Math.max(1, Math.round(per30 * daysSupply / 30.0));
  }

  public static Map<String, Drug> all() {
    return BY_RXNORM;
  }

  private static Map<String, Integer> perThirtyDays() {
    Map<String, Integer> map = new java.util.HashMap<>();
    for (List<String> r :
        CsvLine.rows(DrugCatalog.class, "dispensing-quantities.csv", "rxnorm,units_per_30_days")) {
      map.put(r.get(0), Integer.parseInt(r.get(1)));
    }
    return Map.copyOf(map);
  }

  private static Map<String, Drug> load() {
    Map<String, Drug> map = new LinkedHashMap<>();
    for (List<String> f :
        CsvLine.rows(
            DrugCatalog.class,
            "rxnorm-ndc.csv",
            "rxnorm,ndc,package_quantity,drug_name,unit_cost")) {
      map.put(
          f.get(0),
          new Drug(
              f.get(0),
              f.get(1),
              Integer.parseInt(f.get(2)),
              f.get(3),
              Double.parseDouble(f.get(4))));
    }
    return Collections.unmodifiableMap(map);
  }
}
