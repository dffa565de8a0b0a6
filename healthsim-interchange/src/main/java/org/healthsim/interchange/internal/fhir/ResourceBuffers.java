package org.healthsim.interchange.internal.fhir;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.healthsim.generation.json.JsonBytes;

/**
 * A chunk's resources, one NDJSON buffer per resource type, with the shared resources
 * (practitioners, organizations, payers, studies) its resources refer to, in the order first
 * referred to. The writing thread writes each shared resource once, where it is first referred to.
 */
final class ResourceBuffers {

  private final Map<ResourceType, FhirJson> writers = new EnumMap<>(ResourceType.class);
  private final Map<ResourceType, Integer> counts = new EnumMap<>(ResourceType.class);
  private final Map<ResourceType, List<Written>> resources = new EnumMap<>(ResourceType.class);
  private final Set<SharedResource> shared = new LinkedHashSet<>();
  private final Function<ResourceType, JsonBytes> newBuffer;
  private final Fragments fragments;
  private long events;

  /**
   * @param newBuffer the empty buffer of a type, asked for when its first resource comes
   * @param fragments the encoding thread's
   */
  ResourceBuffers(Function<ResourceType, JsonBytes> newBuffer, Fragments fragments) {
    this.newBuffer = newBuffer;
    this.fragments = fragments;
  }

  /** Starts a resource of {@code type} with {@code id} on its buffer. */
  FhirJson start(ResourceType type, String id) {
    FhirJson json = writers.computeIfAbsent(type, t -> new FhirJson(newBuffer.apply(t), fragments));
    counts.merge(type, 1, Integer::sum);
    resources
        .computeIfAbsent(type, t -> new ArrayList<>())
        .add(new Written(id, json.bytes().size()));
    return json.resource(type.fhirName(), id);
  }

  /** Notes that a resource refers to {@code resource}, and returns it. */
  SharedResource refer(SharedResource resource) {
    shared.add(resource);
    return resource;
  }

  /** Counts the events the chunk's timelines held. */
  void countEvents(int n) {
    events += n;
  }

  /** The buffer of each type written to, in type order. */
  Map<ResourceType, FhirJson> written() {
    return writers;
  }

  /** A resource written: its id, and where its line starts in its type's buffer. */
  record Written(String id, int start) {}

  /** The resources of {@code type}, in the order written; each line ends where the next starts. */
  List<Written> resources(ResourceType type) {
    return resources.getOrDefault(type, List.of());
  }

  /** How many resources of {@code type} were written. */
  int count(ResourceType type) {
    return counts.getOrDefault(type, 0);
  }

  /** The shared resources referred to, in the order first referred to. */
  Set<SharedResource> shared() {
    return shared;
  }

  /** How many events the chunk's timelines held. */
  long events() {
    return events;
  }
}
