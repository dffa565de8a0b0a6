package org.healthsim.generation.plan;

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
import org.healthsim.generation.providers.CsvLine;

/**
 * The plans entities are drawn into ({@code plans.csv}) and the line of business of each, so an
 * entity's line of business is one value read one way: its plan's when the plan is known, else its
 * coverage type's.
 */
public final class PlanCatalog {

  private static final String RESOURCE = "plans.csv";
  private static final Map<String, LineOfBusiness> PLANS = load();

  private PlanCatalog() {}

  /** The line of business of a catalogued plan. */
  public static Optional<LineOfBusiness> lineOfBusiness(String plan) {
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

  private static Map<String, LineOfBusiness> load() {
    Map<String, LineOfBusiness> plans = new HashMap<>();
    try (InputStream in = PlanCatalog.class.getResourceAsStream(RESOURCE)) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank() || lines[i].startsWith("#") || lines[i].startsWith("plan,")) {
          continue;
        }
        List<String> cells = CsvLine.split(lines[i]);
        String where = RESOURCE + " line " + (i + 1);
        if (cells.size() != 2) {
          throw new IllegalStateException(where + ": expected plan,line_of_business");
        }
        plans.put(
            cells.get(0),
            LineOfBusiness.parse(cells.get(1))
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            where + ": unknown line of business " + cells.get(1))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Map.copyOf(plans);
  }
}
