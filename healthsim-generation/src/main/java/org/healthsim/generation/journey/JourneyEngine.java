package org.healthsim.generation.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.commons.rng.UniformRandomProvider;
import org.healthsim.core.internal.registry.Registry;
import org.healthsim.core.internal.validation.JsonPath;
import org.healthsim.core.random.Randoms;
import org.healthsim.core.seed.Seeds;
import org.healthsim.core.spec.DateLimits;
import org.healthsim.core.spec.DelaySpec;
import org.healthsim.core.spec.EventCondition;
import org.healthsim.core.spec.EventDefinition;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.Product;
import org.healthsim.core.spec.RepeatSpec;
import org.healthsim.core.spec.WireNames;
import org.healthsim.core.validation.Problems;
import org.healthsim.core.validation.SpecValidationException;
import org.healthsim.generation.internal.calendar.BusinessCalendar;
import org.healthsim.generation.internal.journey.Delays;
import org.healthsim.generation.internal.profile.AttributeNames;

/**
 * Schedules journeys for entities and executes their timelines.
 *
 * <pre>{@code
 * JourneyEngine engine = new JourneyEngine(42);
 * Timeline timeline = engine.createTimeline(
 *     Map.of("patient_id", "P001"), "patient", journey, LocalDate.of(2025, 1, 1));
 * for (TimelineEvent event : timeline.events()) {
 *   System.out.println(event.scheduledDate() + ": " + event.eventName() + " (" + event.eventType().wireName() + ")");
 * }
 * engine.executeTimeline(timeline, entity, LocalDate.of(2025, 12, 31));
 * }</pre>
 *
 * <p>Scheduling follows DESIGN §5. Events are taken in dependency order (forward references are
 * fine). Each occurrence of each event draws from its own seeds, {@code eventSeed(entity seed,
 * journey, event, occurrence)}, so an entity's timeline never depends on other entities or on the
 * order timelines are created in. An event whose probability is not drawn, whose conditions do not
 * hold, or that falls on or after the end of the journey's {@code duration_days} is recorded as
 * skipped with the reason, and its dependents are skipped too. An event's delay counts from the
 * first occurrence of the event it depends on, else from the start date.
 *
 * <p>Handlers are registered per product and event type. An engine is safe to share between threads
 * once its handlers are registered; a timeline belongs to one thread.
 */
public final class JourneyEngine {

  /** Sub-stream of an occurrence's seed for its probability draw. */
  static final long CHANCE_STREAM = 1;

  /** Sub-stream of an occurrence's seed for its delay. */
  public static final long DELAY_STREAM = 2;

  /** Sub-stream of an occurrence's seed for its repeat jitter. */
  static final long JITTER_STREAM = 3;

  /** Sub-stream of an occurrence's seed for its handler's draws. */
  static final long HANDLER_STREAM = 4;

  private final long seed;

  /** The handlers by product, then by event type; product-neutral events' under {@code null}. */
  private final Map<Product, Map<EventType, EventHandler>> handlers = new HashMap<>();

  private final Map<String, JourneyPlanner> planners = new HashMap<>();
  private final Map<String, EventType> eventTypes =
      new ConcurrentHashMap<>(EventTypes.byWireName());
  private final Map<JourneySpecification, CompiledJourney> compiled =
      Collections.synchronizedMap(new IdentityHashMap<>());
  private final Map<String, List<CompiledJourney>> compiledById = new ConcurrentHashMap<>();

  /**
   * An engine whose event seeds derive from {@code seed} (any long, 0 included), with the handlers
   * of every {@link HandlerSet} on the class path: the built-in set handles every event type of
   * every product.
   */
  public JourneyEngine(long seed) {
    this(seed, true);
  }

  private JourneyEngine(long seed, boolean loadHandlerSets) {
    this.seed = seed;
    if (loadHandlerSets) {
      for (HandlerSet set :
          ServiceLoader.load(HandlerSet.class, JourneyEngine.class.getClassLoader())) {
        set.register(this);
      }
    }
  }

  /**
   * An engine with no handlers at all, for applications that register every handler themselves
   * (events of unregistered types fail with "no handler").
   */
  public static JourneyEngine withoutHandlers(long seed) {
    return new JourneyEngine(seed, false);
  }

