package org.healthsim.reference.profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthsim.core.expression.Expression;
import org.healthsim.core.spec.AgeBandsSpec;
import org.healthsim.core.spec.CategoricalSpec;
import org.healthsim.core.spec.ClinicalSpec;
import org.healthsim.core.spec.ConditionSpec;
import org.healthsim.core.spec.CoverageSpec;
import org.healthsim.core.spec.DemographicsSpec;
import org.healthsim.core.spec.DistributionSpec;
import org.healthsim.core.spec.GenerationSpec;
import org.healthsim.core.spec.GeographyReference;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.reference.resolve.Area;
import org.healthsim.reference.resolve.ReferenceProfile;
import org.healthsim.reference.resolve.ReferenceValue;

/**
 * Turns a {@link ReferenceProfile} into profile fields, and merges a user's spec over them field by
 * field: what the user wrote wins, the reference fills the rest, and each field's origin is
 * recorded. The rules (docs/reference-data.md):
 *
 * <ul>
 *   <li>age: SVI's three bands (0-17, 18-64, 65+, the last ending at {@value #OLDEST}), uniform
 *       within a band;
 *   <li>gender: neither PLACES nor SVI has sex, so the 2020 Census national split (M 0.495, F
 *       0.505), recorded as a default;
 *   <li>race: SVI's non-Hispanic race shares, normalised; ethnicity: SVI's Hispanic share;
 *   <li>conditions: every PLACES measure in {@code places-conditions.json} that the place has, at
 *       its crude prevalence, for adults only ({@code when: age >= 18}) since PLACES rates are
 *       adult rates; a code the user lists is the user's;
 *   <li>coverage: the uninsured share (SVI {@code EP_UNINSUR}), placed among those under 65, unless
 *       the user wrote coverage;
 *   <li>geography: the user's; a state also gets county weights (county populations).
 * </ul>
 */
public final class ReferenceSpecs {

  /** Where the open 65+ band ends. */
  public static final int OLDEST = 90;

  private static final Expression ADULT = Expression.parse("age >= 18");
  private static final Expression UNDER_65 = Expression.parse("age < 65");
  private static final String NATIONAL_SEX = "2020 Census national sex split (M 0.495, F 0.505)";

  private ReferenceSpecs() {}

  /**
   * A profile from reference data alone: the framework guide's {@code
   * resolver.to_profile_spec(profile)}.
   *
   * @param countyWeights for a state, county FIPS to population; ignored otherwise
   */
  public static HybridProfile toProfileSpec(
      ReferenceProfile reference, Map<String, Long> countyWeights) {
    ProfileSpecification empty =
        new ProfileSpecification(
            null,
            null,
            null,
            GenerationSpec.DEFAULTS,
            new DemographicsSpec(
                null,
                null,
                null,
                null,
                DemographicsSpec.Source.POPULATIONSIM,
                geography(reference)),
            null,
            null,
            null);
    return merge(empty, reference, countyWeights, FieldOrigin.byDefault("framework default"));
  }

  /**
   * {@code user} over {@code reference}: the framework guide's {@code create_hybrid_profile}.
   *
   * @param countyWeights for a state, county FIPS to population; ignored otherwise
   */
  public static HybridProfile merge(
      ProfileSpecification user, ReferenceProfile reference, Map<String, Long> countyWeights) {
    return merge(user, reference, countyWeights, FieldOrigin.USER);
  }

