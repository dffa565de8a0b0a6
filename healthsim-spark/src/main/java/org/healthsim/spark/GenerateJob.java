package org.healthsim.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.core.validation.SpecValidationException;
import org.healthsim.generation.HealthSim;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.template.JourneyTemplates;
import org.healthsim.generation.template.ProfileTemplates;
import org.healthsim.reference.ReferenceDatabase;

/**
 * The {@code spark-submit} main class: {@code spark-submit --class org.healthsim.spark.GenerateJob
 * healthsim-spark.jar --profile medicare-diabetic --journey year-of-care --count 10000000
 * --partitions 400 --out s3a://bucket/run}. The options are the command line's ({@code --profile},
 * {@code --journey} (repeated), {@code --count}, {@code --seed}, {@code --start}, {@code --until},
 * {@code --no-triggers}, {@code --no-billing}, {@code --reference-db}) and {@code --partitions},
 * {@code --out URI} and {@code --format parquet|delta}. Without {@code --master} it takes Spark's
 * own ({@code spark-submit}'s, or {@code -Dspark.master=local[2]}). A bad spec or option fails on
 * the driver with the command line's message and exit code 2, before any job.
 */
public final class GenerateJob {

  /** Exit codes, as the command line's. */
  static final int OK = 0;

  static final int INVALID = 2;

  /** The parsed options. */
  static final class Options {
    String profile;
    final List<String> journeys = new ArrayList<>();
    Long count;
    Long seed;
    LocalDate start;
    LocalDate until;
    boolean triggers = true;
    boolean billing = true;
    Path referenceDb;
    int partitions;
    String out;
    String format = "parquet";
    String master;
  }

