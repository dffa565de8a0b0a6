package org.healthsim.examples.builder;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthsim.generation.person.UsState;
import org.healthsim.generation.person.UsStates;
import org.healthsim.generation.template.ProfileTemplates;
import org.healthsim.reference.resolve.Area;

/**
 * Turns a {@link Description} and the answers to its open {@link Question}s into a profile spec:
 * the built-in template the answers describe where there is one ({@code medicare-diabetic} for
 * Medicare members with type 2 diabetes, {@code commercial-maternity} for pregnancy), else a
 * profile of the named conditions; a state as a fixed state, a county as a hybrid reference
 * profile.
 */
public final class SpecBuilder {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> POPULATIONS =
      List.of(
          "medicare",
          "medicare-advantage",
          "original-medicare",
          "medicaid",
          "commercial",
          "uninsured");

  private final Description description;
  private final List<Area> counties;
  private final Map<String, String> answers = new LinkedHashMap<>();

  /**
   * @param counties the counties the description's county name matches (largest first), or empty
   */
  public SpecBuilder(Description description, List<Area> counties) {
    this.description = description;
    this.counties = List.copyOf(counties);
  }

  /** The questions still open, in the order they are asked. */
  public List<Question> questions() {
    List<Question> open = new ArrayList<>();
    if (description.count() == null) {
      open.add(
          new Question(
              "count",
              "How many people?",
              List.of(),
              "100",
              "the spec's generation.count; generate --count can change it later"));
    }
    if (description.population() == null) {
      open.add(
          new Question(
              "population",
              "Who pays for their care?",
              POPULATIONS,
              defaultPopulation(),
              "the line of business sets the ages, the plans and how every claim is adjudicated"));
    }
    if (medicare() && description.ageGroup() == null) {
      open.add(
          new Question(
              "ages",
              "Typical Medicare ages (65-95), or younger people on Medicare by disability too?",
              List.of("typical", "with-disabled"),
              "typical",
              "12% of Medicare beneficiaries are under 65, by disability or ESRD (CMS, 2022)"));
    } else if (!medicare() && description.ageGroup() == null && !pregnancy()) {
      open.add(
          new Question(
              "ages",
              "Children (0-17) or adults (18-64)?",
              List.of("children", "adults"),
              "medicaid".equals(population()) ? "children" : "adults",
              "age drives the preventive schedule, the care and the plan rules"));
    }
    if (description.state() == null
        && description.countyName() == null
        && description.countyFips() == null) {
      open.add(
          new Question(
              "location",
              "Which state (name or code), or nationwide?",
              List.of(),
              "nationwide",
              "addresses follow the state; nationwide draws states by population"));
    }
    if (counties.size() > 1) {
      List<String> fips = counties.stream().map(Area::code).toList();
      open.add(
          new Question(
              "county",
              "Which county: "
                  + String.join(
                      ", ", counties.stream().map(a -> a.code() + " " + a.name()).toList())
                  + "?",
              fips,
              fips.get(0),
              "several counties have that name; the largest is the default"));
    }
    if (hasSeverity()) {
      open.add(
          new Question(
              "severity",
              "Diabetes control: the typical mix, mostly well controlled, or more poorly controlled?",
              Vocabulary.builtIn().severityMixes(),
              "typical",
              "severity sets A1C, complications and how much care each member gets"));
    }
    if (description.journey() == null) {
      open.add(
          new Question(
              "journey",
              "What happens to them: a year of care with claims, or nothing (profiles only)?",
              List.of("year-of-care", "none"),
              "year-of-care",
              "a journey makes the events and claims; without one only entities are written"));
    }
    open.removeIf(q -> answers.containsKey(q.key()));
    return open;
  }

  /** Answers question {@code key} (checked against its choices). */
  public void answer(String key, String value) {
    for (Question q : questions()) {
      if (q.key().equals(key)) {
        String checked = q.check(value);
        if (key.equals("count")) {
          count(checked);
        }
        if (key.equals("location") && !checked.equals("nationwide")) {
          stateCode(checked);
        }
        answers.put(key, checked);
        return;
      }
    }
    throw new IllegalArgumentException(
        "--answer "
            + key
            + ": no such open question (open: "
            + String.join(", ", questions().stream().map(Question::key).toList())
            + ")");
  }

