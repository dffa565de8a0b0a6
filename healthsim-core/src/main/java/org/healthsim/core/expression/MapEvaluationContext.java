package org.healthsim.core.expression;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * An {@link EvaluationContext} over nested maps. A path walks nested maps; a leading {@code entity}
 * segment may be omitted by the writer or given ({@code entity.age} and {@code age} are the same)
 * unless the map has its own {@code entity} key. Conditions come from the {@code conditions}
 * attribute: a collection of ICD-10 codes, or of maps with a {@code code}; medications from the
 * {@code medications} attribute: a collection of RxNorm codes, or of maps with an {@code rxnorm}.
 */
public final class MapEvaluationContext implements EvaluationContext {

  private final Map<String, ?> attributes;

  /** A context over {@code attributes}, which it reads but does not copy. */
  public MapEvaluationContext(Map<String, ?> attributes) {
    this.attributes = attributes;
  }

  @Override
  public Object value(List<String> path) {
    int start =
        path.size() > 1 && path.get(0).equals("entity") && !attributes.containsKey("entity")
            ? 1
            : 0;
    Object current = attributes;
    for (int i = start; i < path.size(); i++) {
      if (!(current instanceof Map)) {
        return null;
      }
      current = ((Map<?, ?>) current).get(path.get(i));
    }
    return current;
  }

  @Override
  public boolean hasCondition(String codePrefix) {
    return any("conditions", "code", code -> IcdCodes.matches(code, codePrefix));
  }

  @Override
  public boolean hasMedication(String rxnorm) {
    return any("medications", "rxnorm", rxnorm::equals);
  }

  /**
   * True when the collection attribute {@code name} holds a value, given as itself or as a map's
   * {@code key}, that {@code matches}.
   */
  private boolean any(String name, String key, java.util.function.Predicate<String> matches) {
    Object items = attributes.get(name);
    if (!(items instanceof Collection)) {
      return false;
    }
    for (Object item : (Collection<?>) items) {
      Object value = item instanceof Map ? ((Map<?, ?>) item).get(key) : item;
      if (value != null && matches.test(value.toString())) {
        return true;
      }
    }
    return false;
  }
}