  /** The framework guide's {@code create_journey_engine(seed)}. */
  public static JourneyEngine createJourneyEngine(long seed) {
    return new JourneyEngine(seed);
  }

  /** The engine's seed. */
  public long seed() {
    return seed;
  }

  /**
   * Registers {@code handler} for events of {@code type} in {@code product}, replacing any
   * registered before. Product-neutral types ({@link BaseEventType}) are registered per product. A
   * type of the application's own is registered with it ({@link #registerEventType}).
   */
  public JourneyEngine registerHandler(Product product, EventType type, EventHandler handler) {
    registerEventType(type);
    handlers
        .computeIfAbsent(product, p -> new HashMap<>())
        .put(type, Objects.requireNonNull(handler, "handler"));
    return this;
  }

  /**
   * Makes an event type of the application's own known to this engine, so journeys may write it as
   * {@code event_type}: its handler ({@link #registerHandler}) runs its events, whose records are
   * written like the built-in ones (NDJSON with their fields; a table per record class in CSV,
   * DuckDB and Parquet). Its parameters are the handler's to check: {@link #check} checks only the
   * built-in types' parameters. Registering a type again does nothing.
   *
   * @throws IllegalArgumentException when its wire name is not lower-case letters, digits and
   *     underscores, or is taken by another type (a built-in one included)
   */
  public JourneyEngine registerEventType(EventType type) {
    Objects.requireNonNull(type, "type");
    String name = type.wireName();
    Registry.requireName("event type " + type, name);
    EventType before = eventTypes.putIfAbsent(name, type);
    if (before != null && !before.equals(type)) {
      throw new IllegalArgumentException(
          "event type " + type + ": the name " + name + " is taken by " + before);
    }
    return this;
  }

  /** The event type journeys write as {@code name} here, built-in or registered. */
  public Optional<EventType> eventType(String name) {
    return Optional.ofNullable(eventTypes.get(name));
  }

  /** Every event type name this engine knows: the built-in ones, then the registered ones. */
  public List<String> eventTypeNames() {
    List<String> names = new ArrayList<>(EventTypes.names());
    eventTypes.keySet().stream().filter(n -> !names.contains(n)).sorted().forEach(names::add);
    return names;
  }

  /**
   * Registers {@code planner} under its name, replacing any registered before: journeys naming it
   * in {@code planner} have their events composed per entity by it.
   */
  public JourneyEngine registerPlanner(JourneyPlanner planner) {
    planners.put(planner.name(), Objects.requireNonNull(planner, "planner"));
    return this;
  }

  /**
   * Checks that {@code journey} can be scheduled here for entities generated from a profile, with
   * the built-in handlers: its event types and products, its planner and the planner's options,
   * each event's parameters as {@code event-parameters.csv} declares them, and the attributes its
   * events' {@code when}, {@code conditions} and {@code ${entity.x}} parameters read ({@link
   * AttributeNames}; any lab name, since the journey is checked apart from the profile). Entities
   * given as maps may carry other attributes, and handlers registered in place of the built-in ones
   * other parameters; this check is not for them.
   *
   * @throws SpecValidationException listing every problem
   */
  public void check(JourneySpecification journey) {
    Problems problems = new Problems();
    List<EventDefinition> events = journey.events();
    for (int i = 0; i < events.size(); i++) {
      EventDefinition e = events.get(i);
      String path = JsonPath.index("events", i);
      if (e.when() != null) {
        for (String problem : AttributeNames.problems(e.when(), null, true)) {
          problems.add(path + ".when", e.when().source(), problem);
        }
      }
      if (e.eventType() != null) {
        EventParameters.check(e.eventType(), e.parameters(), path, problems);
      }
      for (int c = 0; c < e.conditions().size(); c++) {
        String field = e.conditions().get(c).field();
        String condition = JsonPath.index(path + ".conditions", c) + ".field";
        AttributeNames.problem(field, null, true)
            .ifPresent(problem -> problems.add(condition, field, problem));
      }
    }
    try {
      compile(journey);
    } catch (SpecValidationException e) {
      problems.addAll("", e);
    }
    problems.throwIfAny();
  }

