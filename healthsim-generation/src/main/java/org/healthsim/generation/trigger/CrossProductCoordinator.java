package org.healthsim.generation.trigger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.healthsim.core.expression.EvaluationContext;
import org.healthsim.core.seed.SeedHierarchy;
import org.healthsim.core.spec.Product;
import org.healthsim.core.spec.WireNames;
import org.healthsim.generation.internal.journey.Delays;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.journey.EventStatus;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.journey.JourneyEntity;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.profile.GeneratedEntity;

/**
 * Executes a person's timelines across products in date order and turns triggers into real events.
 *
 * <pre>{@code
 * CrossProductCoordinator coordinator = CrossProductCoordinator.createCoordinator();
 * LinkedEntity linked = coordinator.createLinkedEntity("E001", Map.of("patient_id", "P001", "member_id", "M001"));
 * JourneyEngine patientEngine = new JourneyEngine(42);
 * coordinator.registerProductEngine(Product.PATIENTSIM, patientEngine);
 * Timeline timeline = patientEngine.createTimeline(Map.of("patient_id", "P001"), "patient", journey, start);
 * coordinator.addTimeline(linked, Product.PATIENTSIM, timeline);
 * Map<Product, List<TimelineEvent>> done = coordinator.executeCoordinated(linked, LocalDate.of(2025, 3, 31));
 * }</pre>
 *
 * <p>Each pending event, earliest first across the linked timelines (date, then priority, then
 * scheduling order), is executed by its product's engine. When it executes, every trigger of its
 * product and type whose condition holds schedules a real event on the target product's timeline,
 * dated the source's date plus the trigger's delay (drawn from {@code triggerSeed(entity seed,
 * source event, trigger)}), carrying {@code triggered_by} and the parameters the trigger maps from
 * the source's record. Triggered events execute in date order like any other and can trigger in
 * turn, up to {@value #MAX_DEPTH} steps; a trigger that would fire again within its own cascade is
 * a cycle, reported in {@link LinkedEntity#problems()} and on the timeline as a skipped event,
 * never run forever.
 *
 * <p>A product without a registered engine uses the first one registered. The coordinator is safe
 * to share between threads once set up; a linked entity belongs to one thread.
 */
public final class CrossProductCoordinator {

  /** How many triggered steps a cascade may take. */
  public static final int MAX_DEPTH = 8;

  private final TriggerRegistry registry;
  private final Map<Product, JourneyEngine> engines = new EnumMap<>(Product.class);

  /** A coordinator with the default triggers. */
  public CrossProductCoordinator() {
    this(new TriggerRegistry());
  }

  /** A coordinator with {@code registry}'s triggers. */
  public CrossProductCoordinator(TriggerRegistry registry) {
    this.registry = Objects.requireNonNull(registry);
  }

  /** The framework guide's {@code create_coordinator()}. */
  public static CrossProductCoordinator createCoordinator() {
    return new CrossProductCoordinator();
  }

  /** The triggers; change them before executing. */
  public TriggerRegistry registry() {
    return registry;
  }

  /** A linked entity from ids, as the framework guide's {@code {"patient_id": "P001", ...}}. */
  public LinkedEntity createLinkedEntity(String coreId, Map<String, String> identifiers) {
    Map<String, Object> view = new LinkedHashMap<>(identifiers);
    view.put("entity_id", coreId);
    return new LinkedEntity(coreId, identifiers, view);
  }

  /** A linked entity for a generated entity, with its ids in every product. */
  public LinkedEntity createLinkedEntity(GeneratedEntity entity) {
    return LinkedEntity.of(entity);
  }

  /** The engine that executes {@code product}'s events. */
  public CrossProductCoordinator registerProductEngine(Product product, JourneyEngine engine) {
    engines.put(product, Objects.requireNonNull(engine));
    return this;
  }

  /** {@link #registerProductEngine(Product, JourneyEngine)} by wire name ({@code "patientsim"}). */
  public CrossProductCoordinator registerProductEngine(String product, JourneyEngine engine) {
    return registerProductEngine(product(product), engine);
  }

  /** Links {@code timeline} as {@code product}'s timeline of {@code linked}. */
  public void addTimeline(LinkedEntity linked, Product product, Timeline timeline) {
    linked.addTimeline(product, Objects.requireNonNull(timeline));
  }

  /** {@link #addTimeline(LinkedEntity, Product, Timeline)} by wire name. */
  public void addTimeline(LinkedEntity linked, String product, Timeline timeline) {
    addTimeline(linked, product(product), timeline);
  }

  private static Product product(String name) {
    return WireNames.parse(Product.class, name.toLowerCase(Locale.ROOT))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown product " + name + "; known: " + WireNames.all(Product.class)));
  }

  private JourneyEngine engine(Product product) {
    JourneyEngine engine = engines.get(product);
    if (engine == null) {
      engine =
          engines.values().stream()
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no product engine registered"));
    }
    return engine;
  }

