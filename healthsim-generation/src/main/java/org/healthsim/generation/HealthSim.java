package org.healthsim.generation;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.healthsim.core.spec.DateLimits;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.calibration.CalibrationReport;
import org.healthsim.generation.calibration.CalibrationTally;
import org.healthsim.generation.cohort.EntityTimelines;
import org.healthsim.generation.cohort.FailedEvents;
import org.healthsim.generation.cohort.TimelineObserver;
import org.healthsim.generation.journey.HandlerSet;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.output.CohortOutput;
import org.healthsim.generation.output.OutputFormat;
import org.healthsim.generation.output.RunDirectory;
import org.healthsim.generation.output.RunManifest;
import org.healthsim.generation.profile.EntitySink;
import org.healthsim.generation.profile.ExecutionResult;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.generation.profile.ReferenceResolver;
import org.healthsim.generation.template.JourneyTemplates;
import org.healthsim.generation.template.ProfileTemplates;
import org.healthsim.generation.trigger.CrossProductCoordinator;

/**
 * The whole pipeline in one immutable value: a profile, its journeys, triggers and claims, a seed
 * and a count, then {@link #stream()} the members or {@link #writeTo} a run directory exactly as
 * {@code healthsim generate} writes one. Each {@code with}-style call returns a new value.
 *
 * <pre>{@code
 * RunSummary run = HealthSim.cohort("medicare-diabetic")
 *     .journeys("year-of-care")
 *     .seed(42)
 *     .count(1_000)
 *     .period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
 *     .writeTo(OutputFormat.NDJSON, Path.of("out/medicare"));
 *
 * try (Stream<CohortMember> members = HealthSim.cohort(profile).journeys(journey).stream()) {
 *   members.limit(10).forEach(m -> System.out.println(m.entity().entityId() + " " + m.events().size()));
 * }
 * }</pre>
 *
 * Defaults: the spec's seed and count, triggers and billing on, the journeys starting on the
 * profile's as-of date and running for the longest journey's duration, one worker per processor.
 * The output does not depend on the number of workers.
 */
public final class HealthSim {

  private final ProfileSpecification profile;
  private final List<JourneySpecification> journeys;
  private final Long seed;
  private final Long count;
  private final LocalDate start;
  private final LocalDate until;
  private final boolean triggers;
  private final boolean billing;
  private final int threads;
  private final ReferenceResolver reference;
  private final List<TimelineObserver> observers;
  private final List<HandlerSet> handlerSets;
  private final LongConsumer progress;
  private final boolean overwrite;
  private final RunManifest.Run inputs;

  private HealthSim(Draft d) {
    this.profile = Objects.requireNonNull(d.profile, "profile");
    this.journeys = List.copyOf(d.journeys);
    this.seed = d.seed;
    this.count = d.count;
    this.start = d.start;
    this.until = d.until;
    this.triggers = d.triggers;
    this.billing = d.billing;
    this.threads = d.threads;
    this.reference = d.reference;
    this.observers = List.copyOf(d.observers);
    this.handlerSets = List.copyOf(d.handlerSets);
    this.progress = d.progress;
    this.overwrite = d.overwrite;
    this.inputs = d.inputs;
  }

  /** A cohort of {@code profile}, with no journeys yet. */
  public static HealthSim cohort(ProfileSpecification profile) {
    Draft d = new Draft();
    d.profile = Objects.requireNonNull(profile, "profile");
    return new HealthSim(d);
  }

  /**
   * A cohort of the built-in profile template {@code name}.
   *
   * @throws IllegalArgumentException naming the templates when there is none called so
   */
  public static HealthSim cohort(String template) {
    return cohort(ProfileTemplates.get(template));
  }

  /** This cohort with {@code journeys} added, each on every member's timeline. */
  public HealthSim journeys(JourneySpecification... journeys) {
    List<JourneySpecification> added = new ArrayList<>();
    for (JourneySpecification j : journeys) {
      added.add(Objects.requireNonNull(j, "journey"));
    }
    return with(d -> d.journeys.addAll(added));
  }

