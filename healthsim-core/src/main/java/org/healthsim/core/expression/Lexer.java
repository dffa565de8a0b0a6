package org.healthsim.core.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits an expression into tokens, rejecting operators the language does not have. */
final class Lexer {

  private static final Set<String> OPERATORS =
      Set.of("==", "!=", "<", "<=", ">", ">=", "&&", "||", "!");
  private static final String OPERATOR_CHARS = "=!<>&|";

  private final String source;
  private int position;

  private Lexer(String source) {
    this.source = source;
  }

  static List<Token> tokenize(String source) {
    return new Lexer(source).run();
  }

  private List<Token> run() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      skipWhitespace();
      if (position >= source.length()) {
        tokens.add(new Token(Token.Kind.END, "", null, position + 1));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private Token next() {
    int start = position;
    char c = source.charAt(position);
    switch (c) {
      case '.':
        if (position + 1 < source.length() && Character.isDigit(source.charAt(position + 1))) {
          return number(start);
        }
        return single(Token.Kind.DOT);
      case ',':
        return single(Token.Kind.COMMA);
      case '(':
        return single(Token.Kind.LEFT_PAREN);
      case ')':
        return single(Token.Kind.RIGHT_PAREN);
      case '[':
        return single(Token.Kind.LEFT_BRACKET);
      case ']':
        return single(Token.Kind.RIGHT_BRACKET);
      case '\'':
      case '"':
        return string(start, c);
      default:
        break;
    }
    if (Character.isDigit(c) || (c == '-' && nextIsDigit())) {
      return number(start);
    }
    if (Character.isLetter(c) || c == '_') {
      while (position < source.length()
          && (Character.isLetterOrDigit(source.charAt(position))
              || source.charAt(position) == '_')) {
        position++;
      }
      return new Token(Token.Kind.IDENTIFIER, source.substring(start, position), null, start + 1);
    }
    if (OPERATOR_CHARS.indexOf(c) >= 0) {
      while (position < source.length() && OPERATOR_CHARS.indexOf(source.charAt(position)) >= 0) {
        position++;
      }
      String op = source.substring(start, position);
      // "!" directly before "=" is "!=", but "!!" or "=!" are not operators we know.
      if (!OPERATORS.contains(op)) {
        throw unknownOperator(op, start);
      }
      return new Token(Token.Kind.OPERATOR, op, null, start + 1);
    }
    throw new ExpressionParseException(source, start + 1, "unexpected character '" + c + "'");
  }

  private ExpressionParseException unknownOperator(String op, int start) {
    String hint =
        switch (op) {
          case "=" -> "; use == to compare";
          case "=>", "=<" -> "; use >= or <=";
          case "===" -> "; use ==";
          case "<>" -> "; use !=";
          case "&" -> "; use && or and";
          case "|" -> "; use || or or";
          default -> "";
        };
    return new ExpressionParseException(
        source,
        start + 1,
        "unknown operator '" + op + "' (known: == != < <= > >= and or not in && || !)" + hint);
  }

  private boolean nextIsDigit() {
    return position + 1 < source.length() && Character.isDigit(source.charAt(position + 1));
  }

  private Token single(Token.Kind kind) {
    Token t = new Token(kind, String.valueOf(source.charAt(position)), null, position + 1);
    position++;
    return t;
  }

  private Token number(int start) {
    if (source.charAt(position) == '-') {
      position++;
    }
    while (position < source.length()
        && (Character.isDigit(source.charAt(position)) || source.charAt(position) == '.')) {
      position++;
    }
    String text = source.substring(start, position);
    try {
      return new Token(Token.Kind.NUMBER, text, Double.parseDouble(text), start + 1);
    } catch (NumberFormatException e) {
      throw new ExpressionParseException(source, start + 1, "malformed number '" + text + "'");
    }
  }

  private Token string(int start, char quote) {
    StringBuilder value = new StringBuilder();
    position++;
    while (position < source.length()) {
      char c = source.charAt(position++);
      if (c == quote) {
        return new Token(
            Token.Kind.STRING, source.substring(start, position), value.toString(), start + 1);
      }
      if (c == '\\' && position < source.length()) {
        c = source.charAt(position++);
      }
      value.append(c);
    }
    throw new ExpressionParseException(source, start + 1, "unterminated string");
  }

  private void skipWhitespace() {
    while (position < source.length() && Character.isWhitespace(source.charAt(position))) {
      position++;
    }
  }
}