  /**
   * Executes every pending event of {@code linked}'s timelines dated up to {@code upToDate}, with
   * what their triggers create, in date order.
   *
   * @return the events executed (or failed) by this call, per product, in execution order
   */
  public Map<Product, List<TimelineEvent>> executeCoordinated(
      LinkedEntity linked, LocalDate upToDate) {
    Map<Product, List<TimelineEvent>> done = new EnumMap<>(Product.class);
    while (true) {
      Timeline timeline = null;
      TimelineEvent next = null;
      for (Timeline t : linked.distinctTimelines()) {
        TimelineEvent e = t.firstPending().orElse(null);
        if (e != null
            && !e.scheduledDate().isAfter(upToDate)
            && (next == null || Timeline.ORDER.compare(e, next) < 0)) {
          next = e;
          timeline = t;
        }
      }
      if (next == null) {
        return done;
      }
      TimelineEvent finished =
          engine(next.product()).executeEvent(timeline, linked.entity(), next.timelineEventId());
      if (finished.product() != null) {
        done.computeIfAbsent(finished.product(), p -> new ArrayList<>()).add(finished);
      }
      if (timeline.death() != null) {
        for (Timeline other : linked.distinctTimelines()) {
          other.recordDeath(timeline.death());
        }
      }
      if (finished.status() == EventStatus.EXECUTED && finished.product() != null) {
        fire(linked, timeline, finished);
      }
    }
  }

  private void fire(LinkedEntity linked, Timeline sourceTimeline, TimelineEvent source) {
    List<RegisteredTrigger> triggers = registry.triggersFor(source.product(), source.eventType());
    if (triggers.isEmpty()) {
      return;
    }
    JourneyEngine engine = engine(source.product());
    JourneyEntity entity = JourneyEntity.of(linked.entity(), engine.seed());
    long entitySeed = entity.seed();
    List<String> chain = linked.chain(source.timelineEventId());
    EventRecord record = source.outputs().isEmpty() ? null : source.outputs().get(0);
    for (RegisteredTrigger t : triggers) {
      if (alreadyScheduled(engine, source, t)) {
        continue;
      }
      if (t.condition() != null && !t.condition().test(context(entity.attributes(), record))) {
        continue;
      }
      Timeline target = targetTimeline(linked, t.targetProduct(), sourceTimeline);
      String id = source.timelineEventId() + ">" + t.triggerId();
      long seed = SeedHierarchy.triggerSeed(entitySeed, source.timelineEventId(), t.triggerId());
      LocalDate date =
          source
              .scheduledDate()
              .plusDays(
                  Delays.sample(t.delay(), JourneyEngine.rng(seed, JourneyEngine.DELAY_STREAM)));
      List<String> extended = new ArrayList<>(chain);
      extended.add(t.triggerId());
      EventStatus status = EventStatus.PENDING;
      String reason = null;
      if (chain.contains(t.triggerId())) {
        status = EventStatus.SKIPPED;
        reason = "trigger cycle: " + String.join(" > ", extended);
        linked.problem(
            linked.coreId() + ": " + reason + " (from " + source.timelineEventId() + ")");
      } else if (chain.size() >= MAX_DEPTH) {
        status = EventStatus.SKIPPED;
        reason = "trigger cascade deeper than " + MAX_DEPTH + ": " + String.join(" > ", extended);
        linked.problem(linked.coreId() + ": " + reason);
      }
      Map<String, Object> parameters = new LinkedHashMap<>(t.parameters());
      if (record != null) {
        t.parameterMap()
            .forEach(
                (to, from) -> {
                  Object value = RecordFields.get(record, from);
                  if (value != null) {
                    parameters.put(to, value instanceof LocalDate ? value.toString() : value);
                  }
                });
      }
      TimelineEvent event =
          new TimelineEvent(
              id,
              target.entityId(),
              source.journeyId(),
              t.triggerId(),
              0,
              t.name(),
              t.targetProduct(),
              t.targetType(),
              date,
              t.priority().rank(),
              target.takeSequence(),
              seed,
              status,
              reason,
              parameters,
              List.of(),
              source.timelineEventId());
      target.schedule(event);
      linked.chain(id, List.copyOf(extended));
    }
  }

  /**
   * True when the source's journey already schedules an event of the trigger's target type after
   * the source (a template's own lab result, a planner's fills), so the trigger would duplicate it.
   */
  private static boolean alreadyScheduled(
      JourneyEngine engine, TimelineEvent source, RegisteredTrigger t) {
    return source.triggeredBy() == null
        && engine.schedulesFollowUp(source.journeyId(), source.eventId(), t.targetType());
  }

  private Timeline targetTimeline(LinkedEntity linked, Product product, Timeline source) {
    Timeline target = linked.timelines().get(product);
    if (target == null) {
      target = Timeline.empty(linked.idIn(product), WireNames.of(product), source.startDate());
      linked.addTimeline(product, target);
    }
    return target;
  }

  private static EvaluationContext context(EvaluationContext entity, EventRecord record) {
    return new EvaluationContext() {
      @Override
      public Object value(List<String> path) {
        if (!path.isEmpty() && path.get(0).equals("source")) {
          return record == null || path.size() != 2 ? null : RecordFields.get(record, path.get(1));
        }
        return entity.value(path);
      }

      @Override
      public boolean hasCondition(String codePrefix) {
        return entity.hasCondition(codePrefix);
      }

      @Override
      public boolean hasMedication(String rxnorm) {
        return entity.hasMedication(rxnorm);
      }
    };
  }
}
