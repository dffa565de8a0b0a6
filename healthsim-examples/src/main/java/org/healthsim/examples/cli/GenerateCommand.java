package org.healthsim.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.healthsim.core.internal.validation.Hints;
import org.healthsim.core.spec.DateLimits;
import org.healthsim.core.spec.GenerationSpec;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.core.validation.SpecValidationException;
import org.healthsim.generation.HealthSim;
import org.healthsim.generation.RunSummary;
import org.healthsim.generation.calibration.CalibrationReport;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.cohort.FailedEvents;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.output.OutputFormat;
import org.healthsim.generation.output.OutputFormats;
import org.healthsim.generation.output.RunManifest;
import org.healthsim.generation.person.PersonGenerator;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.reference.ReferenceDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code healthsim generate --profile P --count N --seed S --out DIR}: writes {@code
 * DIR/entities.ndjson} (one entity per line, in index order) and {@code DIR/validation.txt}, or
 * with {@code --format} CSV files, a DuckDB database or Parquet files.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Generates a cohort from a profile (a built-in template or a spec file) and writes"
            + " DIR/entities.ndjson, one entity per line, and DIR/validation.txt; with --journey,"
            + " also DIR/events.ndjson, every entity's events in date order. --format csv, duckdb"
            + " or parquet writes tables instead.")
final class GenerateCommand implements Callable<Integer> {

  @CommandLine.Mixin CohortOptions cohort;