  /**
   * Schedules {@code journey} for {@code entity} from {@code startDate} on a new timeline, a
   * planned journey over its own duration.
   */
  public Timeline createTimeline(
      Object entity, String entityType, JourneySpecification journey, LocalDate startDate) {
    return createTimeline(entity, entityType, journey, startDate, null);
  }

  /**
   * Schedules {@code journey} for {@code entity} from {@code startDate} on a new timeline.
   *
   * @param entity a {@link org.healthsim.generation.profile.GeneratedEntity}, or a map with an id
   *     such as {@code {"patient_id": "P001"}}
   * @param entityType what the entity is to this journey, such as {@code patient}
   * @param until the last day the run will execute, or {@code null}: a planned journey plans whole
   *     years of care from the start, as many as cover its duration and {@code until}, so a shorter
   *     run holds exactly the events of a longer one up to its end
   * @throws org.healthsim.core.validation.SpecValidationException when the journey names an unknown
   *     event type or planner, or puts an event in the wrong product
   */
  public Timeline createTimeline(
      Object entity,
      String entityType,
      JourneySpecification journey,
      LocalDate startDate,
      LocalDate until) {
    JourneyEntity view = JourneyEntity.of(entity, seed);
    Timeline timeline =
        new Timeline(view.id(), entityType, Objects.requireNonNull(startDate, "startDate"));
    schedule(timeline, view, journey, startDate, until);
    return timeline;
  }

  /** Schedules another journey on an existing timeline (the guide's "layer journeys"). */
  public void addJourney(
      Timeline timeline, Object entity, JourneySpecification journey, LocalDate startDate) {
    addJourney(timeline, entity, journey, startDate, null);
  }

  /** As {@link #addJourney(Timeline, Object, JourneySpecification, LocalDate)}, up to a run end. */
  public void addJourney(
      Timeline timeline,
      Object entity,
      JourneySpecification journey,
      LocalDate startDate,
      LocalDate until) {
    JourneyEntity view = JourneyEntity.of(entity, seed);
    if (!view.id().equals(timeline.entityId())) {
      throw new IllegalArgumentException(
          "timeline of " + timeline.entityId() + " cannot take events of " + view.id());
    }
    schedule(timeline, view, journey, Objects.requireNonNull(startDate, "startDate"), until);
  }

  private CompiledJourney compile(JourneySpecification journey) {
    return compiled.computeIfAbsent(
        journey,
        j -> {
          CompiledJourney plan = CompiledJourney.of(j, planners, this);
          compiledById.computeIfAbsent(j.journeyId(), id -> new CopyOnWriteArrayList<>()).add(plan);
          return plan;
        });
  }

  /**
   * Days of one planned year of care, and the duration of a planned journey without {@code
   * duration_days}.
   */
  public static final int PLANNED_YEAR_DAYS = 365;

