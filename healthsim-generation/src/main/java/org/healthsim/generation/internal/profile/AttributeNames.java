package org.healthsim.generation.internal.profile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.healthsim.core.expression.Expression;
import org.healthsim.core.internal.validation.Hints;

/**
 * The attributes an expression can read of a generated entity, and the check of a name against
 * them, so that a misspelt name ({@code agee >= 65}) is an error with its path instead of a
 * condition that never holds. The names are those of {@link
 * org.healthsim.generation.profile.GeneratedEntity#attributes()}: {@link #FIELDS}, {@code
 * labs.<name>} (or {@code lab_values.<name>}) and {@code coverage.<}{@link #COVERAGE}{@code >}; a
 * leading {@code entity.} is optional.
 */
public final class AttributeNames {

  /** The attributes that are one value, or for {@code conditions} the list of codes. */
  public static final List<String> FIELDS =
      List.of(
          "entity_id",
          "age",
          "birth_date",
          "gender",
          "race",
          "ethnicity",
          "state",
          "county_fips",
          "severity",
          "conditions",
          "plan",
          "coverage_type",
          "patient_id",
          "member_id",
          "rx_member_id",
          "subject_id");

  /** The parts of {@code coverage.<part>}. */
  public static final List<String> COVERAGE = List.of("type", "plan", "group_id", "effective_date");

  private static final List<String> LABS = List.of("labs", "lab_values");

  /** Every first part of an attribute. */
  private static final List<String> HEADS = heads();

  private static List<String> heads() {
    List<String> heads = new ArrayList<>(FIELDS);
    heads.addAll(LABS);
    heads.add("coverage");
    return List.copyOf(heads);
  }

  private AttributeNames() {}

  /**
   * Why {@code expression} reads an attribute no entity has, one reason per such attribute; empty
   * when every name is known.
   *
   * @param labs the lab names the entities have, or {@code null} when any lab name may be read (a
   *     journey checked apart from its profile)
   * @param severity whether the entities have a severity
   */
  public static List<String> problems(
      Expression expression, Collection<String> labs, boolean severity) {
    List<String> problems = new ArrayList<>();
    for (String attribute : expression.attributes()) {
      problem(attribute, labs, severity).ifPresent(problems::add);
    }
    return problems;
  }

  /**
   * Why the dotted {@code attribute} ({@code age}, {@code entity.labs.a1c}) is not one an entity
   * has, or empty when it is.
   */
  public static Optional<String> problem(
      String attribute, Collection<String> labs, boolean severity) {
    String[] parts = attribute.split("\\.", -1);
    int i = parts.length > 1 && parts[0].equals("entity") ? 1 : 0;
    String head = parts[i];
    int rest = parts.length - i - 1;
    if (LABS.contains(head)) {
      if (rest == 0) {
        return Optional.empty(); // every lab, as a map
      }
      if (rest > 1) {
        return Optional.of("'" + attribute + "': a lab is one value, " + head + ".<lab name>");
      }
      String lab = parts[i + 1];
      if (labs == null || labs.contains(lab)) {
        return Optional.empty();
      }
      return Optional.of(
          "'"
              + attribute
              + "': the profile has no lab '"
              + lab
              + "'"
              + Hints.didYouMean(lab, labs));
    }
    if (head.equals("coverage")) {
      if (rest == 1 && COVERAGE.contains(parts[i + 1])) {
        return Optional.empty();
      }
      return Optional.of(
          "'"
              + attribute
              + "': coverage has "
              + String.join(", ", COVERAGE)
              + (rest == 1
                  ? Hints.closest(parts[i + 1], COVERAGE)
                      .map(k -> "; did you mean coverage." + k + "?")
                      .orElse("")
                  : ""));
    }
    if (!FIELDS.contains(head)) {
      return Optional.of(
          "unknown attribute '"
              + attribute
              + "'"
              + Hints.closest(head, HEADS)
                  .map(k -> "; did you mean " + k + "?")
                  .orElseGet(() -> "; known: " + String.join(", ", HEADS)));
    }
    if (rest > 0) {
      return Optional.of("'" + attribute + "': " + head + " has no parts");
    }
    if (head.equals("severity") && !severity) {
      return Optional.of("'severity': the profile defines no clinical.severity");
    }
    return Optional.empty();
  }
}
