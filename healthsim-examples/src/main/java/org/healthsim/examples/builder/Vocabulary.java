package org.healthsim.examples.builder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.healthsim.generation.person.UsState;
import org.healthsim.generation.person.UsStates;

/**
 * The words {@code healthsim new} understands ({@code builder/vocabulary.json}): conditions with
 * their ICD-10-CM codes, populations, age groups, genders, journeys, filler words, and the US
 * states by name and abbreviation.
 */
final class Vocabulary {

  /** What a phrase means. */
  enum Kind {
    CONDITION,
    POPULATION,
    AGE_GROUP,
    GENDER,
    JOURNEY,
    STATE,
    FILLER
  }

  /**
   * A phrase and its meaning.
   *
   * @param words the phrase, split into lower-case words
   * @param key the population, age group, journey or condition key, or the state's abbreviation
   */
  record Term(List<String> words, Kind kind, String key, Condition condition) {}

  private static final Vocabulary BUILT_IN = load();

  private final List<Term> terms;
  private final Set<String> words;
  private final Set<String> phrases;
  private final Map<String, Map<String, Double>> severityMixes;
  private final JsonNode root;

  private Vocabulary(
      List<Term> terms, Map<String, Map<String, Double>> severityMixes, JsonNode root) {
    this.terms = terms;
    this.severityMixes = severityMixes;
    this.root = root;
    this.words = new HashSet<>();
    this.phrases = new HashSet<>();
    for (Term t : terms) {
      words.addAll(t.words());
      phrases.add(String.join(" ", t.words()));
    }
  }

  static Vocabulary builtIn() {
    return BUILT_IN;
  }

  /** Every phrase, longest first, so {@code type 2 diabetes} wins over {@code type}. */
  List<Term> terms() {
    return terms;
  }

  /** Every single word of every phrase. */
  Set<String> words() {
    return words;
  }

  /** Every phrase, its words joined by one space, for suggestions. */
  Set<String> phrases() {
    return phrases;
  }

  /** The severity weights of a named mix ({@code typical}, {@code well-controlled}, ...). */
  Map<String, Double> severityMix(String name) {
    return severityMixes.get(name);
  }

  /** The age distribution of Medicare beneficiaries, those under 65 by disability included. */
  ObjectNode medicareAgesWithDisabled() {
    return distribution(root.get("medicare_ages_with_disabled"));
  }

  /** The ages of mothers at birth. */
  ObjectNode pregnancyAges() {
    return distribution(root.get("pregnancy_ages"));
  }

  /** The age distribution of an age group ({@code children}, {@code adults}, {@code seniors}). */
  ObjectNode ages(String ageGroup) {
    for (JsonNode group : root.get("age_groups")) {
      if (group.get("key").asText().equals(ageGroup)) {
        return distribution(group);
      }
    }
    throw new IllegalArgumentException("no age group " + ageGroup);
  }

  private static ObjectNode distribution(JsonNode entry) {
    return (ObjectNode) entry.get("distribution").deepCopy();
  }

  /** The names of the severity mixes, the typical one first. */
  List<String> severityMixes() {
    return List.copyOf(severityMixes.keySet());
  }

  /** The phrases {@code word} is part of, for a word that means nothing alone. */
  List<String> phrasesWith(String word) {
    return terms.stream()
        .filter(t -> t.words().size() > 1 && t.words().contains(word))
        .map(t -> String.join(" ", t.words()))
        .sorted()
        .toList();
  }

  private static Vocabulary load() {
    JsonNode root;
    try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.json")) {
      root = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read builder/vocabulary.json", e);
    }
    List<Term> terms = new ArrayList<>();
    for (JsonNode c : root.get("conditions")) {
      Map<String, Condition.Coded> bySeverity = new LinkedHashMap<>();
      c.path("severity_codes")
          .properties()
          .forEach(
              e ->
                  bySeverity.put(
                      e.getKey(),
                      new Condition.Coded(
                          e.getValue().get("code").asText(),
                          e.getValue().get("description").asText())));
      Condition condition =
          new Condition(
              c.get("key").asText(),
              c.get("code").asText(),
              c.get("description").asText(),
              bySeverity);
      for (JsonNode p : c.get("phrases")) {
        terms.add(new Term(split(p.asText()), Kind.CONDITION, condition.key(), condition));
      }
    }
    add(terms, root.get("populations"), Kind.POPULATION);
    add(terms, root.get("age_groups"), Kind.AGE_GROUP);
    add(terms, root.get("genders"), Kind.GENDER);
    add(terms, root.get("journeys"), Kind.JOURNEY);
    for (JsonNode f : root.get("fillers")) {
      terms.add(new Term(List.of(f.asText()), Kind.FILLER, f.asText(), null));
    }
    for (UsState s : UsStates.all()) {
      terms.add(new Term(split(s.name()), Kind.STATE, s.abbreviation(), null));
    }
    terms.sort(Comparator.comparingInt((Term t) -> -t.words().size()));
    Map<String, Map<String, Double>> mixes = new LinkedHashMap<>();
    root.get("severity_mixes")
        .properties()
        .forEach(
            e -> {
              if (!e.getKey().startsWith("_")) {
                Map<String, Double> weights = new LinkedHashMap<>();
                e.getValue()
                    .properties()
                    .forEach(w -> weights.put(w.getKey(), w.getValue().asDouble()));
                mixes.put(e.getKey(), Collections.unmodifiableMap(weights));
              }
            });
    return new Vocabulary(List.copyOf(terms), Collections.unmodifiableMap(mixes), root);
  }

  private static void add(List<Term> terms, JsonNode entries, Kind kind) {
    for (JsonNode e : entries) {
      for (JsonNode p : e.get("phrases")) {
        terms.add(new Term(split(p.asText()), kind, e.get("key").asText(), null));
      }
    }
  }

  static List<String> split(String phrase) {
    return List.of(phrase.toLowerCase(Locale.ROOT).trim().split("\\s+"));
  }
}
