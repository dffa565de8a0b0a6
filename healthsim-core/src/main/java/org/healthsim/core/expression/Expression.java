package org.healthsim.core.expression;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed condition, such as {@code age >= 65 and gender == 'F'}.
 *
 * <pre>{@code
 * Expression senior = Expression.parse("age >= 65 and not (state in ['TX', 'CA'])");
 * boolean matches = senior.test(Map.of("age", 70, "state", "NY"));   // true
 * }</pre>
 *
 * <p>Attribute names are whole tokens, so {@code age} never matches inside {@code stage} or inside
 * a string literal. Comparison rules are those of numbers by value and strings by text; a missing
 * attribute is null, which equals only null and is never less or greater than anything.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Expression implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final transient Node root;
  private final transient List<String> attributes;

  private Expression(String source, Parser.Parsed parsed) {
    this.source = source;
    this.root = parsed.root();
    this.attributes = parsed.attributes();
  }

  /**
   * Parses {@code source}.
   *
   * @throws ExpressionParseException naming the column when the text is not a valid condition, or
   *     is longer than 4,096 characters or nested more than 64 levels deep
   */
  public static Expression parse(String source) {
    Objects.requireNonNull(source, "source");
    return new Expression(source, Parser.parse(source));
  }

  /**
   * The attributes this expression reads, as written and in the order written, without repeats:
   * {@code ["age", "labs.a1c", "entity.state"]} (functions such as {@code has_condition} are not
   * attributes). A caller that knows which attributes exist can check them before anything runs.
   */
  public List<String> attributes() {
    return attributes;
  }

  /** True when the condition holds in {@code context}. */
  public boolean test(EvaluationContext context) {
    return Values.truth(root.evaluate(context));
  }

  /** True when the condition holds for {@code attributes} (see {@link MapEvaluationContext}). */
  public boolean test(Map<String, ?> attributes) {
    return test(new MapEvaluationContext(attributes));
  }

  /** The text this expression was parsed from. */
  public String source() {
    return source;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Expression && ((Expression) o).source.equals(source);
  }

  @Override
  public int hashCode() {
    return source.hashCode();
  }

  @Override
  public String toString() {
    return source;
  }

  /** Serialized as its source, parsed again when read: a spec travels to Spark's executors. */
  private Object writeReplace() {
    return new Source(source);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw new java.io.InvalidObjectException("an Expression is read through its source");
  }

  /** The serialized form: the expression's text. */
  private record Source(String text) implements java.io.Serializable {
    private Object readResolve() {
      return parse(text);
    }
  }
}
