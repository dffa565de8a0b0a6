package org.healthsim.core.expression;

/** An expression could not be parsed; {@link #column()} says where (1-based). */
public class ExpressionParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String expression;
  private final int column;
  private final String reason;

  ExpressionParseException(String expression, int column, String reason) {
    super("column " + column + ": " + reason + " in \"" + shortened(expression) + "\"");
    this.expression = expression;
    this.column = column;
    this.reason = reason;
  }

  /** {@code expression}, or its first 100 characters and an ellipsis when longer than 120. */
  private static String shortened(String expression) {
    return expression.length() <= 120 ? expression : expression.substring(0, 100) + "...";
  }

  /** The text that failed to parse. */
  public String expression() {
    return expression;
  }

  /** The 1-based column where parsing failed. */
  public int column() {
    return column;
  }

  /** What was wrong there, without the column. */
  public String reason() {
    return reason;
  }
}
