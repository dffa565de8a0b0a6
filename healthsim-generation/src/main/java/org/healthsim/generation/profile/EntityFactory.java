package org.healthsim.generation.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;
import org.healthsim.core.distribution.ConditionalDistribution;
import org.healthsim.core.distribution.ContinuousDistribution;
import org.healthsim.core.distribution.DiscreteDistribution;
import org.healthsim.core.distribution.Distribution;
import org.healthsim.core.distribution.Distributions;
import org.healthsim.core.distribution.NoMatchingRuleException;
import org.healthsim.core.expression.Expression;
import org.healthsim.core.internal.validation.JsonPath;
import org.healthsim.core.random.Randoms;
import org.healthsim.core.sampling.Ages;
import org.healthsim.core.sampling.Rounding;
import org.healthsim.core.seed.AttributeKey;
import org.healthsim.core.seed.SeedHierarchy;
import org.healthsim.core.spec.AgeBandsSpec;
import org.healthsim.core.spec.CategoricalSpec;
import org.healthsim.core.spec.ClinicalSpec;
import org.healthsim.core.spec.ConditionSpec;
import org.healthsim.core.spec.ConditionalSpec;
import org.healthsim.core.spec.CoverageSpec;
import org.healthsim.core.spec.CustomSpec;
import org.healthsim.core.spec.DemographicsSpec;
import org.healthsim.core.spec.DistributionSpec;
import org.healthsim.core.spec.ExplicitSpec;
import org.healthsim.core.spec.GeographyReference;
import org.healthsim.core.spec.IdentifierSpec;
import org.healthsim.core.spec.LineOfBusiness;
import org.healthsim.core.spec.LogNormalSpec;
import org.healthsim.core.spec.MedicationSpec;
import org.healthsim.core.spec.NormalSpec;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.core.spec.UniformSpec;
import org.healthsim.core.validation.Problems;
import org.healthsim.core.validation.SpecValidationException;
import org.healthsim.generation.internal.profile.LabCatalog;
import org.healthsim.generation.person.PersonGenerator;
import org.healthsim.generation.person.UsState;
import org.healthsim.generation.person.UsStates;

/**
 * A profile compiled for drawing entities: samplers built, attribute keys hashed, tables filled,
 * once. {@link #create} then draws entity {@code i} from its own seeds alone.
 *
 * <p>Attributes are drawn in this order, so each can test those before it: age, birth date, gender,
 * race, ethnicity, state, severity, conditions, lab values, medications, coverage, person details.
 * Each draws from its own attribute stream (see docs/reproducibility.md).
 */
final class EntityFactory {

  private static final AttributeKey AGE = AttributeKey.of("demographics.age");
  private static final AttributeKey BIRTH_DATE = AttributeKey.of("demographics.birth_date");
  private static final AttributeKey GENDER = AttributeKey.of("demographics.gender");
  private static final AttributeKey RACE = AttributeKey.of("demographics.race");
  private static final AttributeKey ETHNICITY = AttributeKey.of("demographics.ethnicity");
  private static final AttributeKey STATE = AttributeKey.of("demographics.state");
  private static final AttributeKey COUNTY = AttributeKey.of("demographics.county_fips");
  private static final AttributeKey SEVERITY = AttributeKey.of("clinical.severity");
  private static final AttributeKey PRIMARY = AttributeKey.of("clinical.primary_condition");
  private static final AttributeKey PLAN = AttributeKey.of("coverage.plan_distribution");
  private static final AttributeKey INSURED = AttributeKey.of("coverage.uninsured");
  private static final AttributeKey EFFECTIVE_DATE = AttributeKey.of("coverage.effective_date");
  private static final AttributeKey GROUP = AttributeKey.of("coverage.group_id");
  private static final AttributeKey PERSON = AttributeKey.of("person");

  /** The coverage of every uninsured entity. */
  private static final Coverage UNINSURED_COVERAGE =
      new Coverage(CoverageSpec.UNINSURED, null, null, null);

  private static final String INSURED_VALUE = "Insured";

  /** Group coverage is spread over this many employer groups. */
  private static final int GROUPS = 1000;

  /** Coverage starts up to this many months before the as-of date. */
  private static final int COVERAGE_MONTHS = 60;

  private record Condition(
      ConditionSpec spec, AttributeKey key, EntityCondition.Role role, EntityCondition drawn) {}

  private record Lab(String name, AttributeKey key, Distribution distribution, double scale) {}

  private record Medication(MedicationSpec spec, AttributeKey key, EntityMedication drawn) {}

