package org.healthsim.core.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser. Grammar, loosest binding first:
 *
 * <pre>
 * or         := and (("or" | "||") and)*
 * and        := not (("and" | "&&") not)*
 * not        := ("not" | "!") not | comparison
 * comparison := operand (("==" | "!=" | "<" | "<=" | ">" | ">=") operand
 *                        | "in" operand | "not" "in" operand)?
 * operand    := number | string | true | false | null | list | path | call | "(" or ")"
 * path       := name ("." name)*
 * call       := ("has_condition" | "has_medication") "(" string ")"
 * list       := "[" (literal ("," literal)*)? "]"
 * </pre>
 */
final class Parser {

  /** The longest expression text, in characters. */
  static final int MAX_LENGTH = 4096;

  /** The deepest nesting of parentheses and {@code not}s. */
  static final int MAX_DEPTH = 64;

  private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", "<=", ">", ">=");
  private static final Set<String> KEYWORDS =
      Set.of("and", "or", "not", "in", "true", "false", "null");

  private final String source;
  private final List<Token> tokens;
  private final List<String> attributes = new ArrayList<>();
  private int position;
  private int depth;

  private Parser(String source) {
    this.source = source;
    this.tokens = Lexer.tokenize(source);
  }

  /** The parsed tree, and the attribute paths it reads in the order written, without repeats. */
  record Parsed(Node root, List<String> attributes) {}

  static Parsed parse(String source) {
    if (source.length() > MAX_LENGTH) {
      throw new ExpressionParseException(
          source,
          MAX_LENGTH + 1,
          "the expression is "
              + source.length()
              + " characters, beyond the limit of "
              + MAX_LENGTH);
    }
    Parser parser = new Parser(source);
    if (parser.peek().kind() == Token.Kind.END) {
      throw new ExpressionParseException(source, 1, "empty expression");
    }
    Node root = parser.or();
    Token rest = parser.peek();
    if (rest.kind() != Token.Kind.END) {
      throw parser.error(rest, "unexpected '" + rest.text() + "' after a complete expression");
    }
    if (!root.isCondition()) {
      throw new ExpressionParseException(
          source, 1, "a condition must compare or test something, not be a plain value");
    }
    return new Parsed(root, List.copyOf(parser.attributes));
  }

  /** Enters one level of nesting at {@code t}; an error past {@link #MAX_DEPTH}. */
  private void nest(Token t) {
    if (++depth > MAX_DEPTH) {
      throw error(t, "nested more than " + MAX_DEPTH + " levels deep, beyond the limit");
    }
  }

  private Node or() {
    Node left = and();
    while (peek().isWord("or") || peek().is(Token.Kind.OPERATOR, "||")) {
      advance();
      left = new Node.Or(left, and());
    }
    return left;
  }

  private Node and() {
    Node left = not();
    while (peek().isWord("and") || peek().is(Token.Kind.OPERATOR, "&&")) {
      advance();
      left = new Node.And(left, not());
    }
    return left;
  }

  private Node not() {
    if (peek().isWord("not") || peek().is(Token.Kind.OPERATOR, "!")) {
      nest(advance());
      Node operand = not();
      depth--;
      return new Node.Not(operand);
    }
    return comparison();
  }

  private Node comparison() {
    Node left = operand();
    Token next = peek();
    if (next.kind() == Token.Kind.OPERATOR && COMPARISONS.contains(next.text())) {
      advance();
      return new Node.Compare(next.text(), left, operand());
    }
    if (next.isWord("in")) {
      advance();
      return new Node.In(left, operand(), false);
    }
    if (next.isWord("not") && peekAt(1).isWord("in")) {
      advance();
      advance();
      return new Node.In(left, operand(), true);
    }
    return left;
  }

  private Node operand() {
    Token t = advance();
    switch (t.kind()) {
      case NUMBER:
      case STRING:
        return new Node.Literal(t.literal());
      case LEFT_PAREN:
        nest(t);
        Node inner = or();
        expect(Token.Kind.RIGHT_PAREN, "')'");
        depth--;
        return inner;
      case LEFT_BRACKET:
        return list();
      case IDENTIFIER:
        return word(t);
      case END:
        throw error(t, "expression ends where a value was expected");
      default:
        throw error(t, "expected a value but found '" + t.text() + "'");
    }
  }

  private Node word(Token t) {
    switch (t.text()) {
      case "true":
        return new Node.Literal(Boolean.TRUE);
      case "false":
        return new Node.Literal(Boolean.FALSE);
      case "null":
        return new Node.Literal(null);
      default:
        break;
    }
    if (KEYWORDS.contains(t.text())) {
      throw error(t, "expected a value but found the keyword '" + t.text() + "'");
    }
    if (peek().kind() == Token.Kind.LEFT_PAREN) {
      return call(t);
    }
    List<String> path = new ArrayList<>();
    path.add(t.text());
    while (peek().kind() == Token.Kind.DOT) {
      advance();
      Token name = advance();
      if (name.kind() != Token.Kind.IDENTIFIER) {
        throw error(name, "expected an attribute name after '.'");
      }
      path.add(name.text());
    }
    String written = String.join(".", path);
    if (!attributes.contains(written)) {
      attributes.add(written);
    }
    return new Node.PathRef(List.copyOf(path));
  }

  private Node call(Token name) {
    boolean condition = name.text().equals("has_condition");
    if (!condition && !name.text().equals("has_medication")) {
      throw error(
          name, "unknown function '" + name.text() + "' (known: has_condition, has_medication)");
    }
    advance();
    Token argument = advance();
    if (argument.kind() != Token.Kind.STRING) {
      throw error(
          argument,
          condition
              ? "has_condition takes one quoted ICD-10 code, such as 'E11'"
              : "has_medication takes one quoted RxNorm code, such as '860975'");
    }
    expect(Token.Kind.RIGHT_PAREN, "')' after the code");
    String code = (String) argument.literal();
    return condition ? new Node.HasCondition(code) : new Node.HasMedication(code);
  }

  private Node list() {
    List<Object> values = new ArrayList<>();
    if (peek().kind() == Token.Kind.RIGHT_BRACKET) {
      advance();
      return new Node.ListLiteral(List.of());
    }
    while (true) {
      Token t = advance();
      if (t.kind() == Token.Kind.NUMBER || t.kind() == Token.Kind.STRING) {
        values.add(t.literal());
      } else if (t.isWord("true") || t.isWord("false")) {
        values.add(Boolean.valueOf(t.text()));
      } else {
        throw error(t, "a list holds numbers, quoted strings, true or false");
      }
      Token separator = advance();
      if (separator.kind() == Token.Kind.RIGHT_BRACKET) {
        return new Node.ListLiteral(List.copyOf(values));
      }
      if (separator.kind() != Token.Kind.COMMA) {
        throw error(separator, "expected ',' or ']' in a list");
      }
    }
  }

  private void expect(Token.Kind kind, String what) {
    Token t = advance();
    if (t.kind() != kind) {
      throw error(t, "expected " + what + " but found " + describe(t));
    }
  }

  private static String describe(Token t) {
    return t.kind() == Token.Kind.END ? "the end" : "'" + t.text() + "'";
  }

  private ExpressionParseException error(Token at, String reason) {
    return new ExpressionParseException(source, at.column(), reason);
  }

  private Token peek() {
    return tokens.get(position);
  }

  private Token peekAt(int offset) {
    return tokens.get(Math.min(position + offset, tokens.size() - 1));
  }

  private Token advance() {
    Token t = tokens.get(position);
    if (t.kind() != Token.Kind.END) {
      position++;
    }
    return t;
  }
}