  /**
   * This cohort with the built-in journey templates {@code names} added.
   *
   * @throws IllegalArgumentException naming the templates when one is not among them
   */
  public HealthSim journeys(String... names) {
    JourneySpecification[] specs = new JourneySpecification[names.length];
    for (int i = 0; i < names.length; i++) {
      specs[i] = JourneyTemplates.get(names[i]);
    }
    return journeys(specs);
  }

  /** This cohort with cross-product triggers on (the default) or off. */
  public HealthSim triggers(boolean on) {
    return with(d -> d.triggers = on);
  }

  /** This cohort with every service billed and adjudicated (the default), or services only. */
  public HealthSim billing(boolean on) {
    return with(d -> d.billing = on);
  }

  /** This cohort drawn from {@code seed} instead of the spec's. */
  public HealthSim seed(long seed) {
    return with(d -> d.seed = seed);
  }

  /** This cohort with {@code count} members instead of the spec's. */
  public HealthSim count(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count = " + count + ": must be >= 0");
    }
    return with(d -> d.count = count);
  }

  /**
   * This cohort with its journeys starting on {@code start}, events executed up to {@code until}.
   */
  public HealthSim period(LocalDate start, LocalDate until) {
    DateLimits.require("start", Objects.requireNonNull(start, "start"));
    DateLimits.requireSpan(start, Objects.requireNonNull(until, "until"));
    return with(
        d -> {
          d.start = start;
          d.until = until;
        });
  }

  /** This cohort generated on {@code threads} workers; the output is the same for any number. */
  public HealthSim threads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads = " + threads + ": must be at least 1");
    }
    return with(d -> d.threads = threads);
  }

  /** This cohort resolving reference-based demographics from {@code reference}. */
  public HealthSim reference(ReferenceResolver reference) {
    Objects.requireNonNull(reference, "reference");
    return with(d -> d.reference = reference);
  }

  /** This cohort with {@code observer} shown each member's finished timeline. */
  public HealthSim observe(TimelineObserver observer) {
    Objects.requireNonNull(observer, "observer");
    return with(d -> d.observers.add(observer));
  }

  /**
   * This cohort with {@code handlers} registered on its journey engine, after the built-in ones and
   * those found on the class path: event types and handlers of the application's own, or handlers
   * in place of built-in ones.
   *
   * <pre>{@code
   * HealthSim.cohort(profile).journeys(journey).handlers(engine -> engine
   *     .registerHandler(Product.PATIENTSIM, HOME_VISIT, ctx -> HandlerResult.of(...)))
   * }</pre>
   */
  public HealthSim handlers(HandlerSet handlers) {
    Objects.requireNonNull(handlers, "handlers");
    return with(d -> d.handlerSets.add(handlers));
  }

  /** This cohort telling {@code progress} the number of members written so far, as it writes. */
  public HealthSim progress(LongConsumer progress) {
    Objects.requireNonNull(progress, "progress");
    return with(d -> d.progress = progress);
  }

  /** This cohort replacing an earlier run in the directory it is written to (default: refuse). */
  public HealthSim overwrite(boolean overwrite) {
    return with(d -> d.overwrite = overwrite);
  }

  /**
   * This cohort recording {@code profile} and {@code journeys} (the names or files it was read
   * from) and {@code specSha256} in the manifest, instead of the specs' ids: the command line's
   * inputs.
   */
  public HealthSim describedAs(String profile, List<String> journeys, String specSha256) {
    RunManifest.Run described =
        new RunManifest.Run(profile, journeys, specSha256, 0, 0, null, null, null, List.of());
    return with(d -> d.inputs = described);
  }

  private HealthSim with(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return new HealthSim(d);
  }

  /** The settings of a cohort being derived from another. */
  private static final class Draft {
    ProfileSpecification profile;
    List<JourneySpecification> journeys = new ArrayList<>();
    Long seed;
    Long count;
    LocalDate start;
    LocalDate until;
    boolean triggers = true;
    boolean billing = true;
    int threads = Runtime.getRuntime().availableProcessors();
    ReferenceResolver reference;
    List<TimelineObserver> observers = new ArrayList<>();
    List<HandlerSet> handlerSets = new ArrayList<>();
    LongConsumer progress = done -> {};
    boolean overwrite;
    RunManifest.Run inputs;

    Draft() {}

    Draft(HealthSim c) {
      profile = c.profile;
      journeys = new ArrayList<>(c.journeys);
      seed = c.seed;
      count = c.count;
      start = c.start;
      until = c.until;
      triggers = c.triggers;
      billing = c.billing;
      threads = c.threads;
      reference = c.reference;
      observers = new ArrayList<>(c.observers);
      handlerSets = new ArrayList<>(c.handlerSets);
      progress = c.progress;
      overwrite = c.overwrite;
      inputs = c.inputs;
    }
  }

  /** The profile. */
  public ProfileSpecification profile() {
    return profile;
  }

  /** The journeys, in the order given. */
  public List<JourneySpecification> journeyList() {
    return journeys;
  }

  /** The seed the members are drawn from: the one given, else the spec's, else 42. */
  public long seedUsed() {
    return executor().seedFor(profile);
  }

  /** The number of members: the one given, else the spec's. */
  public long countUsed() {
    return count != null ? count : profile.generation().count();
  }

  /** Whether events in one product trigger events in others (on unless turned off). */
  public boolean triggersOn() {
    return triggers;
  }

  /** Whether the members' care is billed and adjudicated (on unless turned off). */
  public boolean billingOn() {
    return billing;
  }

  /**
   * The profile as the members are drawn from it: resolved against the reference data when it takes
   * its demographics from there ({@link #reference}); else the profile itself.
   */
  public ProfileSpecification resolvedProfile() {
    return executor().resolve(profile);
  }

  /** The first day of the journeys: the one given, else the profile's as-of date. */
  public LocalDate startDate() {
    return start != null ? start : profile.generation().asOf();
  }

  /** The last day events are executed up to: the one given, else the longest journey's end. */
  public LocalDate untilDate() {
    return until != null ? until : EntityTimelines.defaultUntil(startDate(), journeys);
  }

  /**
   * Runs every check a run runs, without generating: the profile (its distributions, expressions
   * and reference lookup) and each journey (event types, parameters, dependencies, limits).
   *
   * @throws org.healthsim.core.validation.SpecValidationException listing every problem of the
   *     first spec that has any, with JSON paths
   * @throws IllegalArgumentException when the period is out of range
   */
  public void check() {
    executor().check(profile);
    if (!journeys.isEmpty()) {
      JourneyEngine engine = engine();
      journeys.forEach(engine::check);
    }
    DateLimits.requireSpan(startDate(), untilDate());
  }

  /**
   * The members from index 0 on, each with its executed events, lazily and in order on the calling
   * thread; limited to the count. Member {@code i} is the same as in any run of this cohort.
   */
  public Stream<CohortMember> stream() {
    EntityTimelines timelines = timelines(null, null);
    return executor().stream(profile)
        .limit(countUsed())
        .map(e -> new CohortMember(e, timelines == null ? null : timelines.timeline(e)));
  }

  /**
   * Members {@code from} (inclusive) to {@code to} (exclusive), each with its executed events,
   * lazily and in order on the calling thread. Member {@code i} is the same as in any run of this
   * cohort: a range is what one worker of a partitioned run generates.
   *
   * @throws IllegalArgumentException when the range is not within the cohort
   */
  public Stream<CohortMember> members(long from, long to) {
    if (from < 0 || to < from || to > countUsed()) {
      throw new IllegalArgumentException(
          "members " + from + " to " + to + " are not within the cohort of " + countUsed());
    }
    EntityTimelines timelines = timelines(null, null);
    return executor().stream(profile, from, to)
        .map(e -> new CohortMember(e, timelines == null ? null : timelines.timeline(e)));
  }

  /** Member {@code index} alone, equal to that member of any run of this cohort. */
  public CohortMember member(long index) {
    GeneratedEntity entity = executor().generateEntity(profile, index);
    EntityTimelines timelines = timelines(null, null);
    return new CohortMember(entity, timelines == null ? null : timelines.timeline(entity));
  }

  /**
   * Checks this cohort, then writes it to {@code dir} as one complete run: the members (and their
   * events and claims) in {@code format}, {@code validation.txt}, with journeys {@code
   * calibration.txt} and {@code calibration.json}, and {@code manifest.json} last. A run that fails
   * leaves no file that looks complete.
   *
   * @throws org.healthsim.generation.output.RunDirectoryException when {@code dir} holds an earlier
   *     run or other files and this cohort does not {@link #overwrite}, or another run is writing
   *     there
   */
  public RunSummary writeTo(OutputFormat format, Path dir) throws IOException {
    return write(format, dir, null);
  }

  /**
   * Checks this cohort, then writes member {@code index} alone to {@code dir}, exactly as it stands
   * in a full run (no validation or calibration report: one member has no statistics).
   */
  public RunSummary writeMemberTo(long index, OutputFormat format, Path dir) throws IOException {
    if (index < 0 || index >= countUsed()) {
      throw new IllegalArgumentException(
          "member " + index + " is outside the cohort of " + countUsed());
    }
    return write(format, dir, index);
  }

  private RunSummary write(OutputFormat format, Path dir, Long index) throws IOException {
    Objects.requireNonNull(format, "format");
    check();
    CalibrationTally calibration = new CalibrationTally(startDate(), untilDate());
    FailedEvents failures = new FailedEvents();
    EntityTimelines timelines = timelines(calibration, failures);
    try (RunDirectory run = RunDirectory.open(dir, overwrite)) {
      ExecutionResult result = null;
      long events;
      List<Path> files;
      try (CohortOutput out = format.open(dir, true, timelines)) {
        if (index == null) {
          result = executor().generate(profile, countUsed(), out.sink(), progress);
        } else {
          writeOne(out.sink(), executor().generateEntity(profile, index));
        }
        events = out.eventsWritten();
        run.put(out);
        files = out.files();
      }
      CalibrationReport calibrated = null;
      if (result != null) {
        run.writeText("validation.txt", result.validation() + "\n");
        if (timelines != null) {
          calibrated = calibration.report();
          run.writeText("calibration.txt", calibrated.text());
          run.writeText("calibration.json", calibrated.json());
        }
      }
      run.commit(manifestRun(format, index, timelines != null));
      return new RunSummary(
          dir,
          seedUsed(),
          index == null ? countUsed() : 1,
          events,
          files,
          result,
          calibrated,
          failures.reasons(),
          run.partialsRemoved());
    }
  }

  private static <C> void writeOne(EntitySink<C> sink, GeneratedEntity entity) throws IOException {
    sink.write(sink.encode(List.of(entity)));
  }

  private RunManifest.Run manifestRun(OutputFormat format, Long index, boolean withJourneys) {
    List<String> journeyNames = new ArrayList<>();
    journeys.forEach(j -> journeyNames.add(j.journeyId()));
    return new RunManifest.Run(
        inputs != null ? inputs.profile() : profile.id(),
        inputs != null ? inputs.journeys() : journeyNames,
        inputs != null ? inputs.specSha256() : null,
        seedUsed(),
        countUsed(),
        index,
        withJourneys ? startDate().toString() : null,
        withJourneys ? untilDate().toString() : null,
        format.parts().stream().map(OutputFormat::wireName).toList());
  }

  private ProfileExecutor executor() {
    ProfileExecutor executor = seed != null ? new ProfileExecutor(seed) : new ProfileExecutor();
    executor = executor.withThreads(threads);
    return reference == null ? executor : executor.withReference(reference);
  }

  /** The journey engine: the built-in handlers, those on the class path, then this cohort's. */
  private JourneyEngine engine() {
    JourneyEngine engine = new JourneyEngine(seedUsed());
    handlerSets.forEach(set -> set.register(engine));
    return engine;
  }

  /** The members' timelines, or null without journeys. */
  private EntityTimelines timelines(CalibrationTally calibration, FailedEvents failures) {
    if (journeys.isEmpty()) {
      return null;
    }
    EntityTimelines timelines =
        new EntityTimelines(
            engine(),
            journeys,
            startDate(),
            untilDate(),
            triggers ? CrossProductCoordinator.createCoordinator() : null);
    if (!billing) {
      timelines = timelines.withoutBilling();
    }
    if (calibration != null) {
      timelines = timelines.withObserver(calibration).withObserver(failures);
    }
    for (TimelineObserver o : observers) {
      timelines = timelines.withObserver(o);
    }
    return timelines;
  }
}
