package org.healthsim.core.spec;

import java.util.Objects;
import java.util.regex.Pattern;
import org.healthsim.core.validation.Problems;

/**
 * A profile: who the cohort is. Only {@code generation} and {@code demographics} are needed; the
 * framework guide's minimal form works as written:
 *
 * <pre>{@code
 * {"generation": {"count": 10, "seed": 42},
 *  "demographics": {
 *    "age": {"type": "normal", "mean": 45, "std_dev": 15, "min": 18, "max": 90},
 *    "gender": {"type": "categorical", "weights": {"M": 0.49, "F": 0.51}}}}
 * }</pre>
 *
 * Read one with {@link org.healthsim.core.reader.SpecReader#readProfile}.
 *
 * @param id identifier ({@code [A-Za-z0-9_-]+}), or {@code null}
 * @param name human-readable name, or {@code null}
 * @param description free text, or {@code null}
 * @param generation count, seed and as-of date; never null (defaults apply)
 * @param demographics who; never null
 * @param clinical conditions, severity, labs and medications, or {@code null}
 * @param coverage line of business and plans, or {@code null}
 * @param identifiers identifier prefixes; never null ({@link IdentifierSpec#DEFAULTS} when not
 *     written)
 */
public record ProfileSpecification(
    String id,
    String name,
    String description,
    GenerationSpec generation,
    DemographicsSpec demographics,
    ClinicalSpec clinical,
    CoverageSpec coverage,
    IdentifierSpec identifiers)
    implements java.io.Serializable {

  /** The shape of profile and journey ids. */
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");

  public ProfileSpecification {
    Objects.requireNonNull(generation, "generation");
    Objects.requireNonNull(demographics, "demographics");
    identifiers = identifiers == null ? IdentifierSpec.DEFAULTS : identifiers;
    Problems problems = new Problems();
    if (id != null && !ID.matcher(id).matches()) {
      problems.add("id", id, "must use only letters, digits, '-' and '_'");
    }
    problems.throwIfAny();
  }

  /** The same profile with generation section {@code newGeneration}. */
  public ProfileSpecification withGeneration(GenerationSpec newGeneration) {
    return new ProfileSpecification(
        id, name, description, newGeneration, demographics, clinical, coverage, identifiers);
  }
}