  private void schedule(
      Timeline timeline,
      JourneyEntity entity,
      JourneySpecification journey,
      LocalDate start,
      LocalDate until) {
    DateLimits.require("startDate", start);
    if (until != null) {
      DateLimits.requireSpan(start, until);
    }
    CompiledJourney plan = compile(journey);
    String journeyId = journey.journeyId();
    if (timeline.journeyIds().contains(journeyId)) {
      throw new IllegalArgumentException(
          "journey " + journeyId + " is already on the timeline of " + entity.id());
    }
    timeline.addJourney(journeyId);
    if (plan.planner != null) {
      long days = journey.durationDays() == null ? PLANNED_YEAR_DAYS : journey.durationDays();
      if (until != null) {
        days = Math.max(days, java.time.temporal.ChronoUnit.DAYS.between(start, until) + 1);
      }
      long years = (days + PLANNED_YEAR_DAYS - 1) / PLANNED_YEAR_DAYS;
      PlanRequest request =
          new PlanRequest(
              timeline,
              entity,
              journey,
              plan.plannedEventKeys,
              start,
              start.plusDays(years * PLANNED_YEAR_DAYS));
      plan.planner.plan(request);
      timeline.addAll(request.planned());
      return;
    }
    LocalDate windowEnd =
        journey.durationDays() == null ? null : start.plusDays(journey.durationDays());
    LocalDate[] firstDates = new LocalDate[plan.steps.size()];
    for (int s = 0; s < plan.steps.size(); s++) {
      CompiledJourney.Step step = plan.steps.get(s);
      EventDefinition def = step.definition();
      LocalDate base = start;
      String blocked = null;
      if (step.dependsOn() >= 0) {
        base = firstDates[step.dependsOn()];
        if (base == null) {
          blocked = "depends on " + def.dependsOn() + ", which was skipped";
        }
      }
      String unmet = blocked != null ? blocked : unmetCondition(def, entity);
      RepeatSpec repeat = def.repeat();
      int count = repeat == null ? 1 : repeat.count();
      LocalDate previous = null;
      for (int k = 0; k < count; k++) {
        // Equal to SeedHierarchy.eventSeed(entity seed, journey, event, k), with the key hashed
        // once.
        long occurrenceSeed = Seeds.mix(entity.seed(), step.occurrenceKeys()[k]);
        LocalDate date;
        if (base == null) {
          date = start;
        } else if (k == 0) {
          date = base.plusDays(delay(def.delay(), rng(occurrenceSeed, DELAY_STREAM)));
        } else {
          int jitter =
              repeat.jitterDays() == 0
                  ? 0
                  : rng(occurrenceSeed, JITTER_STREAM)
                      .nextInt(-repeat.jitterDays(), repeat.jitterDays() + 1);
          date = previous.plusDays(repeat.everyDays() + (long) jitter);
        }
        // A repeat keeps its rhythm from the drawn dates; only the day it is held on moves.
        previous = date;
        if (step.businessDays()) {
          date = BusinessCalendar.onOrAfter(date);
        }
        String reason = unmet;
        if (reason == null && windowEnd != null && !date.isBefore(windowEnd)) {
          reason = "falls after the journey's " + journey.durationDays() + " days";
        }
        if (reason == null
            && def.probability() < 1
            && rng(occurrenceSeed, CHANCE_STREAM).nextDouble() >= def.probability()) {
          reason = "not drawn (probability " + def.probability() + ")";
        }
        TimelineEvent event =
            new TimelineEvent(
                entity.id() + ":" + journeyId + ":" + def.eventId() + ":" + k,
                entity.id(),
                journeyId,
                def.eventId(),
                k,
                def.name(),
                step.product(),
                step.type(),
                date,
                TimelineEvent.NORMAL_PRIORITY,
                timeline.nextSequence(),
                occurrenceSeed,
                reason == null ? EventStatus.PENDING : EventStatus.SKIPPED,
                reason,
                def.parameters(),
                List.of(),
                null);
        timeline.add(event);
        if (k == 0) {
          firstDates[s] = reason == null ? date : null;
        }
        // A condition, a skipped dependency or the window ends every later occurrence too.
        if (reason != null && !reason.startsWith("not drawn")) {
          break;
        }
      }
    }
  }

  private static String unmetCondition(EventDefinition def, JourneyEntity entity) {
    for (EventCondition c : def.conditions()) {
      if (!ConditionEvaluator.holds(c, entity.attributes())) {
        return "condition " + ConditionEvaluator.describe(c) + " does not hold";
      }
    }
    if (def.when() != null && !def.when().test(entity.attributes())) {
      return "when " + def.when() + " does not hold";
    }
    return null;
  }

  private long delay(DelaySpec delay, UniformRandomProvider rng) {
    return Delays.sample(delay, rng);
  }

  /** The generator of sub-stream {@code stream} of an occurrence's (or trigger's) seed. */
  public static UniformRandomProvider rng(long occurrenceSeed, long stream) {
    return Randoms.forSeed(Seeds.mix(occurrenceSeed, stream));
  }

  /**
   * Executes, in order, every pending event dated on or before {@code upToDate}. Executing again
   * with the same date does nothing more; with a later date it continues where it stopped.
   *
   * @param entity the same entity the timeline was created for
   * @return the events executed (or failed) by this call, in order
   */
  public List<TimelineEvent> executeTimeline(Timeline timeline, Object entity, LocalDate upToDate) {
    JourneyEntity view = JourneyEntity.of(entity, seed);
    List<TimelineEvent> done = new ArrayList<>();
    for (int i = 0; i < timeline.eventCount(); i++) {
      TimelineEvent event = timeline.eventAt(i);
      if (event.scheduledDate().isAfter(upToDate)) {
        break;
      }
      if (event.status() != EventStatus.PENDING) {
        continue;
      }
      TimelineEvent finished = execute(timeline, view, event);
      timeline.replace(i, finished);
      done.add(finished);
    }
    return done;
  }

