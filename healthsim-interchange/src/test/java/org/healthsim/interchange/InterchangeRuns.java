package org.healthsim.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.EveryEventType;
import org.healthsim.generation.HealthSim;
import org.healthsim.generation.output.OutputFormat;
import org.healthsim.generation.template.JourneyTemplates;
import org.healthsim.generation.template.ProfileTemplates;

/**
 * The runs the interchange tests read, each generated once per test JVM into a temporary directory:
 * every built-in journey with the profile it is made for, and the test journey that holds every
 * event type of every product.
 */
public final class InterchangeRuns {

  public static final ObjectMapper JSON = new ObjectMapper();

  /** Each built-in journey and the profile it is written for. */
  static final Map<String, String> JOURNEYS = journeys();

  /** The members of the larger year-of-care run the joins and counts read. */
  public static final int YEAR_OF_CARE_MEMBERS = 100;

  private static final int MEMBERS = 30;
  private static final Map<String, Path> RUNS = new ConcurrentHashMap<>();
  private static final Path ROOT = root();

  private InterchangeRuns() {}

  private static Map<String, String> journeys() {
    Map<String, String> j = new LinkedHashMap<>();
    j.put("diabetic-first-year", "medicare-diabetic");
    j.put("hf-exacerbation", "medicare-advantage-complex");
    j.put("maternity-care", "commercial-maternity");
    j.put("new-member-onboarding", "commercial-healthy");
    j.put("oncology-treatment-cycle", "commercial-healthy");
    j.put("pediatric-care", "medicaid-pediatric");
    j.put("phase1-dose-escalation", "commercial-healthy");
    j.put("phase3-pivotal-subject", "commercial-healthy");
    j.put("surgical-episode", "medicare-advantage-complex");
    j.put("trial-safety-monitoring", "commercial-healthy");
    return j;
  }

  private static Path root() {
    try {
      Path root = Files.createTempDirectory("healthsim-interchange-runs");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path root) {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // Left for the system's temporary-file cleaning.
    }
  }

  /** {@code journey} for {@value #MEMBERS} members of its profile, in FHIR. */
  public static Path journey(String journey) {
    return run(
        "journey-" + journey,
        () -> HealthSim.cohort(JOURNEYS.get(journey)).journeys(journey).count(MEMBERS).seed(42),
        InterchangeFormats.FHIR);
  }

  /**
   * {@code medicare-diabetic} on {@code year-of-care} in {@code format}, the same run each time.
   */
  public static Path yearOfCare(OutputFormat format) {
    return run("year-of-care-" + format.wireName(), InterchangeRuns::yearOfCareRun, format);
  }

  /** {@link #everyEventType()}'s run in {@code format}. */
  public static Path everyEventType(OutputFormat format) {
    return run(
        "every-event-type-" + format.wireName(),
        () ->
            HealthSim.cohort("medicare-diabetic")
                .journeys(
                    SpecReader.journeyFromString(EveryEventType.json()),
                    SpecReader.journeyFromString(MEASUREMENTS))
                .count(40)
                .seed(7),
        format);
  }

  /**
   * Three trial journeys ({@code phase3-pivotal-subject}, {@code trial-safety-monitoring} and
   * {@link #SAFETY_LABS_TRIAL}) for 80 members of {@code commercial-healthy} in {@code format} on
   * {@code threads} threads.
   */
  public static Path trials(OutputFormat format, int threads) {
    return run(
        "trials-" + format.wireName() + "-threads-" + threads,
        () ->
            HealthSim.cohort("commercial-healthy")
                .journeys(
                    JourneyTemplates.getJourneyTemplate("phase3-pivotal-subject"),
                    JourneyTemplates.getJourneyTemplate("trial-safety-monitoring"),
                    SpecReader.journeyFromString(SAFETY_LABS_TRIAL))
                .count(80)
                .seed(17)
                .threads(threads),
        format);
  }