  /** The journey template to run, or {@code null} for none. */
  public String journey() {
    String j = description.journey() != null ? description.journey() : answers.get("journey");
    return j == null || j.equals("none") ? null : j;
  }

  /** The county FIPS of a hybrid profile, or {@code null}. */
  public String countyFips() {
    if (description.countyFips() != null) {
      return description.countyFips();
    }
    if (counties.isEmpty()) {
      return null;
    }
    return answers.getOrDefault("county", counties.get(0).code());
  }

  /** The profile spec the description and answers make. */
  public ObjectNode spec() {
    ObjectNode spec = base();
    ObjectNode generation = spec.withObject("/generation");
    generation.put("count", count(answers.getOrDefault("count", String.valueOf(count()))));
    spec.put("id", "new-profile");
    spec.put("name", "Profile from: " + describe());
    ObjectNode demographics = spec.withObject("/demographics");
    if (description.gender() != null) {
      ObjectNode gender = demographics.putObject("gender").put("type", "categorical");
      gender.putObject("weights").put(description.gender(), 1.0);
    }
    if ("with-disabled".equals(answers.get("ages"))) {
      demographics.set("age", Vocabulary.builtIn().medicareAgesWithDisabled());
    }
    String fips = countyFips();
    if (fips != null) {
      demographics.put("source", "hybrid");
      ObjectNode reference = JSON.createObjectNode().put("type", "county").put("fips", fips);
      demographics.set("reference", reference);
    } else if (state() != null) {
      demographics.set(
          "reference", JSON.createObjectNode().put("type", "state").put("state", state()));
    }
    if (answers.containsKey("severity") && spec.path("clinical").has("severity")) {
      ((ObjectNode) spec.get("clinical").get("severity")).set("weights", severity());
    }
    return spec;
  }

  /** The distribution targets of {@code s} (what {@link #spec} made), one line each. */
  public static List<String> targets(ObjectNode s) {
    List<String> out = new ArrayList<>();
    out.add("count: " + s.get("generation").get("count").asInt());
    out.add("age: " + s.get("demographics").get("age"));
    JsonView.conditions(s).forEach(out::add);
    out.add("coverage: " + s.get("coverage"));
    if (s.get("demographics").has("reference")) {
      out.add("place: " + s.get("demographics").get("reference"));
    }
    return out;
  }

  private ObjectNode base() {
    if (medicare() && diabetesOnly()) {
      ObjectNode t = template("medicare-diabetic");
      if (!population().equals("medicare")) {
        ((ObjectNode) t.get("coverage"))
            .set("plan_distribution", coverage().get("plan_distribution"));
      }
      return t;
    }
    if (pregnancy() && "commercial".equals(population())) {
      return template("commercial-maternity");
    }
    ObjectNode spec = JSON.createObjectNode();
    spec.put("description", "Written by healthsim new from: " + describe());
    ObjectNode generation = spec.putObject("generation");
    generation.put("seed", 42).put("as_of", "2025-01-01");
    generation.putArray("products").add("patientsim").add("membersim").add("rxmembersim");
    ObjectNode demographics = spec.putObject("demographics");
    String ages = ageGroup();
    demographics.set(
        "age",
        pregnancy() ? Vocabulary.builtIn().pregnancyAges() : Vocabulary.builtIn().ages(ages));
    ObjectNode gender = JSON.createObjectNode().put("type", "categorical");
    ObjectNode weights = gender.putObject("weights");
    if (pregnancy()) {
      weights.put("F", 1.0);
    } else {
      weights.put("M", 0.49).put("F", 0.51);
    }
    demographics.set("gender", gender);
    ObjectNode clinical = spec.putObject("clinical");
    List<Condition> named = description.conditions();
    List<Condition> plain = named.stream().filter(c -> !c.severity()).toList();
    if (!plain.isEmpty()) {
      clinical.set("primary_condition", condition(plain.get(0)));
    }
    if (named.size() > (plain.isEmpty() ? 0 : 1)) {
      ArrayNode comorbidities = clinical.putArray("comorbidities");
      for (Condition c : named) {
        if (c.severity()) {
          c.severityCodes()
              .forEach(
                  (level, coded) ->
                      comorbidities.add(
                          JSON.createObjectNode()
                              .put("code", coded.code())
                              .put("description", coded.description())
                              .put("prevalence", 1.0)
                              .put("when", "severity == '" + level + "'")));
        } else if (c != plain.get(0)) {
          comorbidities.add(condition(c));
        }
      }
    }
    if (hasSeverity()) {
      ObjectNode severity = clinical.putObject("severity").put("type", "categorical");
      severity.set("weights", severity());
    }
    spec.set("coverage", coverage());
    return spec;
  }