  private final ProfileSpecification profile;
  private final SeedHierarchy seeds;
  private final IdentifierSpec ids;
  private final LocalDate asOf;
  private final long[] birthLow;
  private final long[] birthHigh;
  private final Distribution age;
  private final Distribution gender;
  private final Distribution race;
  private final Distribution ethnicity;
  private final String fixedState;
  private final String countyFips;
  private final Distribution county;
  private final SharedStateDiscreteSampler stateSampler;
  private final List<UsState> states;
  private final Distribution severity;
  private final List<Condition> conditions = new ArrayList<>();
  private final List<Lab> labs = new ArrayList<>();
  private String[] labNames = new String[0];
  private final List<Medication> medications = new ArrayList<>();
  private final CoverageSpec coverage;
  private final Distribution plan;
  private final Distribution insured;
  private final boolean groupCoverage;
  private final boolean medicare;
  private final boolean personDetails;
  private final CohortValidator validator;

  EntityFactory(ProfileSpecification profile, long masterSeed) {
    this(profile, masterSeed, true);
  }

  /**
   * @param resolved false to check a profile whose demographics come from reference data that has
   *     not been resolved: everything else is checked, and nothing may be generated from it
   */
  EntityFactory(ProfileSpecification profile, long masterSeed, boolean resolved) {
    this.profile = profile;
    this.seeds = new SeedHierarchy(masterSeed);
    this.ids = profile.identifiers();
    this.asOf = profile.generation().asOf();
    this.personDetails = profile.generation().personDetails();
    Problems problems = new Problems();
    DemographicsSpec demographics = profile.demographics();
    if (resolved && demographics.source() != DemographicsSpec.Source.EXPLICIT) {
      problems.add(
          "demographics.source",
          demographics.source().name().toLowerCase(java.util.Locale.ROOT),
          "takes demographics from reference data: give the executor a reference database"
              + " (executor.withReference(ReferenceDatabase.open(path)), or --reference-db FILE)");
    }
    ProfileExpressions.check(profile, problems);
    this.age = demographics.age() == null ? null : ageDistribution(demographics.age(), problems);
    this.gender = create(demographics.gender());
    this.race = create(demographics.race());
    this.ethnicity = create(demographics.ethnicity());
    this.birthLow = new long[Ages.OLDEST + 1];
    this.birthHigh = new long[Ages.OLDEST + 1];
    for (int a = Ages.YOUNGEST; a <= Ages.OLDEST; a++) {
      birthLow[a] = asOf.minusYears(a + 1L).plusDays(1).toEpochDay();
      birthHigh[a] = asOf.minusYears(a).toEpochDay();
    }
    GeographyReference geography = demographics.reference();
    this.states = UsStates.all();
    this.fixedState = geography == null ? null : state(geography, problems);
    this.countyFips =
        geography != null && geography.level() == GeographyReference.Level.COUNTY
            ? geography.fips()
            : null;
    this.county = geography == null ? null : counties(geography, fixedState, problems);
    this.stateSampler =
        AliasMethodDiscreteSampler.of(
            Randoms.forSeed(0), states.stream().mapToDouble(UsState::population).toArray());
    ClinicalSpec clinical = profile.clinical();
    this.severity = clinical == null ? null : create(clinical.severity());
    if (clinical != null) {
      compileClinical(clinical, problems);
    }
    this.labNames = labs.stream().map(Lab::name).toArray(String[]::new);
    this.coverage = profile.coverage();
    this.plan = coverage == null ? null : create(coverage.plans());
    this.insured = coverage == null ? null : insurance(coverage.uninsured());
    LineOfBusiness line =
        coverage == null ? null : LineOfBusiness.parse(coverage.type()).orElse(null);
    this.medicare = line != null && line.isMedicare();
    // A named commercial plan or a coverage type of the user's own (a group number is written).
    boolean named = coverage != null && coverage.type() != null && !coverage.type().isEmpty();
    this.groupCoverage =
        named && !medicare && line != LineOfBusiness.MEDICAID && line != LineOfBusiness.UNINSURED;
    problems.throwIfAny();
    this.validator =
        new CohortValidator(
            age,
            new Distribution[] {gender, race, ethnicity, severity, plan, county, insured},
            conditions.stream()
                .map(c -> new CohortValidator.Share(conditionName(c), c.spec().prevalence()))
                .collect(Collectors.toList()),
            labs.stream()
                .map(l -> new CohortValidator.LabCheck(l.name(), l.distribution()))
                .collect(Collectors.toList()),
            medications.stream()
                .map(
                    m ->
                        new CohortValidator.Share(medicationName(m.spec()), m.spec().probability()))
                .collect(Collectors.toList()));
  }

