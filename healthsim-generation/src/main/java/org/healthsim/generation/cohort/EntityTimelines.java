package org.healthsim.generation.cohort;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.healthsim.core.spec.DateLimits;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.Product;
import org.healthsim.generation.internal.billing.Biller;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.trigger.CrossProductCoordinator;
import org.healthsim.generation.trigger.LinkedEntity;

/**
 * Each entity's executed timeline for a set of journeys: scheduled from {@code start}, executed up
 * to {@code until}, with cross-product triggers when a coordinator is given (their events land on
 * the same timeline, so it holds every product's events in date order), then billed: each service
 * gets its claim, adjudicated ({@link Biller}). An entity's timeline depends only on the entity,
 * the journeys, the dates and the engine's seed.
 *
 * <pre>{@code
 * EntityTimelines timelines = new EntityTimelines(new JourneyEngine(42),
 *     List.of(JourneyTemplates.getJourneyTemplate("diabetic-first-year")), start, start.plusDays(364),
 *     CrossProductCoordinator.createCoordinator());
 * Timeline t = timelines.timeline(entity);
 * }</pre>
 *
 * Thread-safe when its engine and coordinator are (the built-in ones are).
 */
public final class EntityTimelines {

  private final JourneyEngine engine;
  private final List<JourneySpecification> journeys;
  private final LocalDate start;
  private final LocalDate until;
  private final CrossProductCoordinator coordinator;
  private final List<TimelineObserver> observers;
  private final Biller biller;

  /**
   * Timelines built ahead by {@link #prepare}, per thread, in a copy made by {@link #shared}; null
   * otherwise.
   */
  private final ThreadLocal<Map<GeneratedEntity, Timeline>> prepared;

  /**
   * @param journeys at least one
   * @param until events dated after it stay pending
   * @param coordinator runs the triggers (its product engines are set to {@code engine} here), or
   *     {@code null} for none
   */
  public EntityTimelines(
      JourneyEngine engine,
      List<JourneySpecification> journeys,
      LocalDate start,
      LocalDate until,
      CrossProductCoordinator coordinator) {
    this(engine, journeys, start, until, coordinator, List.of(), new Biller(engine.seed()), null);
  }

  private EntityTimelines(
      JourneyEngine engine,
      List<JourneySpecification> journeys,
      LocalDate start,
      LocalDate until,
      CrossProductCoordinator coordinator,
      List<TimelineObserver> observers,
      Biller biller,
      ThreadLocal<Map<GeneratedEntity, Timeline>> prepared) {
    this.observers = List.copyOf(observers);
    this.biller = biller;
    this.prepared = prepared;
    this.engine = Objects.requireNonNull(engine);
    this.journeys = List.copyOf(journeys);
    if (this.journeys.isEmpty()) {
      throw new IllegalArgumentException("entity timelines need at least one journey");
    }
    this.start = DateLimits.require("start", Objects.requireNonNull(start));
    this.until = DateLimits.requireSpan(start, Objects.requireNonNull(until));
    this.coordinator = coordinator;
    if (coordinator != null) {
      for (Product product : Product.values()) {
        coordinator.registerProductEngine(product, engine);
      }
    }
  }

  /** The first day of the timelines: the window's start. */
  public LocalDate start() {
    return start;
  }

  /** The last day of the timelines: events dated after it stay pending. */
  public LocalDate until() {
    return until;
  }

  /** The seed of the engine, which also picks each entity's providers (docs/reproducibility.md). */
  public long seed() {
    return engine.seed();
  }

  /** These timelines, with {@code observer} seeing each entity's timeline once it is built. */
  public EntityTimelines withObserver(TimelineObserver observer) {
    List<TimelineObserver> all = new java.util.ArrayList<>(observers);
    all.add(Objects.requireNonNull(observer));
    return new EntityTimelines(engine, journeys, start, until, coordinator, all, biller, prepared);
  }

  /**
   * These timelines without billing: the services only, no claims but those the journeys' own claim
   * events make (by default each timeline is billed and adjudicated, docs/claims.md).
   */
  public EntityTimelines withoutBilling() {
    return new EntityTimelines(
        engine, journeys, start, until, coordinator, observers, null, prepared);
  }

  /**
   * These timelines, for writing one cohort in several formats at once: each format's sink asks for
   * each entity's timeline, and {@link #prepare} builds a batch's timelines once for all of them
   * (the observers see each timeline once).
   */
  public EntityTimelines shared() {
    return new EntityTimelines(
        engine,
        journeys,
        start,
        until,
        coordinator,
        observers,
        biller,
        ThreadLocal.withInitial(java.util.IdentityHashMap::new));
  }

  /**
   * Builds the timelines of {@code batch} on this thread, for {@link #timeline} to return until
   * {@link #release}. Only for timelines made by {@link #shared}.
   */
  public void prepare(List<GeneratedEntity> batch) {
    if (prepared == null) {
      throw new IllegalStateException("prepare needs timelines made by shared()");
    }
    Map<GeneratedEntity, Timeline> built = prepared.get();
    built.clear();
    for (GeneratedEntity e : batch) {
      built.put(e, build(e));
    }
  }

  /** Forgets the timelines {@link #prepare} built on this thread. */
  public void release() {
    if (prepared != null) {
      prepared.get().clear();
    }
  }

  /** Days a journey without {@code duration_days} is taken to last, for {@link #defaultUntil}. */
  public static final int DEFAULT_DURATION_DAYS = JourneyEngine.PLANNED_YEAR_DAYS;

  /**
   * The last day of {@code journeys} started on {@code start}: the start plus the longest journey's
   * duration ({@value #DEFAULT_DURATION_DAYS} days for one without), less a day.
   */
  public static LocalDate defaultUntil(LocalDate start, List<JourneySpecification> journeys) {
    int longest =
        journeys.stream()
            .mapToInt(j -> j.durationDays() == null ? DEFAULT_DURATION_DAYS : j.durationDays())
            .max()
            .orElse(DEFAULT_DURATION_DAYS);
    return start.plusDays(longest - 1L);
  }

  /** {@code entity}'s timeline, executed up to {@code until}. */
  public Timeline timeline(GeneratedEntity entity) {
    if (prepared != null) {
      Timeline ready = prepared.get().get(entity);
      if (ready != null) {
        return ready;
      }
    }
    return build(entity);
  }

  private Timeline build(GeneratedEntity entity) {
    Timeline timeline = engine.createTimeline(entity, "entity", journeys.get(0), start, until);
    for (int j = 1; j < journeys.size(); j++) {
      engine.addJourney(timeline, entity, journeys.get(j), start, until);
    }
    if (coordinator == null) {
      engine.executeTimeline(timeline, entity, until);
    } else {
      LinkedEntity linked = coordinator.createLinkedEntity(entity);
      for (Product product : Product.values()) {
        coordinator.addTimeline(linked, product, timeline);
      }
      coordinator.executeCoordinated(linked, until);
    }
    if (biller != null) {
      biller.bill(entity, timeline);
    }
    for (TimelineObserver o : observers) {
      o.observe(entity, timeline);
    }
    return timeline;
  }
}
