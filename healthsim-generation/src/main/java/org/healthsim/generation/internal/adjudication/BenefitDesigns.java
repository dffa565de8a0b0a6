package org.healthsim.generation.internal.adjudication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.healthsim.core.spec.LineOfBusiness;
import org.healthsim.generation.internal.plan.PlanCatalog;

/**
 * The built-in benefit designs ({@code benefit-designs.json}) and which applies to a member: its
 * plan's ({@code plans.csv}), else its line of business's default.
 */
public final class BenefitDesigns {

  private static final String RESOURCE = "benefit-designs.json";
  private static final BenefitDesigns BUILT_IN = load();

  private final Map<String, BenefitDesign> byId;
  private final Map<LineOfBusiness, BenefitDesign> defaults;

  private BenefitDesigns(
      Map<String, BenefitDesign> byId, Map<LineOfBusiness, BenefitDesign> defaults) {
    this.byId = Map.copyOf(byId);
    this.defaults = Map.copyOf(defaults);
  }

  /** The designs shipped with the library. */
  public static BenefitDesigns builtIn() {
    return BUILT_IN;
  }

  /** The design with {@code id}. */
  public BenefitDesign get(String id) {
    BenefitDesign d = byId.get(id);
    if (d == null) {
      throw new IllegalArgumentException(
          "unknown benefit design " + id + " (known: " + String.join(", ", byId.keySet()) + ")");
    }
    return d;
  }

  /** The design of a member with {@code plan} in {@code lineOfBusiness}. */
  public BenefitDesign forMember(String plan, LineOfBusiness lineOfBusiness) {
    if (lineOfBusiness == LineOfBusiness.UNINSURED) {
      return defaults.get(LineOfBusiness.UNINSURED);
    }
    return PlanCatalog.benefitDesign(plan).map(this::get).orElse(defaults.get(lineOfBusiness));
  }

  private static BenefitDesigns load() {
    try (InputStream in = BenefitDesigns.class.getResourceAsStream(RESOURCE)) {
      JsonNode root = new ObjectMapper().readTree(in);
      Map<String, BenefitDesign> byId = new LinkedHashMap<>();
      for (JsonNode d : root.get("designs")) {
        String id = d.get("id").asText();
        byId.put(id, design(id, d));
      }
      Map<LineOfBusiness, BenefitDesign> defaults = new EnumMap<>(LineOfBusiness.class);
      for (Map.Entry<String, JsonNode> e : root.get("line_of_business_defaults").properties()) {
        LineOfBusiness lob =
            LineOfBusiness.parse(e.getKey())
                .orElseThrow(
                    () -> new IllegalStateException(RESOURCE + ": unknown line " + e.getKey()));
        BenefitDesign d = byId.get(e.getValue().asText());
        if (d == null) {
          throw new IllegalStateException(RESOURCE + ": unknown design " + e.getValue());
        }
        defaults.put(lob, d);
      }
      for (LineOfBusiness lob : LineOfBusiness.values()) {
        if (!defaults.containsKey(lob)) {
          throw new IllegalStateException(RESOURCE + ": no default design for " + lob);
        }
      }
      return new BenefitDesigns(byId, defaults);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static BenefitDesign design(String id, JsonNode d) {
    String where = RESOURCE + " design " + id;
    JsonNode m = need(d, "medical", where);
    Map<String, Long> copays = new HashMap<>();
    for (Map.Entry<String, JsonNode> e : need(m, "copays", where).properties()) {
      copays.put(
          e.getKey(), e.getKey().endsWith("_days") ? e.getValue().asLong() : cents(e.getValue()));
    }
    BenefitDesign.Medical medical =
        new BenefitDesign.Medical(
            cents(need(m, "deductible", where)),
            need(m, "coinsurance", where).asDouble(),
            centsOrNull(need(m, "out_of_pocket_max", where)),
            cents(need(m, "inpatient_deductible_per_benefit_period", where)),
            copays,
            need(m, "labs_covered_in_full", where).asBoolean(),
            need(m, "preventive_covered_in_full", where).asBoolean(),
            need(m, "copays_before_deductible", where).asBoolean());
    JsonNode p = need(d, "pharmacy", where);
    BenefitDesign.Pharmacy pharmacy =
        new BenefitDesign.Pharmacy(
            cents(need(p, "deductible", where)),
            need(p, "deductible_applies_to_generics", where).asBoolean(),
            centsOrNull(need(p, "generic_copay", where)),
            centsOrNull(need(p, "brand_copay", where)),
            need(p, "coinsurance", where).asDouble(),
            centsOrNull(need(p, "out_of_pocket_max", where)),
            need(p, "shares_medical_deductible", where).asBoolean());
    JsonNode a = need(d, "adjudication", where);
    BenefitDesign.Rates rates =
        new BenefitDesign.Rates(
            rate(a, "professional_denial_rate", where),
            rate(a, "institutional_denial_rate", where),
            rate(a, "line_denial_rate", where),
            rate(a, "pended_rate", where),
            rate(a, "void_rate", where),
            rate(a, "appeal_rate", where),
            rate(a, "appeal_overturn_rate", where),
            rate(a, "pharmacy_reject_rate", where),
            rate(a, "pharmacy_reversal_rate", where),
            need(a, "payment_floor_days", where).asInt());
    need(d, "sources", where);
    return new BenefitDesign(id, need(d, "description", where).asText(), medical, pharmacy, rates);
  }

  private static JsonNode need(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null) {
      throw new IllegalStateException(where + ": missing " + field);
    }
    return v;
  }

  private static double rate(JsonNode node, String field, String where) {
    double v = need(node, field, where).asDouble();
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalStateException(where + ": " + field + " must be within 0..1");
    }
    return v;
  }

  /** Dollars in the file to exact cents. */
  private static long cents(JsonNode dollars) {
    return new BigDecimal(dollars.asText()).movePointRight(2).longValueExact();
  }

  private static Long centsOrNull(JsonNode dollars) {
    return dollars.isNull() ? null : cents(dollars);
  }
}