  private static String conditionName(Condition c) {
    String role = c.role() == EntityCondition.Role.PRIMARY ? " (primary)" : "";
    String when = c.spec().when() == null ? "" : " when " + c.spec().when();
    return c.spec().code() + role + when;
  }

  private static String medicationName(MedicationSpec m) {
    String name = m.name() == null ? "" : " " + m.name();
    String when = m.when() == null ? "" : " when " + m.when();
    return m.rxnorm() + name + when;
  }

  /** The checks of this profile's validation report. */
  CohortValidator validator() {
    return validator;
  }

  private void compileClinical(ClinicalSpec clinical, Problems problems) {
    if (clinical.primaryCondition() != null) {
      conditions.add(condition(clinical.primaryCondition(), PRIMARY, EntityCondition.Role.PRIMARY));
    }
    for (ConditionSpec c : clinical.comorbidities()) {
      conditions.add(
          condition(
              c,
              AttributeKey.of("clinical.comorbidities." + c.code()),
              EntityCondition.Role.COMORBIDITY));
    }
    clinical
        .labValues()
        .forEach(
            (name, spec) -> {
              String path = "clinical.lab_values." + name;
              numeric(spec, path, problems);
              labs.add(
                  new Lab(
                      name,
                      AttributeKey.of(path),
                      Distributions.create(spec),
                      Math.pow(10, LabCatalog.decimals(name))));
            });
    for (MedicationSpec m : clinical.medications()) {
      medications.add(
          new Medication(
              m,
              AttributeKey.of("clinical.medications." + m.rxnorm()),
              new EntityMedication(m.rxnorm(), m.name())));
    }
  }

  /** Every entity with a condition shares one record of it, so output can encode it once. */
  private static Condition condition(
      ConditionSpec spec, AttributeKey key, EntityCondition.Role role) {
    return new Condition(
        spec, key, role, new EntityCondition(spec.code(), spec.description(), role));
  }

  /** The profile this factory draws. */
  ProfileSpecification profile() {
    return profile;
  }

  /** Entity {@code index}, drawn from its own seeds alone. */
  GeneratedEntity create(long index) {
    return create(index, null);
  }

  /**
   * Entity {@code index}, drawn from its own seeds alone, with what was drawn added to {@code
   * tally} (which may be null).
   */
  GeneratedEntity create(long index, Tally tally) {
    long entitySeed = seeds.entitySeed(index);
    EntityDraft e = new EntityDraft(labNames);
    e.index = index;
    e.seed = entitySeed;
    e.entityId = id(ids.entity(), index);
    e.identifiers =
        new Identifiers(
            id(ids.patient(), index),
            id(ids.member(), index),
            id(ids.rxMember(), index),
            id(ids.subject(), index));
    try {
      drawDemographics(e, entitySeed, tally);
      drawClinical(e, entitySeed, tally);
    } catch (NoMatchingRuleException ex) {
      throw new NoMatchingRuleException(
          "entity " + e.entityId + " (index " + index + "): " + ex.getMessage());
    }
    drawCoverage(e, entitySeed, tally);
    if (personDetails) {
      e.person = PersonGenerator.us().generate(rng(PERSON, entitySeed), e.gender, e.state);
    }
    return e.toEntity();
  }

  private void drawDemographics(EntityDraft e, long entitySeed, Tally tally) {
    if (age != null) {
      double drawn = ((Number) age.sample(rng(AGE, entitySeed), e)).doubleValue();
      int years = (int) Math.floor(drawn + 0.5);
      e.age = years;
      if (tally != null) {
        validator.age(tally, drawn, years);
      }
      long low = birthLow[years];
      long days = birthHigh[years] - low + 1;
      e.birthDate = LocalDate.ofEpochDay(low + rng(BIRTH_DATE, entitySeed).nextLong(days));
    }
    e.gender = text(gender, GENDER, entitySeed, e, tally, CohortValidator.GENDER);
    e.race = text(race, RACE, entitySeed, e, tally, CohortValidator.RACE);
    e.ethnicity = text(ethnicity, ETHNICITY, entitySeed, e, tally, CohortValidator.ETHNICITY);
    e.countyFips =
        county == null
            ? countyFips
            : text(county, COUNTY, entitySeed, e, tally, CohortValidator.COUNTY);
    e.state =
        fixedState != null
            ? fixedState
            : states
                .get(stateSampler.withUniformRandomProvider(rng(STATE, entitySeed)).sample())
                .abbreviation();
  }

