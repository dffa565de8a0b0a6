package org.healthsim.reference.resolve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What reference data says about a place: the framework guide's {@code DemographicProfile}. Every
 * number carries its source, release and column; a number the sources do not have is an explicit
 * absence ({@link ReferenceValue#isPresent()} false), never 0. Percentages are 0-100, as in the
 * files.
 *
 * @param area the place
 * @param population total population (PLACES {@code TotalPopulation}, else SVI {@code E_TOTPOP})
 * @param pctUnder18 percent aged 17 and under (SVI {@code EP_AGE17})
 * @param pct18To64 percent aged 18 to 64 (100 minus the other two bands)
 * @param pct65Plus percent aged 65 and over (SVI {@code EP_AGE65})
 * @param race percent of the population by race, non-Hispanic (SVI counts races among non-Hispanic
 *     persons; White is 100 minus {@code EP_MINRTY}), in the order White, Black or African
 *     American, Asian, American Indian or Alaska Native, Native Hawaiian or Other Pacific Islander,
 *     Two or more races, Some other race
 * @param pctHispanic percent Hispanic or Latino, of any race (SVI {@code EP_HISP})
 * @param pctMinority percent of racial and ethnic minority status (SVI {@code EP_MINRTY})
 * @param pctPoverty percent below 150% of the poverty line (SVI {@code EP_POV150})
 * @param pctUninsured percent without health insurance (SVI {@code EP_UNINSUR})
 * @param sviRanks SVI percentile ranks 0-1 by column: {@code RPL_THEMES} (overall), {@code
 *     RPL_THEME1} (socioeconomic status) to {@code RPL_THEME4} (housing type and transportation)
 * @param measures every PLACES measure loaded, by id ({@code DIABETES}, {@code OBESITY}, ...)
 * @param notes what a reader should know: aggregation, gaps, Connecticut's geography
 */
public record ReferenceProfile(
    Area area,
    ReferenceValue population,
    ReferenceValue pctUnder18,
    ReferenceValue pct18To64,
    ReferenceValue pct65Plus,
    Map<String, ReferenceValue> race,
    ReferenceValue pctHispanic,
    ReferenceValue pctMinority,
    ReferenceValue pctPoverty,
    ReferenceValue pctUninsured,
    Map<String, ReferenceValue> sviRanks,
    Map<String, MeasurePrevalence> measures,
    List<String> notes) {

  public ReferenceProfile {
    race = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(race));
    sviRanks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sviRanks));
    measures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(measures));
    notes = List.copyOf(notes);
  }

  /** The PLACES measure {@code id}; both prevalences absent when it is not loaded. */
  public MeasurePrevalence measure(String id) {
    MeasurePrevalence m = measures.get(id);
    if (m != null) {
      return m;
    }
    ReferenceValue absent = ReferenceValue.absent("CDC PLACES", null, id + " (not loaded)");
    return new MeasurePrevalence(id, absent, absent);
  }

  /** Crude prevalence of diagnosed diabetes among adults, percent (PLACES {@code DIABETES}). */
  public ReferenceValue pctDiabetes() {
    return measure("DIABETES").crude();
  }

  /** Crude prevalence of obesity among adults, percent (PLACES {@code OBESITY}). */
  public ReferenceValue pctObesity() {
    return measure("OBESITY").crude();
  }

  /** Crude prevalence of high blood pressure among adults, percent (PLACES {@code BPHIGH}). */
  public ReferenceValue pctHypertension() {
    return measure("BPHIGH").crude();
  }

  /** The overall SVI percentile rank, 0-1 ({@code RPL_THEMES}). */
  public ReferenceValue sviRank() {
    ReferenceValue rank = sviRanks.get("RPL_THEMES");
    return rank != null ? rank : ReferenceValue.absent("CDC/ATSDR SVI", null, "RPL_THEMES");
  }
}
