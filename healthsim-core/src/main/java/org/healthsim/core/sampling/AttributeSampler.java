package org.healthsim.core.sampling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthsim.core.distribution.Distribution;
import org.healthsim.core.distribution.Distributions;
import org.healthsim.core.distribution.NoMatchingRuleException;
import org.healthsim.core.expression.MapEvaluationContext;
import org.healthsim.core.random.Randoms;
import org.healthsim.core.seed.SeedHierarchy;
import org.healthsim.core.spec.ClinicalSpec;
import org.healthsim.core.spec.DemographicsSpec;
import org.healthsim.core.spec.DistributionSpec;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.core.validation.SpecValidationException;

/**
 * Draws the distribution-valued attributes of a profile for one entity: age, gender, race,
 * ethnicity, severity, each lab value and the plan.
 *
 * <pre>{@code
 * AttributeSampler sampler = AttributeSampler.of(profile);
 * Map<String, Object> entity5 = sampler.sample(new SeedHierarchy(42), 5);
 * // {"age": 71, "gender": "F", "severity": "controlled", "labs.a1c": 6.74, ...}
 * }</pre>
 *
 * <p>Each attribute draws from its own generator, seeded with {@code attributeSeed(entitySeed,
 * path)} where the path is the attribute's place in the spec ({@code demographics.age}, {@code
 * clinical.lab_values.a1c}). Adding, removing or reordering attributes therefore never changes the
 * values of the others. Attributes are drawn in the order listed above, so a conditional lab can
 * test the age, gender and severity drawn before it. Ages are whole years: the draw rounded to the
 * nearest year (halves up), after truncation to the spec's bounds and to {@link Ages}' range.
 *
 * <p>Immutable and thread-safe.
 */
public final class AttributeSampler {

  private final List<Attribute> attributes;

  private record Attribute(String name, String seedPath, Distribution distribution) {}

  private AttributeSampler(List<Attribute> attributes) {
    this.attributes = List.copyOf(attributes);
  }

  /** The sampler for every distribution-valued attribute of {@code profile}. */
  public static AttributeSampler of(ProfileSpecification profile) {
    List<Attribute> attributes = new ArrayList<>();
    DemographicsSpec demographics = profile.demographics();
    add(
        attributes,
        "age",
        "demographics.age",
        demographics.age() == null ? null : ages(demographics.age()));
    add(attributes, "gender", "demographics.gender", demographics.gender());
    add(attributes, "race", "demographics.race", demographics.race());
    add(attributes, "ethnicity", "demographics.ethnicity", demographics.ethnicity());
    ClinicalSpec clinical = profile.clinical();
    if (clinical != null) {
      add(attributes, "severity", "clinical.severity", clinical.severity());
      clinical
          .labValues()
          .forEach(
              (name, spec) -> add(attributes, "labs." + name, "clinical.lab_values." + name, spec));
    }
    if (profile.coverage() != null) {
      add(attributes, "plan", "coverage.plan_distribution", profile.coverage().plans());
    }
    return new AttributeSampler(attributes);
  }

  private static DistributionSpec ages(DistributionSpec spec) {
    try {
      return Ages.withNaturalBounds(spec);
    } catch (SpecValidationException e) {
      throw e.under("demographics.age", null);
    }
  }

  private static void add(List<Attribute> list, String name, String path, DistributionSpec spec) {
    if (spec != null) {
      list.add(new Attribute(name, path, Distributions.create(spec)));
    }
  }

  /** The attribute names this sampler draws, in drawing order. */
  public List<String> names() {
    return attributes.stream().map(Attribute::name).toList();
  }

  /**
   * Draws every attribute of entity {@code index}.
   *
   * @return attribute name to value, in drawing order; lab values are named {@code labs.<name>}
   * @throws NoMatchingRuleException naming the entity and attribute when a conditional distribution
   *     has no rule that holds and no {@code else}
   */
  public Map<String, Object> sample(SeedHierarchy seeds, long index) {
    long entitySeed = seeds.entitySeed(index);
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, Object> context = new LinkedHashMap<>();
    Map<String, Object> labs = new LinkedHashMap<>();
    context.put("labs", Collections.unmodifiableMap(labs));
    MapEvaluationContext evaluation = new MapEvaluationContext(context);
    for (Attribute attribute : attributes) {
      long seed = SeedHierarchy.attributeSeed(entitySeed, attribute.seedPath());
      Object value;
      try {
        value = attribute.distribution().sample(Randoms.forSeed(seed), evaluation);
      } catch (NoMatchingRuleException e) {
        throw new NoMatchingRuleException(
            "entity " + index + ", " + attribute.seedPath() + ": " + e.getMessage());
      }
      if (attribute.name().equals("age") && value instanceof Double) {
        value = (int) Math.floor((Double) value + 0.5);
      }
      values.put(attribute.name(), value);
      if (attribute.name().startsWith("labs.")) {
        labs.put(attribute.name().substring("labs.".length()), value);
      } else {
        context.put(attribute.name(), value);
      }
    }
    return values;
  }
}
