package org.healthsim.core.expression;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** The parsed form of an expression: a tree evaluated against a context. */
sealed interface Node {

  /** The value of this node: a Boolean, String, Double, collection or null. */
  Object evaluate(EvaluationContext context);

  /** True when the node always yields a boolean (so it can stand as a whole condition). */
  boolean isCondition();

  record Literal(Object value) implements Node {
    @Override
    public Object evaluate(EvaluationContext context) {
      return value;
    }

    @Override
    public boolean isCondition() {
      return value instanceof Boolean;
    }
  }

  record ListLiteral(List<Object> values) implements Node {
    @Override
    public Object evaluate(EvaluationContext context) {
      return values;
    }

    @Override
    public boolean isCondition() {
      return false;
    }
  }

  record PathRef(List<String> path) implements Node {
    @Override
    public Object evaluate(EvaluationContext context) {
      return context.value(path);
    }

    @Override
    public boolean isCondition() {
      // A bare attribute is a condition when it holds a boolean; anything else is false.
      return true;
    }
  }

  record Compare(String operator, Node left, Node right) implements Node {
    @Override
    public Object evaluate(EvaluationContext context) {
      return Values.compare(operator, left.evaluate(context), right.evaluate(context));
    }

    @Override
    public boolean isCondition() {
      return true;
    }
  }

  record In(Node element, Node collection, boolean negated) implements Node {
    @Override
    public Object evaluate(EvaluationContext context) {
      Object value = element.evaluate(context);
      Object container = collection.evaluate(context);
      boolean found = false;
      if (container instanceof Collection) {
        for (Object candidate : (Collection<?>) container) {
          if (Values.equal(value, candidate)) {
            found = true;
            break;
          }
        }
      }
      return found != negated;
    }

    @Override
    public boolean isCondition() {
      return true;
    }
  }

  record And(Node left, Node right) implements Node {
    @Override
    public Object evaluate(EvaluationContext context) {
      return Values.truth(left.evaluate(context)) && Values.truth(right.evaluate(context));
    }

    @Override
    public boolean isCondition() {
      return true;
    }
  }

  record Or(Node left, Node right) implements Node {
    @Override
    public Object evaluate(EvaluationContext context) {
      return Values.truth(left.evaluate(context)) || Values.truth(right.evaluate(context));
    }

    @Override
    public boolean isCondition() {
      return true;
    }
  }

  record Not(Node operand) implements Node {
    @Override
    public Object evaluate(EvaluationContext context) {
      return !Values.truth(operand.evaluate(context));
    }

    @Override
    public boolean isCondition() {
      return true;
    }
  }

  record HasCondition(String codePrefix) implements Node {
    public HasCondition {
      Objects.requireNonNull(codePrefix);
    }

    @Override
    public Object evaluate(EvaluationContext context) {
      return context.hasCondition(codePrefix);
    }

    @Override
    public boolean isCondition() {
      return true;
    }
  }

  record HasMedication(String rxnorm) implements Node {
    public HasMedication {
      Objects.requireNonNull(rxnorm);
    }

    @Override
    public Object evaluate(EvaluationContext context) {
      return context.hasMedication(rxnorm);
    }

    @Override
    public boolean isCondition() {
      return true;
    }
  }
}
