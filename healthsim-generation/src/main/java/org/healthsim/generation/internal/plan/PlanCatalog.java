package org.healthsim.generation.internal.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthsim.core.expression.EvaluationContext;
import org.healthsim.core.spec.LineOfBusiness;
import org.healthsim.generation.internal.providers.CsvLine;

/**
 * The plans entities are drawn into ({@code plans.csv}) and the line of business of each, so an
 * entity's line of business is one value read one way: its plan's when the plan is known, else its
 * coverage type's.
 */
public final class PlanCatalog {

  private static final String RESOURCE = "plans.csv";

  /** A catalogued plan: its line of business and the id of its benefit design. */
  private record Entry(LineOfBusiness lineOfBusiness, String benefitDesign) {}

  private static final Map<String, Entry> PLANS = load();

  private PlanCatalog() {}

  /** The line of business of a catalogued plan. */
  public static Optional<LineOfBusiness> lineOfBusiness(String plan) {
    return entry(plan).map(Entry::lineOfBusiness);
  }

  /** The benefit design of a catalogued plan (an id in {@code benefit-designs.json}). */
  public static Optional<String> benefitDesign(String plan) {
    return entry(plan).map(Entry::benefitDesign);
  }

  private static Optional<Entry> entry(String plan) {
    return plan == null ? Optional.empty() : Optional.ofNullable(PLANS.get(plan));
  }

  /**
   * An entity's line of business: its plan's, else its coverage type's ({@link LineOfBusiness#of}).
   * Uninsured entities (coverage type {@code Uninsured}) are uninsured whatever their age.
   *
   * @param age the entity's age, or {@code null}
   */
  public static LineOfBusiness lineOfBusiness(String coverageType, String plan, Integer age) {
    if (LineOfBusiness.parse(coverageType).orElse(null) == LineOfBusiness.UNINSURED) {
      return LineOfBusiness.UNINSURED;
    }
    return lineOfBusiness(plan).orElseGet(() -> LineOfBusiness.of(coverageType, age));
  }

  /**
   * An entity's line of business from its attributes {@code coverage_type}, {@code plan} and {@code
   * age}: a generated entity, or the attributes a journey sees.
   */
  public static LineOfBusiness lineOfBusiness(EvaluationContext entity) {
    Object type = entity.value(List.of("coverage_type"));
    Object plan = entity.value(List.of("plan"));
    Object age = entity.value(List.of("age"));
    return lineOfBusiness(
        type == null ? null : type.toString(),
        plan == null ? null : plan.toString(),
        age instanceof Number ? ((Number) age).intValue() : null);
  }

  private static Map<String, Entry> load() {
    Map<String, Entry> plans = new HashMap<>();
    try (InputStream in = PlanCatalog.class.getResourceAsStream(RESOURCE)) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank() || lines[i].startsWith("#") || lines[i].startsWith("plan,")) {
          continue;
        }
        List<String> cells = CsvLine.split(lines[i]);
        String where = RESOURCE + " line " + (i + 1);
        if (cells.size() != 3) {
          throw new IllegalStateException(
              where + ": expected plan,line_of_business,benefit_design");
        }
        LineOfBusiness lob =
            LineOfBusiness.parse(cells.get(1))
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            where + ": unknown line of business " + cells.get(1)));
        plans.put(cells.get(0), new Entry(lob, cells.get(2)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Map.copyOf(plans);
  }
}