  /**
   * A trial that records safety labs and vital signs at its visits and reduces the dose of some
   * subjects: what the SDTM EX, LB and VS domains hold.
   */
  private static final String SAFETY_LABS_TRIAL =
      """
      {"journey_id": "phase2-safety-labs", "products": ["trialsim", "patientsim"], "events": [
        {"event_id": "screen", "event_type": "screening", "parameters": {"pass_rate": 0.8}},
        {"event_id": "rand", "event_type": "randomization", "depends_on": "screen",
         "delay": {"days_min": 7, "days_max": 14}},
        {"event_id": "day1", "event_type": "scheduled_visit", "depends_on": "rand",
         "parameters": {"visit_number": 1, "visit_name": "Day 1",
                        "procedures": ["Study drug administration", "Vital signs", "Safety labs"]}},
        {"event_id": "bp1", "event_type": "observation", "depends_on": "day1"},
        {"event_id": "bmi1", "event_type": "observation", "depends_on": "day1",
         "parameters": {"lab": "bmi"}},
        {"event_id": "tsh1", "event_type": "observation", "depends_on": "day1",
         "parameters": {"lab": "tsh"}},
        {"event_id": "creat1", "event_type": "lab_order", "depends_on": "day1",
         "parameters": {"lab": "creatinine"}},
        {"event_id": "creat1_result", "event_type": "lab_result", "depends_on": "creat1"},
        {"event_id": "egfr1", "event_type": "lab_order", "depends_on": "day1",
         "parameters": {"lab": "egfr"}},
        {"event_id": "egfr1_result", "event_type": "lab_result", "depends_on": "egfr1"},
        {"event_id": "reduce", "event_type": "dose_modification", "depends_on": "day1",
         "delay": {"days_min": 10, "days_max": 20}, "probability": 0.4,
         "parameters": {"modification": "dose_reduction", "dose_level": 2,
                        "reason": "Neutropenia"}},
        {"event_id": "week4", "event_type": "scheduled_visit", "depends_on": "day1",
         "delay": {"days": 28}, "parameters": {"visit_number": 2, "visit_name": "Week 4"}},
        {"event_id": "bp2", "event_type": "observation", "depends_on": "week4"},
        {"event_id": "hgb2", "event_type": "lab_order", "depends_on": "week4",
         "parameters": {"lab": "hemoglobin"}},
        {"event_id": "hgb2_result", "event_type": "lab_result", "depends_on": "hgb2",
         "delay": {"days": 1}}
      ]}
      """;

  /** The same year of care in {@code format} on {@code threads} threads. */
  public static Path yearOfCare(OutputFormat format, int threads) {
    return run(
        "year-of-care-" + format.wireName() + "-threads-" + threads,
        () -> yearOfCareRun().threads(threads),
        format);
  }

  private static HealthSim yearOfCareRun() {
    return HealthSim.cohort("medicare-diabetic")
        .journeys("year-of-care")
        .count(YEAR_OF_CARE_MEMBERS)
        .seed(42);
  }

  /** Measured observations beside the vitals of {@link EveryEventType}: a BMI and a TSH. */
  private static final String MEASUREMENTS =
      """
      {"journey_id": "measurements", "products": ["patientsim"], "events": [
        {"event_id": "start", "event_type": "journey_start"},
        {"event_id": "bmi", "event_type": "observation", "delay": {"days": 3},
         "parameters": {"lab": "bmi"}},
        {"event_id": "tsh", "event_type": "observation", "delay": {"days": 3},
         "parameters": {"lab": "tsh"}}
      ]}
      """;

  /**
   * Every event type of every product, and measured observations, for 40 members of {@code
   * medicare-diabetic}.
   */
  public static Path everyEventType() {
    return everyEventType(InterchangeFormats.FHIR);
  }

  /**
   * Profiles alone, without journeys, and without person details: 30 members of {@code
   * medicaid-pediatric}, whose Patients have a masked name.
   */
  public static Path profileOnly() {
    return run(
        "profile-only",
        () -> {
          ProfileSpecification p = ProfileTemplates.get("medicaid-pediatric");
          return HealthSim.cohort(p.withGeneration(p.generation().withPersonDetails(false)))
              .count(30)
              .seed(5);
        },
        InterchangeFormats.FHIR);
  }

  /**
   * Every FHIR run: each built-in journey, the year of care, every event type, and profiles alone.
   */
  public static List<Path> fhirRuns() {
    List<Path> all = new ArrayList<>();
    JOURNEYS.keySet().forEach(j -> all.add(journey(j)));
    all.add(yearOfCare(InterchangeFormats.FHIR));
    all.add(everyEventType());
    all.add(profileOnly());
    return all;
  }

  private interface RunSpec {
    HealthSim build();
  }

  private static synchronized Path run(String name, RunSpec spec, OutputFormat format) {
    return RUNS.computeIfAbsent(
        name,
        n -> {
          Path dir = ROOT.resolve(n);
          try {
            spec.build().writeTo(format, dir);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return dir;
        });
  }

  /** The resources of each {@code <Type>.ndjson} of a run, by resource type. */
  public static Map<String, List<JsonNode>> resources(Path dir) {
    Map<String, List<JsonNode>> byType = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(InterchangeRuns::isResourceFile).sorted().toList()) {
        String type = f.getFileName().toString().replace(".ndjson", "");
        List<JsonNode> list = new ArrayList<>();
        for (String line : Files.readAllLines(f)) {
          list.add(JSON.readTree(line));
        }
        byType.put(type, list);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return byType;
  }

  /** The lines of each {@code <Type>.ndjson} of a run, by resource type. */
  public static Map<String, List<String>> lines(Path dir) {
    Map<String, List<String>> byType = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(InterchangeRuns::isResourceFile).sorted().toList()) {
        byType.put(f.getFileName().toString().replace(".ndjson", ""), Files.readAllLines(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return byType;
  }

  private static boolean isResourceFile(Path f) {
    String name = f.getFileName().toString();
    return name.endsWith(".ndjson") && Character.isUpperCase(name.charAt(0));
  }
}