  private void drawClinical(EntityDraft e, long entitySeed, Tally tally) {
    e.severity = text(severity, SEVERITY, entitySeed, e, tally, CohortValidator.SEVERITY);
    for (int i = 0; i < conditions.size(); i++) {
      Condition c = conditions.get(i);
      boolean eligible = admits(c.spec().when(), e);
      boolean has = eligible && rng(c.key(), entitySeed).nextDouble() < c.spec().prevalence();
      if (has) {
        e.conditions.add(c.drawn());
      }
      if (tally != null) {
        validator.condition(tally, i, eligible, has);
      }
    }
    for (int i = 0; i < labs.size(); i++) {
      Lab lab = labs.get(i);
      Distribution d = lab.distribution();
      int branch = 0;
      if (d instanceof ConditionalDistribution) {
        branch = select((ConditionalDistribution) d, lab.key(), e);
        d = ((ConditionalDistribution) d).branch(branch);
      }
      double value = ((Number) d.sample(rng(lab.key(), entitySeed), e)).doubleValue();
      e.labs[e.labCount++] = Rounding.toScale(value, lab.scale());
      if (tally != null) {
        validator.lab(tally, i, branch, value);
      }
    }
    for (int i = 0; i < medications.size(); i++) {
      Medication m = medications.get(i);
      boolean eligible = admits(m.spec().when(), e);
      boolean takes = eligible && rng(m.key(), entitySeed).nextDouble() < m.spec().probability();
      if (takes) {
        e.medications.add(m.drawn());
      }
      if (tally != null) {
        validator.medication(tally, i, eligible, takes);
      }
    }
  }

  private void drawCoverage(EntityDraft e, long entitySeed, Tally tally) {
    if (coverage == null) {
      return;
    }
    String insurance =
        admits(coverage.uninsuredWhen(), e)
            ? text(insured, INSURED, entitySeed, e, tally, CohortValidator.INSURED)
            : null;
    if (CoverageSpec.UNINSURED.equals(insurance)) {
      e.coverage = UNINSURED_COVERAGE;
      return;
    }
    String planName = text(plan, PLAN, entitySeed, e, tally, CohortValidator.PLAN);
    LocalDate firstOfMonth = asOf.withDayOfMonth(1);
    LocalDate effective =
        firstOfMonth.minusMonths(rng(EFFECTIVE_DATE, entitySeed).nextInt(COVERAGE_MONTHS));
    if (e.birthDate != null) {
      LocalDate eligible = e.birthDate.withDayOfMonth(1);
      if (medicare && e.age != null && e.age >= 65) {
        eligible = e.birthDate.plusYears(65).withDayOfMonth(1);
      }
      if (effective.isBefore(eligible)) {
        effective = eligible;
      }
    }
    String group = groupCoverage ? "GRP" + (10000 + rng(GROUP, entitySeed).nextInt(GROUPS)) : null;
    e.coverage = new Coverage(coverage.type(), planName, effective, group);
  }

  private static int select(ConditionalDistribution d, AttributeKey key, EntityDraft e) {
    try {
      return d.selectIndex(e);
    } catch (NoMatchingRuleException ex) {
      throw named(key, ex);
    }
  }

  /** The message with the attribute's spec path: "clinical.lab_values.a1c: no rule matched ...". */
  private static NoMatchingRuleException named(AttributeKey key, NoMatchingRuleException ex) {
    return new NoMatchingRuleException(key.path() + ": " + ex.getMessage());
  }

  static boolean admits(Expression when, EntityDraft e) {
    return when == null || when.test(e);
  }

  private String text(
      Distribution d, AttributeKey key, long entitySeed, EntityDraft e, Tally tally, int slot) {
    if (d == null) {
      return null;
    }
    String value;
    try {
      value = String.valueOf(d.sample(rng(key, entitySeed), e));
    } catch (NoMatchingRuleException ex) {
      throw named(key, ex);
    }
    if (tally != null) {
      validator.category(tally, slot, value);
    }
    return value;
  }

  private static UniformRandomProvider rng(AttributeKey key, long entitySeed) {
    return Randoms.forSeed(key.seed(entitySeed));
  }

  /** {@code prefix} and {@code index + 1}, padded to at least three digits. */
  static String id(String prefix, long index) {
    long n = index + 1;
    return n < 10 ? prefix + "00" + n : n < 100 ? prefix + "0" + n : prefix + n;
  }