  private static HybridProfile merge(
      ProfileSpecification user,
      ReferenceProfile reference,
      Map<String, Long> countyWeights,
      FieldOrigin mine) {
    Map<String, FieldOrigin> origins = new LinkedHashMap<>();
    DemographicsSpec d = user.demographics();
    DistributionSpec age = pick("demographics.age", d.age(), () -> age(reference), mine, origins);
    DistributionSpec gender =
        pick(
            "demographics.gender",
            d.gender(),
            () ->
                new Sourced<>(
                    new CategoricalSpec(weights("M", 0.495, "F", 0.505)),
                    FieldOrigin.byDefault(NATIONAL_SEX + "; PLACES and SVI have no sex")),
            mine,
            origins);
    DistributionSpec race =
        pick("demographics.race", d.race(), () -> race(reference), mine, origins);
    DistributionSpec ethnicity =
        pick("demographics.ethnicity", d.ethnicity(), () -> ethnicity(reference), mine, origins);
    GeographyReference geography = d.reference() != null ? d.reference() : geography(reference);
    origins.put("demographics.reference", mine);
    if (geography.level() == GeographyReference.Level.STATE
        && geography.countyWeights() == null
        && countyWeights != null
        && !countyWeights.isEmpty()) {
      Map<String, Double> weights = new LinkedHashMap<>();
      countyWeights.forEach((fips, population) -> weights.put(fips, population.doubleValue()));
      geography = geography.withCountyWeights(weights);
      origins.put(
          "demographics.reference.county_weights",
          FieldOrigin.reference("county populations (" + countyWeights.size() + " counties)"));
    }
    ClinicalSpec clinical = clinical(user.clinical(), reference, age != null, mine, origins);
    CoverageSpec coverage =
        pick("coverage", user.coverage(), () -> coverage(reference), mine, origins);
    Area area = reference.area();
    String id = user.id() != null ? user.id() : "ref-" + lower(area.level()) + "-" + area.code();
    String name = user.name() != null ? user.name() : "Reference profile: " + area.name();
    String description =
        user.description() != null ? user.description() : "From " + sources(reference);
    ProfileSpecification spec =
        new ProfileSpecification(
            id,
            name,
            description,
            user.generation(),
            new DemographicsSpec(
                age, gender, race, ethnicity, DemographicsSpec.Source.EXPLICIT, geography),
            clinical,
            coverage,
            user.identifiers());
    return new HybridProfile(spec, reference, origins);
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** A value with its origin. */
  private record Sourced<T>(T value, FieldOrigin origin) {}

  private static <T> T pick(
      String path,
      T written,
      java.util.function.Supplier<Sourced<T>> fromReference,
      FieldOrigin mine,
      Map<String, FieldOrigin> origins) {
    if (written != null) {
      origins.put(path, mine);
      return written;
    }
    Sourced<T> r = fromReference.get();
    if (r != null && r.value() != null) {
      origins.put(path, r.origin());
      return r.value();
    }
    return null;
  }

  private static GeographyReference geography(ReferenceProfile reference) {
    Area area = reference.area();
    switch (area.level()) {
      case STATE:
        return GeographyReference.state(area.code());
      case TRACT:
        return GeographyReference.county(area.code().substring(0, 5));
      default:
        return GeographyReference.county(area.code());
    }
  }

  private static Sourced<DistributionSpec> age(ReferenceProfile r) {
    if (!r.pctUnder18().isPresent() || !r.pct65Plus().isPresent()) {
      return null;
    }
    Map<String, Double> bands = new LinkedHashMap<>();
    putPositive(bands, "0-17", r.pctUnder18().getAsDouble());
    putPositive(bands, "18-64", r.pct18To64().getAsDouble());
    putPositive(bands, "65+", r.pct65Plus().getAsDouble());
    return new Sourced<>(
        AgeBandsSpec.fromLabels(normalised(bands), OLDEST),
        FieldOrigin.reference(
            r.pctUnder18().provenance() + ", " + r.pct65Plus().field() + "; uniform within bands"));
  }

  private static Sourced<DistributionSpec> race(ReferenceProfile r) {
    Map<String, Double> shares = new LinkedHashMap<>();
    r.race().forEach((label, v) -> putPositive(shares, label, v.isPresent() ? v.getAsDouble() : 0));
    if (shares.isEmpty()) {
      return null;
    }
    ReferenceValue white = r.race().get("White");
    return new Sourced<>(
        new CategoricalSpec(normalised(shares)),
        FieldOrigin.reference(
            white.source()
                + " "
                + white.release()
                + " EP_MINRTY, EP_AFAM, EP_ASIAN, EP_AIAN,"
                + " EP_NHPI, EP_TWOMORE, EP_OTHERRACE (non-Hispanic shares, normalised)"));
  }

  private static Sourced<DistributionSpec> ethnicity(ReferenceProfile r) {
    if (!r.pctHispanic().isPresent()) {
      return null;
    }
    Map<String, Double> shares = new LinkedHashMap<>();
    putPositive(shares, "Hispanic or Latino", r.pctHispanic().getAsDouble());
    putPositive(shares, "Not Hispanic or Latino", 100 - r.pctHispanic().getAsDouble());
    return new Sourced<>(
        new CategoricalSpec(normalised(shares)),
        FieldOrigin.reference(r.pctHispanic().provenance()));
  }

  /**
   * The uninsured share. SVI's is over all ages, and almost everyone 65 and over has Medicare, so
   * when the 65+ share is known the county's uninsured are placed among those under 65: {@code
   * EP_UNINSUR / (100 - EP_AGE65)} of them, {@code uninsured_when: age < 65}. Harris County: 21.2%
   * overall, 23.8% under 65.
   */
  private static Sourced<CoverageSpec> coverage(ReferenceProfile r) {
    if (!r.pctUninsured().isPresent()) {
      return null;
    }
    double overall = r.pctUninsured().share();
    if (!r.pct65Plus().isPresent() || r.pct65Plus().getAsDouble() >= 100) {
      return new Sourced<>(
          new CoverageSpec(null, null, overall, null),
          FieldOrigin.reference(r.pctUninsured().provenance() + " as coverage.uninsured"));
    }
    double underSixtyFive = Math.min(1, overall / (1 - r.pct65Plus().share()));
    return new Sourced<>(
        new CoverageSpec(null, null, underSixtyFive, UNDER_65),
        FieldOrigin.reference(
            r.pctUninsured().provenance()
                + " / (1 - "
                + r.pct65Plus().field()
                + "), among those under 65"));
  }

  private static ClinicalSpec clinical(
      ClinicalSpec user,
      ReferenceProfile r,
      boolean hasAge,
      FieldOrigin mine,
      Map<String, FieldOrigin> origins) {
    Set<String> written = new HashSet<>();
    List<ConditionSpec> comorbidities = new ArrayList<>();
    if (user != null) {
      if (user.primaryCondition() != null) {
        written.add(user.primaryCondition().code());
        origins.put("clinical.primary_condition", mine);
      }
      for (ConditionSpec c : user.comorbidities()) {
        written.add(c.code());
        comorbidities.add(c);
        origins.put("clinical.comorbidities." + c.code(), mine);
      }
    }
    for (PlacesCondition pc : PlacesCondition.all()) {
      ReferenceValue crude = r.measure(pc.measure()).crude();
      if (!crude.isPresent() || written.contains(pc.code())) {
        continue;
      }
      comorbidities.add(
          new ConditionSpec(pc.code(), pc.description(), crude.share(), hasAge ? ADULT : null));
      origins.put(
          "clinical.comorbidities." + pc.code(),
          FieldOrigin.reference(crude.provenance() + (hasAge ? ", adults (age >= 18)" : "")));
    }
    if (user == null && comorbidities.isEmpty()) {
      return null;
    }
    return user == null
        ? new ClinicalSpec(null, comorbidities, null, Map.of(), List.of())
        : new ClinicalSpec(
            user.primaryCondition(),
            comorbidities,
            user.severity(),
            user.labValues(),
            user.medications());
  }

  private static String sources(ReferenceProfile r) {
    Set<String> sources = new LinkedHashSet<>();
    for (ReferenceValue v :
        List.of(r.pctDiabetes(), r.population(), r.pctUnder18(), r.pctUninsured())) {
      if (v.isPresent()) {
        sources.add(v.source() + (v.release() == null ? "" : " " + v.release()));
      }
    }
    return String.join(" and ", sources) + " for " + r.area().name();
  }

  private static void putPositive(Map<String, Double> map, String key, double value) {
    if (value > 0) {
      map.put(key, value);
    }
  }

  private static Map<String, Double> normalised(Map<String, Double> weights) {
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Double> out = new LinkedHashMap<>();
    weights.forEach((k, v) -> out.put(k, v / total));
    return out;
  }

  private static Map<String, Double> weights(String k1, double v1, String k2, double v2) {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return m;
  }
}