  /**
   * The coverage of the population: the plan mix of the built-in template of that line of business
   * (medicare-diabetic, commercial-healthy, medicaid-pediatric, with their sources in
   * docs/templates.md), or a single plan.
   */
  private ObjectNode coverage() {
    switch (population()) {
      case "medicare":
        return (ObjectNode) template("medicare-diabetic").get("coverage");
      case "medicaid":
        return (ObjectNode) template("medicaid-pediatric").get("coverage");
      case "commercial":
        return (ObjectNode) template("commercial-healthy").get("coverage");
      case "medicare-advantage":
        return onePlan("Medicare", "Medicare Advantage");
      case "original-medicare":
        return onePlan("Medicare", "Original Medicare");
      default:
        return JSON.createObjectNode().put("type", "Uninsured");
    }
  }

  private static ObjectNode onePlan(String type, String plan) {
    ObjectNode c = JSON.createObjectNode().put("type", type);
    c.putObject("plan_distribution").put(plan, 1.0);
    return c;
  }

  private ObjectNode severity() {
    ObjectNode weights = JSON.createObjectNode();
    Vocabulary.builtIn()
        .severityMix(answers.getOrDefault("severity", "typical"))
        .forEach(weights::put);
    return weights;
  }

  private static ObjectNode condition(Condition c) {
    return JSON.createObjectNode()
        .put("code", c.code())
        .put("description", c.description())
        .put("prevalence", 1.0);
  }

  private static ObjectNode template(String name) {
    try {
      return (ObjectNode) JSON.readTree(ProfileTemplates.text(name));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String population() {
    if (description.population() != null) {
      return description.population();
    }
    return answers.getOrDefault("population", defaultPopulation());
  }

  private String defaultPopulation() {
    if ("seniors".equals(description.ageGroup())) {
      return "medicare";
    }
    return "children".equals(description.ageGroup()) ? "medicaid" : "commercial";
  }

  private String ageGroup() {
    if (description.ageGroup() != null) {
      return description.ageGroup();
    }
    if (medicare()) {
      return "seniors";
    }
    if (pregnancy()) {
      return "adults";
    }
    return answers.getOrDefault("ages", "medicaid".equals(population()) ? "children" : "adults");
  }

  private boolean medicare() {
    return population().contains("medicare");
  }

  private boolean pregnancy() {
    return description.conditions().stream().anyMatch(c -> c.key().equals("pregnancy"));
  }

  private boolean diabetesOnly() {
    return description.conditions().size() == 1
        && description.conditions().get(0).key().equals("type 2 diabetes");
  }

  private boolean hasSeverity() {
    return description.conditions().stream().anyMatch(Condition::severity);
  }

  private String state() {
    if (description.state() != null) {
      return description.state();
    }
    String s = answers.get("location");
    return s == null || s.equals("nationwide") ? null : stateCode(s);
  }

  private static String stateCode(String answer) {
    for (UsState s : UsStates.all()) {
      if (s.abbreviation().equalsIgnoreCase(answer) || s.name().equalsIgnoreCase(answer)) {
        return s.abbreviation();
      }
    }
    throw new IllegalArgumentException(
        "location '" + answer + "': not a US state name or code, nor 'nationwide'");
  }

  private int count() {
    return description.count() != null ? description.count() : 100;
  }

  private static int count(String answer) {
    try {
      int n = Integer.parseInt(answer.replace(",", ""));
      if (n >= 1 && n <= 10_000_000) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("count '" + answer + "': a whole number from 1 to 10000000");
  }

  private String describe() {
    List<String> parts = new ArrayList<>();
    parts.add(String.valueOf(answers.getOrDefault("count", String.valueOf(count()))));
    parts.add(population());
    description.conditions().forEach(c -> parts.add(c.key()));
    if (state() != null) {
      parts.add("in " + state());
    }
    if (countyFips() != null) {
      parts.add("county " + countyFips());
    }
    return String.join(" ", parts).toLowerCase(Locale.ROOT);
  }
}
