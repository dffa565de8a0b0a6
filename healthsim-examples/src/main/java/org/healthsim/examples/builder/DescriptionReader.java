package org.healthsim.examples.builder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.healthsim.core.internal.validation.Hints;
import org.healthsim.generation.person.UsStates;

/**
 * Reads a short description ("200 Medicare diabetics in Texas with claims") with the built-in
 * {@link Vocabulary}: phrases match longest first; a number is the count, or a county's FIPS after
 * {@code fips} or {@code county}; a two-letter state code counts after {@code in}; the words before
 * {@code county} (or {@code parish}) name a county. Every other word is a problem, named with the
 * closest known word, never dropped.
 */
public final class DescriptionReader {

  private static final int MAX_COUNT = 10_000_000;

  private final Vocabulary vocabulary = Vocabulary.builtIn();

  /** Reads {@code text}. */
  public Description read(String text) {
    List<String> tokens = tokens(text);
    Integer count = null;
    String population = null;
    String ageGroup = null;
    String gender = null;
    Set<Condition> conditions = new LinkedHashSet<>();
    String state = null;
    String countyName = null;
    String countyFips = null;
    String journey = null;
    List<String> problems = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      String t = tokens.get(i);
      String previous = i > 0 ? tokens.get(i - 1) : "";
      String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
      if ((t.equals("county") || t.equals("parish")) && !next.matches("\\d{5}")) {
        if (pending.isEmpty()) {
          problems.add("'" + t + "' without a county name before it (say \"in Harris County\")");
        } else {
          countyName = String.join(" ", pending);
          pending.clear();
        }
        i++;
        continue;
      }
      if (t.equals("fips") || t.equals("county")) {
        i++;
        continue;
      }
      if (t.matches("\\d+")) {
        if (t.length() == 5 && (previous.equals("fips") || previous.equals("county"))) {
          countyFips = t;
        } else if (t.length() > 8 || Long.parseLong(t) > MAX_COUNT || Long.parseLong(t) < 1) {
          problems.add("count " + t + " is out of range (1 to " + MAX_COUNT + ")");
        } else if (count != null) {
          problems.add("two counts, " + count + " and " + t + "; say one");
        } else {
          count = Integer.valueOf(t);
        }
        i++;
        continue;
      }
      if (previous.equals("in")
          && t.length() == 2
          && UsStates.byAbbreviation(t.toUpperCase(Locale.ROOT)).isPresent()) {
        state = t.toUpperCase(Locale.ROOT);
        i++;
        continue;
      }
      Vocabulary.Term term = match(tokens, i);
      if (term != null && term.kind() == Vocabulary.Kind.STATE && namesCounty(tokens, i, term)) {
        term = null; // "Washington County": a county's name, not the state
      }
      if (term == null) {
        pending.add(t);
        i++;
        continue;
      }
      flush(pending, problems);
      switch (term.kind()) {
        case CONDITION:
          conditions.add(term.condition());
          break;
        case POPULATION:
          population = term.key();
          break;
        case AGE_GROUP:
          ageGroup = term.key();
          break;
        case GENDER:
          if (gender != null && !gender.equals(term.key())) {
            problems.add("both women and men named; leave both out for a mixed population");
          }
          gender = term.key();
          break;
        case JOURNEY:
          journey = term.key();
          break;
        case STATE:
          state = term.key();
          break;
        default:
          break;
      }
      i += term.words().size();
    }
    flush(pending, problems);
    if (conditions.stream().anyMatch(c -> c.key().equals("pregnancy"))) {
      if ("M".equals(gender)) {
        problems.add("pregnancy among men: leave out 'men' (a pregnancy profile is of women)");
      }
      if (ageGroup != null && !ageGroup.equals("adults")) {
        problems.add(
            "pregnancy among " + ageGroup + ": a pregnancy profile is of women aged 18-45");
      }
    }
    return new Description(
        count,
        population,
        ageGroup,
        gender,
        new ArrayList<>(conditions),
        state,
        countyName,
        countyFips,
        journey,
        problems);
  }

  private static boolean namesCounty(List<String> tokens, int at, Vocabulary.Term term) {
    int after = at + term.words().size();
    return after < tokens.size()
        && (tokens.get(after).equals("county") || tokens.get(after).equals("parish"));
  }

  private Vocabulary.Term match(List<String> tokens, int at) {
    for (Vocabulary.Term term : vocabulary.terms()) {
      List<String> words = term.words();
      if (at + words.size() <= tokens.size()
          && tokens.subList(at, at + words.size()).equals(words)) {
        return term;
      }
    }
    return null;
  }

  /**
   * Words left over, each named: a run of them that is close to a known phrase ("hart failure") as
   * that phrase, else each word with the closest known word, or with the phrases it belongs to when
   * it means nothing alone ("failure").
   */
  private void flush(List<String> pending, List<String> problems) {
    if (pending.isEmpty()) {
      return;
    }
    String run = String.join(" ", pending);
    pending.clear();
    if (run.contains(" ")) {
      var phrase = Hints.closest(run, vocabulary.phrases());
      if (phrase.isPresent()) {
        problems.add("did not understand '" + run + "'; did you mean " + phrase.get() + "?");
        return;
      }
    }
    for (String word : run.split(" ")) {
      List<String> within = vocabulary.phrasesWith(word);
      String hint =
          vocabulary.words().contains(word) && !within.isEmpty()
              ? " alone; it is known in " + String.join(", ", within)
              : Hints.didYouMean(word, vocabulary.words());
      problems.add("did not understand '" + word + "'" + hint);
    }
  }

  private static List<String> tokens(String text) {
    String cleaned =
        text.toLowerCase(Locale.ROOT)
            .replaceAll("(?<=\\d),(?=\\d{3})", "")
            .replaceAll("[^a-z0-9+\\-'\\s]", " ")
            .replace("'", "");
    List<String> out = new ArrayList<>();
    for (String t : cleaned.trim().split("\\s+")) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}