  private static Distribution create(DistributionSpec spec) {
    return spec == null ? null : Distributions.create(spec);
  }

  private static Distribution ageDistribution(DistributionSpec spec, Problems problems) {
    try {
      return Distributions.create(Ages.withNaturalBounds(spec));
    } catch (SpecValidationException e) {
      problems.addAll("demographics.age", e);
      return null;
    }
  }

  private String state(GeographyReference geography, Problems problems) {
    if (geography.level() == GeographyReference.Level.STATE) {
      return UsStates.byAbbreviation(geography.state())
          .map(UsState::abbreviation)
          .orElseGet(
              () -> {
                problems.add(
                    "demographics.reference.state", geography.state(), "is not a US state or DC");
                return null;
              });
    }
    return UsStates.byFips(geography.fips().substring(0, 2))
        .map(UsState::abbreviation)
        .orElseGet(
            () -> {
              problems.add(
                  "demographics.reference.fips",
                  geography.fips(),
                  "no US state or DC has FIPS code " + geography.fips().substring(0, 2));
              return null;
            });
  }

  /**
   * Insured or not, drawn only when some but not all are uninsured (so specs without {@code
   * uninsured} draw exactly as before).
   */
  private static Distribution insurance(double uninsured) {
    if (uninsured == 0) {
      return null;
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    weights.put(CoverageSpec.UNINSURED, uninsured);
    if (uninsured < 1) {
      weights.put(INSURED_VALUE, 1 - uninsured);
    }
    return Distributions.create(new CategoricalSpec(weights));
  }

  /** The county distribution of a state with county weights, or {@code null}. */
  private static Distribution counties(
      GeographyReference geography, String state, Problems problems) {
    if (geography.countyWeights() == null || state == null) {
      return null;
    }
    String stateFips = UsStates.byAbbreviation(state).map(UsState::fips).orElse("");
    for (String code : geography.countyWeights().keySet()) {
      if (!code.startsWith(stateFips)) {
        problems.add(
            JsonPath.key("demographics.reference.county_weights", code),
            code,
            "is not a county of " + state + " (its FIPS codes start with " + stateFips + ")");
      }
    }
    return Distributions.create(new CategoricalSpec(geography.countyWeights()));
  }

  /** Lab values are numbers: every distribution a lab can draw from must yield numbers. */
  private static void numeric(DistributionSpec spec, String path, Problems problems) {
    spec.accept(new NumericCheck(path, problems));
  }

  /** A problem for each part of a spec that would draw something other than a number. */
  private static final class NumericCheck implements DistributionSpec.Visitor<Void> {
    private final String path;
    private final Problems problems;

    NumericCheck(String path, Problems problems) {
      this.path = path;
      this.problems = problems;
    }

    @Override
    public Void normal(NormalSpec spec) {
      return null;
    }

    @Override
    public Void logNormal(LogNormalSpec spec) {
      return null;
    }

    @Override
    public Void uniform(UniformSpec spec) {
      return null;
    }

    @Override
    public Void categorical(CategoricalSpec spec) {
      problems.add(
          path + ".type", spec.type(), "a lab value must be a number; categorical draws text");
      return null;
    }

    @Override
    public Void ageBands(AgeBandsSpec spec) {
      return null;
    }

    @Override
    public Void explicit(ExplicitSpec spec) {
      for (ExplicitSpec.WeightedValue v : spec.values()) {
        if (!(v.value() instanceof Number)) {
          problems.add(path + ".values", v.value(), "a lab value must be a number");
        }
      }
      return null;
    }

    @Override
    public Void conditional(ConditionalSpec c) {
      for (int i = 0; i < c.rules().size(); i++) {
        numeric(c.rules().get(i).distribution(), path + ".rules[" + i + "].distribution", problems);
      }
      if (c.otherwise() != null) {
        numeric(c.otherwise(), path + ".else", problems);
      }
      return null;
    }

    /** A user's kind draws numbers when its sampler says so by its type. */
    @Override
    public Void custom(CustomSpec spec) {
      Distribution d = Distributions.create(spec);
      if (!(d instanceof ContinuousDistribution) && !(d instanceof DiscreteDistribution)) {
        problems.add(
            path + ".type",
            spec.type(),
            "a lab value must be a number; the sampler of this kind is neither a"
                + " ContinuousDistribution nor a DiscreteDistribution");
      }
      return null;
    }
  }
}
