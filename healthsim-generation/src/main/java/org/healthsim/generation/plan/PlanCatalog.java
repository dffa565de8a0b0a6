package org.healthsim.generation.plan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.healthsim.core.spec.LineOfBusiness;
import org.healthsim.generation.profile.GeneratedEntity;

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

  /** A generated entity's line of business, from its coverage's type and plan and its age. */
  public static LineOfBusiness lineOfBusiness(GeneratedEntity entity) {
    return entity.coverage() == null
        ? LineOfBusiness.of(null, entity.age())
        : lineOfBusiness(entity.coverage().type(), entity.coverage().plan(), entity.age());
  }

  private static Map<String, LineOfBusiness> load() {
    Map<String, LineOfBusiness> plans = new HashMap<>();
    try (InputStream in = PlanCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      boolean header = true;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split(",", -1);
        int at = number;
        LineOfBusiness lob =
            cells.length != 2
                ? null
                : LineOfBusiness.parse(cells[1])
                    .orElseThrow(
                        () ->
                            new IllegalStateException(
                                RESOURCE
                                    + " line "
                                    + at
                                    + ": unknown line of business "
                                    + cells[1]));
        if (lob == null) {
          throw new IllegalStateException(
              RESOURCE + " line " + at + ": expected plan,line_of_business");
        }
        plans.put(cells[0], lob);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(plans);
  }
}
