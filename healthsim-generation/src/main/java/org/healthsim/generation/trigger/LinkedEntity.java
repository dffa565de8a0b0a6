package org.healthsim.generation.trigger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthsim.core.spec.Product;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.profile.GeneratedEntity;

/**
 * One person across products: a core id, the person's id in each product, and a timeline per
 * product. Made by {@link CrossProductCoordinator#createLinkedEntity}; belongs to one thread.
 */
public final class LinkedEntity {

  private final String coreId;
  private final Map<String, String> identifiers;
  private final Object entity;
  private final Map<Product, Timeline> timelines = new LinkedHashMap<>();
  private List<Timeline> distinctTimelines = List.of();
  private final Map<String, List<String>> triggerChains = new HashMap<>();
  private final List<String> problems = new ArrayList<>();

  LinkedEntity(String coreId, Map<String, String> identifiers, Object entity) {
    this.coreId = coreId;
    this.identifiers = Collections.unmodifiableMap(new LinkedHashMap<>(identifiers));
    this.entity = entity;
  }

  /** The core id, such as {@code E001}. */
  public String coreId() {
    return coreId;
  }

  /** The person's id per product: {@code patient_id}, {@code member_id}, ... */
  public Map<String, String> identifiers() {
    return identifiers;
  }

  /** What handlers see: the generated entity, or a map of the ids. */
  public Object entity() {
    return entity;
  }

  /** The timelines by product (one timeline may serve several products). */
  public Map<Product, Timeline> timelines() {
    return Collections.unmodifiableMap(timelines);
  }

  /** Trigger cycles and over-deep cascades found while executing, one line each. */
  public List<String> problems() {
    return Collections.unmodifiableList(problems);
  }

  void addTimeline(Product product, Timeline timeline) {
    timelines.put(product, timeline);
    Map<Timeline, Boolean> seen = new java.util.IdentityHashMap<>();
    List<Timeline> distinct = new ArrayList<>();
    for (Timeline t : timelines.values()) {
      if (seen.put(t, Boolean.TRUE) == null) {
        distinct.add(t);
      }
    }
    distinctTimelines = List.copyOf(distinct);
  }

  /** Each timeline once, in the order first added (one timeline may serve several products). */
  List<Timeline> distinctTimelines() {
    return distinctTimelines;
  }

  List<String> chain(String timelineEventId) {
    return triggerChains.getOrDefault(timelineEventId, List.of());
  }

  void chain(String timelineEventId, List<String> chain) {
    triggerChains.put(timelineEventId, chain);
  }

  void problem(String problem) {
    problems.add(problem);
  }

  /** The id of the person in {@code product}, else the core id. */
  String idIn(Product product) {
    String key =
        switch (product) {
          case PATIENTSIM -> "patient_id";
          case MEMBERSIM -> "member_id";
          case RXMEMBERSIM -> "rx_member_id";
          case TRIALSIM -> "subject_id";
        };
    return identifiers.getOrDefault(key, coreId);
  }

  static LinkedEntity of(GeneratedEntity e) {
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("patient_id", e.identifiers().patientId());
    ids.put("member_id", e.identifiers().memberId());
    ids.put("rx_member_id", e.identifiers().rxMemberId());
    ids.put("subject_id", e.identifiers().subjectId());
    return new LinkedEntity(e.entityId(), ids, e);
  }
}
