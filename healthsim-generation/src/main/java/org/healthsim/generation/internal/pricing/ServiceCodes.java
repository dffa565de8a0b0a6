package org.healthsim.generation.internal.pricing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthsim.generation.internal.providers.CsvLine;

/** CPT and HCPCS codes with their Medicare payment amounts (resource {@code service-codes.csv}). */
public final class ServiceCodes {

  /**
   * One billable service.
   *
   * @param code CPT or HCPCS Level II code
   * @param system {@code CPT} or {@code HCPCS}
   * @param description short description
   * @param category office_visit, lab, imaging, ...
   * @param medicareAllowed approximate 2024 Medicare national amount in dollars
   */
  public record Service(
      String code, String system, String description, String category, double medicareAllowed) {

    /** True for an operation (category {@code surgery}): a surgeon bills it, and it sets a DRG. */
    public boolean surgical() {
      return category.equals("surgery");
    }
  }

  private static final Map<String, Service> CODES = load();

  private ServiceCodes() {}

  /**
   * The service with {@code code}.
   *
   * @throws IllegalArgumentException for a code the catalog does not have
   */
  public static Service get(String code) {
    Service s = CODES.get(code);
    if (s == null) {
      throw new IllegalArgumentException(
          "unknown CPT/HCPCS code " + code + " (see service-codes.csv)");
    }
    return s;
  }

  public static Map<String, Service> all() {
    return CODES;
  }

  private static Map<String, Service> load() {
    Map<String, Service> map = new LinkedHashMap<>();
    for (List<String> f :
        CsvLine.rows(
            ServiceCodes.class,
            "service-codes.csv",
            "code,system,description,category,medicare_allowed")) {
      map.put(
          f.get(0),
          new Service(f.get(0), f.get(1), f.get(2), f.get(3), Double.parseDouble(f.get(4))));
    }
    return Collections.unmodifiableMap(map);
  }
}