  /**
   * Executes the one pending event {@code timelineEventId} of {@code timeline}, as a cross-product
   * coordinator does when it interleaves several products' timelines by date.
   *
   * @return the event after execution (executed or failed)
   * @throws IllegalArgumentException when the timeline has no such pending event
   */
  public TimelineEvent executeEvent(Timeline timeline, Object entity, String timelineEventId) {
    int i = timeline.indexOf(timelineEventId);
    if (i < 0 || timeline.eventAt(i).status() != EventStatus.PENDING) {
      throw new IllegalArgumentException(
          "no pending event " + timelineEventId + " on the timeline");
    }
    TimelineEvent pending = timeline.eventAt(i);
    TimelineEvent finished = execute(timeline, JourneyEntity.of(entity, seed), pending);
    // A handler that added events before this one moved it: find it again.
    timeline.replace(
        timeline.eventAt(i) == pending ? i : timeline.indexOf(timelineEventId), finished);
    return finished;
  }

  /**
   * True when the journey itself schedules an event of type {@code type} after its event {@code
   * eventId} (a written dependent, or what its planner schedules), so a trigger would duplicate it.
   */
  public boolean schedulesFollowUp(String journeyId, String eventId, EventType type) {
    for (CompiledJourney plan : compiledById.getOrDefault(journeyId, List.of())) {
      if (plan.planner != null && plan.planner.followUpTypes(eventId).contains(type.wireName())) {
        return true;
      }
      for (EventDefinition d : plan.dependents.getOrDefault(eventId, List.of())) {
        if (type.wireName().equals(d.eventType())) {
          return true;
        }
      }
    }
    return false;
  }

  private TimelineEvent execute(Timeline timeline, JourneyEntity entity, TimelineEvent event) {
    String forbidden = LifeRules.forbids(timeline, event);
    if (forbidden != null) {
      return event.withStatus(EventStatus.SKIPPED, forbidden);
    }
    Map<EventType, EventHandler> ofProduct = handlers.get(event.product());
    EventHandler handler = ofProduct == null ? null : ofProduct.get(event.eventType());
    if (handler == null) {
      return event.withStatus(
          EventStatus.FAILED,
          "no handler for "
              + (event.product() == null ? "(no product)" : WireNames.of(event.product()))
              + " "
              + event.eventType().wireName());
    }
    Map<String, Object> resolved;
    HandlerResult result;
    try {
      resolved = ParameterResolver.resolve(event.parameters(), entity.attributes());
      result =
          handler.handle(
              new HandlerContext(
                  entity, event, resolved, rng(event.seed(), HANDLER_STREAM), timeline));
    } catch (RuntimeException e) {
      return event.withStatus(
          EventStatus.FAILED, e.getMessage() == null ? e.toString() : e.getMessage());
    }
    if (result.refusal() != null) {
      return event.withStatus(EventStatus.SKIPPED, result.refusal());
    }
    if (result.endsJourney()) {
      endJourney(timeline, event, result.endReason());
    }
    TimelineEvent done = event.executed(resolved, result.records());
    LifeRules.record(timeline, done);
    return done;
  }

  /** Skips the later pending events of the same journey and product. */
  private static void endJourney(Timeline timeline, TimelineEvent at, String why) {
    String reason = "the journey ended at " + at.eventId() + (why == null ? "" : ": " + why);
    for (int i = 0; i < timeline.eventCount(); i++) {
      TimelineEvent e = timeline.eventAt(i);
      if (e.status() == EventStatus.PENDING
          && e != at
          && e.journeyId().equals(at.journeyId())
          && Objects.equals(e.product(), at.product())
          && Timeline.ORDER.compare(e, at) > 0) {
        timeline.replace(i, e.withStatus(EventStatus.SKIPPED, reason));
      }
    }
  }
}
