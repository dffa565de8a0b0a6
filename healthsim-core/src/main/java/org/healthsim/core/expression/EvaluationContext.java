package org.healthsim.core.expression;

import java.util.List;

/**
 * What an expression can see: attribute values by path, and the entity's conditions and
 * medications.
 */
public interface EvaluationContext {

  /** A context with no attributes and no conditions. */
  EvaluationContext EMPTY =
      new EvaluationContext() {
        @Override
        public Object value(List<String> path) {
          return null;
        }

        @Override
        public boolean hasCondition(String codePrefix) {
          return false;
        }
      };

  /**
   * The value at {@code path} ({@code ["age"]}, {@code ["labs", "a1c"]}), or {@code null} when
   * there is none. Values are {@link String}, {@link Number}, {@link Boolean} or {@link
   * java.util.Collection} of those.
   */
  Object value(List<String> path);

  /**
   * True when the entity has a condition whose ICD-10 code starts with {@code codePrefix}, ignoring
   * dots ({@code E11} matches {@code E11.9}).
   */
  boolean hasCondition(String codePrefix);

  /**
   * True when the entity has the medication with RxNorm code {@code rxnorm}. In a profile's {@code
   * medications}, a {@code when} sees the medications listed before its own. A context without
   * medications has none.
   */
  default boolean hasMedication(String rxnorm) {
    return false;
  }
}
