package org.healthsim.generation.journey;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthsim.core.internal.validation.Hints;
import org.healthsim.core.internal.validation.JsonPath;
import org.healthsim.core.spec.ConditionSpec;
import org.healthsim.core.validation.Problems;
import org.healthsim.generation.internal.profile.AttributeNames;
import org.healthsim.generation.internal.profile.LabCatalog;
import org.healthsim.generation.internal.providers.CsvLine;
import org.healthsim.generation.internal.providers.ProviderPool;

/**
 * The parameters each built-in event type takes, as declared in {@code event-parameters.csv} (name,
 * kind, allowed values, required group), and the check of an event's written parameters against
 * them: unknown names with the name probably meant, values of the wrong kind, a missing required
 * parameter. Event types the file does not list take any parameters.
 */
final class EventParameters {

  /** One declared parameter. */
  private record Declared(String name, String kind, List<String> values, String required) {}

  private static final Map<String, Map<String, Declared>> BY_TYPE = load();
  private static final Pattern RXNORM = Pattern.compile("[0-9]{1,10}");
  private static final Pattern PROCEDURE_CODE = Pattern.compile("[0-9]{4}[0-9A-Z]|[A-V][0-9]{4}");
  private static final Pattern NPI = Pattern.compile("[0-9]{10}");
  private static final Pattern PLACE = Pattern.compile("[0-9]{2}");

  private EventParameters() {}

  private static Map<String, Map<String, Declared>> load() {
    Map<String, Map<String, Declared>> map = new LinkedHashMap<>();
    for (List<String> row :
        CsvLine.rows(
            EventParameters.class,
            "event-parameters.csv",
            "event_type,parameter,kind,values,required")) {
      List<String> values = row.get(3).isEmpty() ? List.of() : List.of(row.get(3).split("\\|"));
      map.computeIfAbsent(row.get(0), t -> new LinkedHashMap<>())
          .put(row.get(1), new Declared(row.get(1), row.get(2), values, row.get(4)));
    }
    return map;
  }

  /**
   * Adds a problem under {@code path} ({@code events[2]}) for each parameter of an event of {@code
   * type} that is unknown, of the wrong kind, or missing.
   */
  static void check(String type, Map<String, Object> parameters, String path, Problems problems) {
    Map<String, Declared> declared = BY_TYPE.get(type);
    if (declared == null) {
      return;
    }
    String at = JsonPath.join(path, "parameters");
    Set<String> groups = new LinkedHashSet<>();
    declared.values().forEach(d -> groups.add(d.required()));
    groups.remove("");
    parameters.forEach(
        (name, value) -> {
          Declared d = declared.get(name);
          if (d == null) {
            problems.add(
                JsonPath.key(at, name),
                "unknown parameter of a "
                    + type
                    + " event"
                    + Hints.closest(name, declared.keySet())
                        .map(k -> "; did you mean " + k + "?")
                        .orElseGet(() -> "; it takes " + String.join(", ", declared.keySet())));
            return;
          }
          groups.remove(d.required());
          problem(d, value).ifPresent(p -> problems.add(JsonPath.key(at, name), value, p));
        });
    for (String group : groups) {
      List<String> names = new ArrayList<>();
      declared.values().stream()
          .filter(d -> d.required().equals(group))
          .forEach(d -> names.add(d.name()));
      problems.add(
          at,
          "a "
              + type
              + " event needs "
              + (names.size() == 1
                  ? "the parameter " + names.get(0)
                  : "one of the parameters " + String.join(", ", names)));
    }
  }

  /** Why {@code value} is not of {@code d}'s kind, or empty when it is. */
  private static Optional<String> problem(Declared d, Object value) {
    if (value instanceof String && ((String) value).contains("${")) {
      return placeholders((String) value);
    }
    String text = value instanceof String ? (String) value : null;
    switch (d.kind()) {
      case "text":
        return text != null ? Optional.empty() : Optional.of("must be a text");
      case "number":
        return value instanceof Number ? Optional.empty() : Optional.of("must be a number");
      case "whole":
        return value instanceof Number && ((Number) value).doubleValue() % 1 == 0
            ? Optional.empty()
            : Optional.of("must be a whole number");
      case "object":
        return value instanceof Map ? Optional.empty() : Optional.of("must be an object");
      case "list":
        return text != null || value instanceof Collection
            ? Optional.empty()
            : Optional.of("must be a text or a list of texts");
      case "date":
        return date(text);
      case "choice":
      case "choice_any_case":
        return choice(d, text);
      case "icd10":
        return matches(text, ConditionSpec.ICD10_CM, "is not an ICD-10-CM code such as E11.9");
      case "rxnorm":
        return matches(text, RXNORM, "is not an RxNorm code: digits, such as 860975");
      case "code":
        return matches(text, PROCEDURE_CODE, "is not a CPT or HCPCS code such as 99213 or G0463");
      case "npi":
        return matches(text, NPI, "is not an NPI: 10 digits");
      case "place":
        return matches(text, PLACE, "is not a two-digit place-of-service code such as 11");
      case "loinc":
        return text != null && LabCatalog.byLoinc(text).isPresent()
            ? Optional.empty()
            : Optional.of("is not a LOINC code in lab-catalog.csv");
      case "lab":
        return known(text, LabCatalog.all().keySet(), "lab in lab-catalog.csv");
      case "specialty":
        return known(text, ProviderPool.knownSpecialties(), "specialty");
      default:
        throw new IllegalStateException("event-parameters.csv: unknown kind " + d.kind());
    }
  }

  private static Optional<String> matches(String text, Pattern pattern, String rule) {
    return text != null && pattern.matcher(text).matches() ? Optional.empty() : Optional.of(rule);
  }

  private static Optional<String> date(String text) {
    try {
      if (text != null && text.length() == 10) {
        LocalDate.parse(text);
        return Optional.empty();
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    return Optional.of("must be a date, YYYY-MM-DD");
  }

  private static Optional<String> choice(Declared d, String text) {
    boolean anyCase = d.kind().equals("choice_any_case");
    if (text != null && d.values().contains(anyCase ? text.toLowerCase(Locale.ROOT) : text)) {
      return Optional.empty();
    }
    return Optional.of(
        "must be one of "
            + String.join(", ", d.values())
            + (text == null ? "" : Hints.didYouMean(text, d.values())));
  }

  private static Optional<String> known(String text, Collection<String> known, String what) {
    if (text != null && known.contains(text)) {
      return Optional.empty();
    }
    return Optional.of(
        "is not a known "
            + what
            + (text == null
                ? ""
                : Hints.closest(text, known)
                    .map(k -> "; did you mean " + k + "?")
                    .orElseGet(() -> "; known: " + String.join(", ", known))));
  }

  /** The problems of the attributes {@code ${entity.x}} placeholders in {@code text} read. */
  private static Optional<String> placeholders(String text) {
    Matcher m = ParameterResolver.PLACEHOLDER.matcher(text);
    List<String> problems = new ArrayList<>();
    while (m.find()) {
      AttributeNames.problem(m.group(1), null, true).ifPresent(problems::add);
    }
    return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
  }
}