  private GenerateJob() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != OK) {
      System.exit(code);
    }
  }

  /** Runs the job; returns the exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Options o;
    HealthSim cohort;
    try {
      o = parse(args);
      cohort = cohort(o);
      CohortDefinition.of(cohort);
    } catch (SpecValidationException e) {
      err.println(e.getMessage());
      return INVALID;
    } catch (IllegalArgumentException | IOException e) {
      err.println("healthsim: " + e.getMessage());
      return INVALID;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("healthsim generate");
    if (o.master != null) {
      builder = builder.master(o.master);
    }
    SparkSession spark = builder.getOrCreate();
    long started = System.nanoTime();
    try (CohortTables tables = SparkCohort.generate(spark, cohort, o.partitions)) {
      if (o.format.equals("delta")) {
        tables.writeDelta(o.out);
      } else {
        tables.writeParquet(o.out);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      long rows = 0;
      for (String name : tables.names()) {
        long n = tables.rowCounts().get(name);
        rows += n;
        out.printf("%-28s %,14d rows%n", name, n);
      }
      out.printf(
          "%,d members, %,d rows in %d tables written to %s in %.1f s (%,.0f rows/s) on %s%n",
          cohort.countUsed(),
          rows,
          tables.names().size(),
          o.out,
          seconds,
          rows / seconds,
          spark.sparkContext().master());
    }
    return OK;
  }

  static Options parse(String[] args) {
    Options o = new Options();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--no-triggers" -> o.triggers = false;
        case "--no-billing" -> o.billing = false;
        default -> {
          if (!a.startsWith("--") || i + 1 >= args.length) {
            throw new IllegalArgumentException(
                a.startsWith("--") ? a + " needs a value" : "unexpected argument " + a);
          }
          String v = args[++i];
          switch (a) {
            case "--profile" -> o.profile = v;
            case "--journey" -> o.journeys.add(v);
            case "--count" -> o.count = number(a, v);
            case "--seed" -> o.seed = number(a, v);
            case "--start" -> o.start = date(a, v);
            case "--until" -> o.until = date(a, v);
            case "--reference-db" -> o.referenceDb = Path.of(v);
            case "--partitions" -> o.partitions = Math.toIntExact(number(a, v));
            case "--out" -> o.out = v;
            case "--format" -> o.format = v;
            case "--master" -> o.master = v;
            default ->
                throw new IllegalArgumentException(
                    "unknown option "
                        + a
                        + " (options: --profile, --journey, --count, --seed,"
                        + " --start, --until, --no-triggers, --no-billing, --reference-db,"
                        + " --partitions, --out, --format, --master)");
          }
        }
      }
    }
    if (o.profile == null) {
      throw new IllegalArgumentException("--profile is required");
    }
    if (o.out == null || o.out.isEmpty()) {
      throw new IllegalArgumentException("--out is required: a directory URI");
    }
    if (o.partitions < 1) {
      throw new IllegalArgumentException("--partitions must be at least 1, got " + o.partitions);
    }
    if (!o.format.equals("parquet") && !o.format.equals("delta")) {
      throw new IllegalArgumentException("--format " + o.format + ": parquet or delta");
    }
    return o;
  }

  /** The cohort of the options, its profile resolved against the reference database if given. */
  static HealthSim cohort(Options o) throws IOException {
    ProfileSpecification profile =
        ProfileTemplates.NAMES.contains(o.profile)
            ? ProfileTemplates.get(o.profile)
            : SpecReader.readProfile(file("--profile", o.profile, ProfileTemplates.NAMES));
    List<JourneySpecification> journeys = new ArrayList<>();
    for (String j : o.journeys) {
      journeys.add(
          JourneyTemplates.NAMES.contains(j)
              ? JourneyTemplates.get(j)
              : SpecReader.readJourney(file("--journey", j, JourneyTemplates.NAMES)));
    }
    HealthSim cohort = HealthSim.cohort(profile).triggers(o.triggers).billing(o.billing);
    if (o.count != null) {
      cohort = cohort.count(o.count);
    }
    if (o.seed != null) {
      cohort = cohort.seed(o.seed);
    }
    if (o.start != null || o.until != null) {
      LocalDate from = o.start != null ? o.start : cohort.startDate();
      LocalDate to = o.until != null ? o.until : EntityTimelines.defaultUntil(from, journeys);
      cohort = cohort.period(from, to);
    }
    if (o.referenceDb != null) {
      // Resolved here, on the driver: the executors get the resolved profile, not the database.
      try (ReferenceDatabase reference = ReferenceDatabase.open(o.referenceDb)) {
        return checked(o, journeys, cohort.reference(reference));
      }
    }
    return checked(o, journeys, cohort);
  }

  /**
   * {@code cohort} with its profile resolved, after the checks of the command line, each spec's
   * problems under its own name ("invalid FILE (1 problem)"): the profile's, then each journey's.
   */
  private static HealthSim checked(
      Options o, List<JourneySpecification> journeys, HealthSim profileOnly) {
    SpecValidationException.checkAs(o.profile, profileOnly::check);
    JourneyEngine engine = new JourneyEngine(profileOnly.seedUsed());
    for (int j = 0; j < journeys.size(); j++) {
      JourneySpecification journey = journeys.get(j);
      SpecValidationException.checkAs(o.journeys.get(j), () -> engine.check(journey));
    }
    HealthSim cohort = profileOnly.journeys(journeys.toArray(JourneySpecification[]::new));
    cohort.check();
    return HealthSim.cohort(cohort.resolvedProfile())
        .journeys(journeys.toArray(JourneySpecification[]::new))
        .triggers(cohort.triggersOn())
        .billing(cohort.billingOn())
        .seed(cohort.seedUsed())
        .count(cohort.countUsed())
        .period(cohort.startDate(), cohort.untilDate());
  }

  private static Path file(String option, String nameOrFile, List<String> templates) {
    Path path = Path.of(nameOrFile);
    if (!Files.exists(path)) {
      throw new IllegalArgumentException(
          option
              + " "
              + nameOrFile
              + ": no such file and no such template (templates: "
              + String.join(", ", templates)
              + ")");
    }
    return path;
  }

  private static long number(String option, String value) {
    try {
      return Long.parseLong(value.replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " " + value + ": not a whole number");
    }
  }

  private static LocalDate date(String option, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " " + value + ": not a date (YYYY-MM-DD)");
    }
  }
}