  @Option(
      names = "--entity",
      paramLabel = "INDEX",
      description = "regenerate only entity INDEX (0-based), identical to its line in a full run")
  Long entity;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "worker threads (default: processors); the output does not depend on it")
  Integer threads;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = "date ages are computed at (default: the spec's, else 2025-01-01)")
  LocalDate asOf;

  @Option(
      names = "--journey",
      paramLabel = "TEMPLATE|FILE",
      description = "a journey for every entity (repeatable); writes DIR/events.ndjson too")
  List<String> journeys = new ArrayList<>();

  @Option(
      names = "--start",
      paramLabel = "YYYY-MM-DD",
      description = "journey start date (default: the as-of date)")
  LocalDate start;

  @Option(
      names = "--until",
      paramLabel = "YYYY-MM-DD",
      description = "execute events up to this date (default: the end of the longest journey)")
  LocalDate until;

  @Option(
      names = "--no-triggers",
      description =
          "no cross-product triggers (by default an order brings its fill, a lab order its result...)")
  boolean noTriggers;

  @Option(
      names = "--no-billing",
      description = "services only: no claims (by default every service is billed and adjudicated)")
  boolean noBilling;

  @Option(names = "--no-person-details", description = "leave out names, addresses and phones")
  boolean noPersonDetails;

  @Option(names = "--quiet", description = "no progress on stderr")
  boolean quiet;

  @Option(
      names = "--large",
      description =
          "run a cohort of more than 100,000,000 entities (refused without it: a run of days)")
  boolean large;

  @Option(
      names = "--strict",
      description =
          "exit 3 when any event failed (its handler could not run it); the output is written"
              + " either way, and the failures are always listed on stderr")
  boolean strict;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "ndjson (default), csv (a file per table), duckdb (DIR/healthsim.duckdb), parquet (a"
              + " file per table), fhir (FHIR R4 Bulk NDJSON, a file per resource type), fhir-bundle"
              + " (a FHIR transaction Bundle per patient), x12 (837P, 837I, 835 and 834 files), ncpdp"
              + " (NCPDP D.0 pharmacy requests and responses), sdtm"
              + " (CDISC SDTM datasets of trial journeys), or several separated by commas"
              + " (parquet,fhir), written in one run",
      converter = FormatConverter.class)
  OutputFormat format = OutputFormat.NDJSON;

  @Option(
      names = "--reference-db",
      paramLabel = "FILE",
      description = "reference database for populationsim/hybrid profiles")
  Path referenceDb;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private int workers;

  @Override
  public Integer call() throws IOException {
    if (referenceDb == null) {
      return generate(null);
    }
    try (ReferenceDatabase reference = ReferenceDatabase.open(referenceDb)) {
      return generate(reference);
    }
  }

  private int generate(ReferenceDatabase reference) throws IOException {
    CommandLine line = spec.commandLine();
    ProfileSpecification profileSpec = cohort.readProfile(line);
    GenerationSpec generation = profileSpec.generation();
    if (asOf != null) {
      check(DateLimits.inRange(asOf), "--as-of " + asOf + ": " + DateLimits.outOfRange());
      generation = generation.withAsOf(asOf);
    }
    if (noPersonDetails) {
      generation = generation.withPersonDetails(false);
    }
    profileSpec = profileSpec.withGeneration(generation);
    if (generation.personDetails() || !journeys.isEmpty()) {
      // Names and addresses (and the journeys' provider directory, which is built from them) are
      // read on a thread of their own while the run is checked and set up. Started only when the
      // run needs them: on two cores, reading them for nothing delays everything else.
      PersonGenerator.preload();
    }
    long n = cohort.count(profileSpec, line);
    check(!cohort.out.toString().isEmpty(), "--out must not be empty");
    check(entity == null || entity >= 0, "--entity must be >= 0, got " + entity);
    workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    check(workers >= 1, "--threads must be at least 1, got " + workers);
    ProfileExecutor executor = new ProfileExecutor(cohort.seed(profileSpec)).withThreads(workers);
    if (reference != null) {
      executor = executor.withReference(reference);
    }
    ProfileExecutor checking = executor;
    ProfileSpecification checkedSpec = profileSpec;
    // Every problem of the profile, and below of the journeys, before the directory is touched.
    SpecValidationException.checkAs(cohort.profile, () -> checking.check(checkedSpec));

    List<JourneySpecification> journeySpecs = new ArrayList<>();
    for (String journey : journeys) {
      journeySpecs.add(SpecSource.journey(journey, line));
    }
    check(
        start == null || DateLimits.inRange(start),
        "--start " + start + ": " + DateLimits.outOfRange());
    LocalDate from = start != null ? start : generation.asOf();
    LocalDate to = until != null ? until : EntityTimelines.defaultUntil(from, journeySpecs);
    check(!to.isBefore(from), "--until " + to + " is before the start " + from);
    check(
        !to.isAfter(from.plusDays(DateLimits.MAX_SPAN_DAYS)),
        "--until " + to + " is more than " + DateLimits.MAX_SPAN_DAYS + " days after the start");
    long seedUsed = executor.seedFor(profileSpec);
    if (!journeys.isEmpty()) {
      // Only with journeys: the engine's handlers build a provider directory, which waits for the
      // person data (names) that a run without person details never needs.
      JourneyEngine engine = new JourneyEngine(seedUsed);
      for (int j = 0; j < journeys.size(); j++) {
        JourneySpecification journey = journeySpecs.get(j);
        SpecValidationException.checkAs(journeys.get(j), () -> engine.check(journey));
      }
    }
    if (entity == null) {
      RunProjection projection = RunProjection.of(n, !journeySpecs.isEmpty(), from, to);
      check(
          n <= RunProjection.CONFIRM || large,
          "--count "
              + String.format("%,d", n)
              + " is past "
              + String.format("%,d", RunProjection.CONFIRM)
              + " entities: "
              + projection
              + "; add --large to run it");
      if (n > RunProjection.ANNOUNCE) {
        line.getErr().println("healthsim: " + projection);
      }
    }
    check(
        entity == null || entity < n,
        "--entity " + entity + " is outside the cohort of " + n + " (0-" + (n - 1) + ")");
    HealthSim run =
        HealthSim.cohort(profileSpec)
            .journeys(journeySpecs.toArray(JourneySpecification[]::new))
            .seed(seedUsed)
            .count(n)
            .period(from, to)
            .triggers(!noTriggers)
            .billing(!noBilling)
            .threads(workers)
            .overwrite(cohort.overwrite)
            .describedAs(cohort.profile, journeys, SpecSource.sha256(cohort.profile, journeys));
    if (reference != null) {
      run = run.reference(reference);
    }
    if (entity != null) {
      RunSummary written = run.writeMemberTo(entity, format, cohort.out);
      reportPartials(written);
      line.getOut().printf("seed %d: entity %d written to %s%n", seedUsed, entity, cohort.out);
      return reportFailures(written);
    }
    line.getOut()
        .printf(
            "seed %d: generating %,d entities of %s%s on %d threads as %s%n",
            seedUsed,
            n,
            name(profileSpec),
            journeys.isEmpty()
                ? ""
                : " with " + String.join(", ", journeys) + " from " + from + " to " + to,
            workers,
            format.wireName());
    RunSummary written =
        run.progress(new Progress(line.getErr(), n, quiet)).writeTo(format, cohort.out);
    reportPartials(written);
    printSummary(written);
    return reportFailures(written);
  }

  private void reportPartials(RunSummary written) {
    if (written.partialsRemoved() > 0) {
      spec.commandLine()
          .getErr()
          .printf(
              "healthsim: removed %d partial files of an interrupted run in %s%n",
              written.partialsRemoved(), cohort.out);
    }
  }

  /**
   * Lists on stderr the events that failed, most frequent reasons first; 3 with {@code --strict}
   * when any did, else 0.
   */
  private int reportFailures(RunSummary written) {
    long total = written.failedEventCount();
    if (total == 0) {
      return 0;
    }
    PrintWriter err = spec.commandLine().getErr();
    err.printf(
        "healthsim: %,d events failed (\"status\": \"failed\" in the output, with the reason):%n",
        total);
    List<FailedEvents.Reason> reasons = written.failedEvents();
    reasons.stream()
        .limit(SHOWN_REASONS)
        .forEach(r -> err.printf("  %,d x %s%n", r.count(), r.reason()));
    if (reasons.size() > SHOWN_REASONS) {
      err.printf("  and %d other reasons%n", reasons.size() - SHOWN_REASONS);
    }
    return strict ? FAILED_EVENTS : 0;
  }

  /** How many reasons for failed events a run lists. */
  private static final int SHOWN_REASONS = 5;

  /** The exit code of a {@code --strict} run in which events failed. */
  static final int FAILED_EVENTS = 3;

  private void printSummary(RunSummary written) {
    PrintWriter console = spec.commandLine().getOut();
    long n = written.members();
    double seconds = written.duration().toNanos() / 1e9;
    console.printf(
        "wrote %,d entities%s in %.2f s (%,.0f entities/s%s)%n",
        n,
        journeys.isEmpty() ? "" : String.format(" and %,d events", written.events()),
        seconds,
        n / seconds,
        journeys.isEmpty() ? "" : String.format(", %,.0f events/s", written.events() / seconds));
    for (Path f : written.files()) {
      console.printf("  %s%n", f);
    }
    console.printf("  %s%n", cohort.out.resolve(RunManifest.FILE));
    CalibrationReport calibrated = written.calibration();
    if (calibrated != null) {
      console.printf(
          "  %s%n  %s%n",
          cohort.out.resolve("calibration.txt"), cohort.out.resolve("calibration.json"));
      for (CalibrationReport.Line l : calibrated.lines()) {
        long outside =
            l.measures().stream().filter(m -> m.hasReference() && !m.withinReference()).count();
        console.printf(
            "calibration %s: %.1f office visits, %.0f ED visits and %.0f admissions per 1,000, %.1f fills per member-year; %d of %d measures outside their reference%n",
            l.name(),
            l.measure("office_visits_per_member_year").value(),
            l.measure("ed_visits_per_1000").value(),
            l.measure("admissions_per_1000").value(),
            l.measure("fills_30_day_per_member_year").value(),
            outside,
            l.measures().stream().filter(CalibrationReport.Measure::hasReference).count());
        if (!l.uncoveredCodes().isEmpty()) {
          console.printf(
              "  conditions with no care program (baseline care only): %s%n",
              String.join(", ", new java.util.TreeSet<>(l.uncoveredCodes().keySet())));
        }
      }
    }
    long failed = written.validation().metrics().stream().filter(m -> !m.passed()).count();
    console.printf(
        "validation: %s (%d metrics; details in %s)%n",
        failed == 0
            ? "every metric consistent with the spec"
            : failed + " metrics differ from the spec",
        written.validation().metrics().size(),
        cohort.out.resolve("validation.txt"));
  }

  private void check(boolean ok, String message) {
    if (!ok) {
      throw new CommandLine.ParameterException(spec.commandLine(), message);
    }
  }

  /** Reads {@code --format}: a format's name, or names separated by commas. */
  static final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      java.util.List<OutputFormat> formats = new java.util.ArrayList<>();
      for (String name : value.split(",", -1)) {
        String n = name.strip();
        formats.add(
            OutputFormats.byName(n)
                .orElseThrow(
                    () ->
                        new CommandLine.TypeConversionException(
                            "'"
                                + n
                                + "' is not a format: "
                                + String.join(", ", OutputFormats.names())
                                + Hints.didYouMean(n, OutputFormats.names()))));
      }
      try {
        return formats.size() == 1 ? formats.get(0) : OutputFormats.combined(formats);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  private static String name(ProfileSpecification p) {
    return p.id() != null ? p.id() : "the profile";
  }
}
