package org.healthsim.generation.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An entity's events in order: by date, then priority, then the order they were scheduled in. Built
 * by {@link JourneyEngine#createTimeline}; several journeys may share one timeline. A timeline
 * belongs to one entity and is not thread-safe.
 */
public final class Timeline {

  /** Timeline order: date, then priority, then scheduling order. */
  public static final Comparator<TimelineEvent> ORDER = Timeline::compare;

  private static int compare(TimelineEvent a, TimelineEvent b) {
    int byDate = a.scheduledDate().compareTo(b.scheduledDate());
    if (byDate != 0) {
      return byDate;
    }
    int byPriority = Integer.compare(a.priority(), b.priority());
    return byPriority != 0 ? byPriority : Long.compare(a.sequence(), b.sequence());
  }

  private final String entityId;
  private final String entityType;
  private final LocalDate startDate;
  private final List<String> journeyIds = new ArrayList<>();
  private final List<TimelineEvent> events = new ArrayList<>();
  private java.util.Map<String, TimelineEvent> byId = new java.util.HashMap<>();
  private long nextSequence;

  /**
   * The records of executed events by their class, each list in timeline order, so a handler finds
   * the order a result answers or the fill a refill follows without scanning the whole timeline.
   */
  private final java.util.Map<Class<?>, List<Executed>> executedByClass = new java.util.HashMap<>();

  private record Executed(TimelineEvent event, EventRecord record) {}

  /** No event before this index is pending. */
  private int pendingFrom;

  private TimelineEvent death;
  private LocalDate coverageEnded;
  private LocalDate admittedOn;

  /**
   * An empty timeline, for a product whose events only triggers create (a coordinator makes one
   * when a trigger targets a product the linked entity has no timeline for).
   */
  public static Timeline empty(String entityId, String entityType, LocalDate startDate) {
    return new Timeline(entityId, entityType, startDate);
  }

  Timeline(String entityId, String entityType, LocalDate startDate) {
    this.entityId = entityId;
    this.entityType = entityType;
    this.startDate = startDate;
  }

  /** The entity's id. */
  public String entityId() {
    return entityId;
  }

  /** What the entity is to the journey ({@code patient}, {@code member}, ...). */
  public String entityType() {
    return entityType;
  }

  /** The date the first journey started. */
  public LocalDate startDate() {
    return startDate;
  }

  /** The latest scheduled date, or the start date when nothing is scheduled. */
  public LocalDate endDate() {
    return events.stream()
        .filter(e -> e.status() != EventStatus.SKIPPED)
        .map(TimelineEvent::scheduledDate)
        .max(Comparator.naturalOrder())
        .orElse(startDate);
  }

  /** The journeys scheduled on this timeline, in the order added. */
  public List<String> journeyIds() {
    return Collections.unmodifiableList(journeyIds);
  }

  /** Every event, in timeline order (skipped ones included, dated where they would have been). */
  public List<TimelineEvent> events() {
    return Collections.unmodifiableList(events);
  }

  /** The event at {@code index} in timeline order, without a view of the whole list. */
  TimelineEvent eventAt(int index) {
    return events.get(index);
  }

  /** How many events the timeline holds. */
  int eventCount() {
    return events.size();
  }

  /** The pending events, in order. */
  public List<TimelineEvent> pendingEvents() {
    return events.stream().filter(e -> e.status() == EventStatus.PENDING).toList();
  }

  /** The first pending event in timeline order, if any. */
  public Optional<TimelineEvent> firstPending() {
    while (pendingFrom < events.size() && events.get(pendingFrom).status() != EventStatus.PENDING) {
      pendingFrom++;
    }
    return pendingFrom < events.size() ? Optional.of(events.get(pendingFrom)) : Optional.empty();
  }

  /** The events scheduled on {@code date}, in order. */
  public List<TimelineEvent> eventsOn(LocalDate date) {
    return events.stream().filter(e -> e.scheduledDate().equals(date)).toList();
  }

  /** The event with {@code timelineEventId}, if there is one. */
  public Optional<TimelineEvent> event(String timelineEventId) {
    return Optional.ofNullable(byId.get(timelineEventId));
  }

  /** The executed event that recorded the entity's death, if one has. */
  public TimelineEvent death() {
    return death;
  }

  /**
   * Records that the entity died at {@code event} (a coordinator passes a death on to the entity's
   * other timelines); the earliest death stands.
   */
  public void recordDeath(TimelineEvent event) {
    if (death == null || ORDER.compare(event, death) < 0) {
      death = event;
    }
  }

  /**
   * The latest record of {@code type} that an event dated on or before {@code onOrBefore} produced
   * and that {@code matches}; among one event's records, the last one.
   */
  public <T extends EventRecord> Optional<T> latestExecuted(
      Class<T> type, LocalDate onOrBefore, Predicate<? super T> matches) {
    List<Executed> found = executedOf(type);
    for (int i = found.size() - 1; i >= 0; i--) {
      Executed e = found.get(i);
      if (e.event().scheduledDate().isAfter(onOrBefore) || !type.isInstance(e.record())) {
        continue;
      }
      T record = type.cast(e.record());
      if (matches.test(record)) {
        return Optional.of(record);
      }
    }
    return Optional.empty();
  }

  /**
   * Calls {@code action} with each executed event's records of the final record class {@code type},
   * in timeline order, with the event that produced it.
   */
  public <T extends EventRecord> void forEachExecuted(
      Class<T> type, java.util.function.BiConsumer<TimelineEvent, T> action) {
    for (Executed e : executedOf(type)) {
      if (type.isInstance(e.record())) {
        action.accept(e.event(), type.cast(e.record()));
      }
    }
  }

  /** Every record of {@code type} produced by events dated on or before {@code onOrBefore}. */
  public <T extends EventRecord> List<T> executed(Class<T> type, LocalDate onOrBefore) {
    List<T> records = new ArrayList<>();
    for (Executed e : executedOf(type)) {
      if (!e.event().scheduledDate().isAfter(onOrBefore) && type.isInstance(e.record())) {
        records.add(type.cast(e.record()));
      }
    }
    return records;
  }

  /**
   * The indexed records of a final record class, or, for an interface or open class, every executed
   * record (filtered by the caller).
   */
  private List<Executed> executedOf(Class<?> type) {
    if (java.lang.reflect.Modifier.isFinal(type.getModifiers())) {
      return executedByClass.getOrDefault(type, List.of());
    }
    List<Executed> all = new ArrayList<>();
    executedByClass.values().forEach(all::addAll);
    all.sort(
        Comparator.comparing(Executed::event, ORDER)
            .thenComparing(e -> e.event().outputs().indexOf(e.record())));
    return all;
  }

  private void index(TimelineEvent event) {
    if (event.status() != EventStatus.EXECUTED) {
      return;
    }
    for (EventRecord record : event.outputs()) {
      List<Executed> list =
          executedByClass.computeIfAbsent(record.getClass(), k -> new ArrayList<>());
      // Events execute in timeline order, so this is almost always an append; a coordinator may
      // execute an event that sorts before one already executed, so keep the list in order.
      int at = list.size();
      while (at > 0 && ORDER.compare(list.get(at - 1).event(), event) > 0) {
        at--;
      }
      list.add(at, new Executed(event, record));
    }
  }

  LocalDate coverageEnded() {
    return coverageEnded;
  }

  void coverageEnded(LocalDate date) {
    coverageEnded = date;
  }

  LocalDate admittedOn() {
    return admittedOn;
  }

  void admittedOn(LocalDate date) {
    admittedOn = date;
  }

  void addJourney(String journeyId) {
    journeyIds.add(journeyId);
  }

  long nextSequence() {
    return nextSequence++;
  }

  /**
   * Adds {@code event} in order, as a cross-product coordinator does with the events triggers
   * create.
   *
   * @throws IllegalArgumentException when an event with the same id is already on the timeline
   */
  public void schedule(TimelineEvent event) {
    if (byId.containsKey(event.timelineEventId())) {
      throw new IllegalArgumentException("the timeline already has " + event.timelineEventId());
    }
    add(event);
  }

  /** The next sequence number, for events added from outside the engine. */
  public long takeSequence() {
    return nextSequence();
  }

  /** Adds {@code event} in order. */
  void add(TimelineEvent event) {
    int at = Collections.binarySearch(events, event, ORDER);
    int position = at < 0 ? -at - 1 : at + 1;
    events.add(position, event);
    if (position < pendingFrom) {
      pendingFrom = position;
    }
    byId.put(event.timelineEventId(), event);
    index(event);
  }

  /**
   * Adds {@code planned} in order at once (a planner's year, or a biller's claims, made in any
   * order, sorted once instead of inserted one by one).
   *
   * @throws IllegalArgumentException when an event with the same id is already on the timeline
   */
  public void addAll(List<TimelineEvent> planned) {
    if (byId.isEmpty()) {
      // A planner's year is most of a timeline: size the index for it once, not by doublings.
      byId = new java.util.HashMap<>((int) (planned.size() / 0.75f) + 1);
    }
    for (TimelineEvent event : planned) {
      if (byId.putIfAbsent(event.timelineEventId(), event) != null) {
        throw new IllegalArgumentException("the timeline already has " + event.timelineEventId());
      }
      index(event);
    }
    List<TimelineEvent> added = new ArrayList<>(planned);
    added.sort(ORDER);
    // Both lists are in order: merge them rather than sort the whole timeline again.
    List<TimelineEvent> merged = new ArrayList<>(events.size() + added.size());
    int i = 0;
    int j = 0;
    while (i < events.size() || j < added.size()) {
      if (j == added.size()
          || (i < events.size() && ORDER.compare(events.get(i), added.get(j)) <= 0)) {
        merged.add(events.get(i++));
      } else {
        merged.add(added.get(j++));
      }
    }
    events.clear();
    events.addAll(merged);
    pendingFrom = 0;
  }

  /** Replaces the event at {@code index} with a new state of the same event. */
  void replace(int index, TimelineEvent event) {
    boolean newlyExecuted =
        event.status() == EventStatus.EXECUTED
            && events.get(index).status() != EventStatus.EXECUTED;
    events.set(index, event);
    if (newlyExecuted) {
      index(event);
    }
    byId.put(event.timelineEventId(), event);
    if (event.status() == EventStatus.PENDING && index < pendingFrom) {
      pendingFrom = index;
    }
  }

  int indexOf(String timelineEventId) {
    if (pendingFrom < events.size()
        && events.get(pendingFrom).timelineEventId() == timelineEventId) {
      return pendingFrom; // the next event to execute, as a coordinator asks for, by its own id
    }
    TimelineEvent e = byId.get(timelineEventId);
    if (e == null) {
      return -1;
    }
    // Events are in ORDER and no two compare equal (the sequence is unique), so the event's own
    // position is found by binary search; states of one event share its date, priority and
    // sequence.
    int at = Collections.binarySearch(events, e, ORDER);
    if (at >= 0 && events.get(at).timelineEventId().equals(timelineEventId)) {
      return at;
    }
    return linearIndexOf(timelineEventId);
  }

  private int linearIndexOf(String timelineEventId) {
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).timelineEventId().equals(timelineEventId)) {
        return i;
      }
    }
    return -1;
  }
}
