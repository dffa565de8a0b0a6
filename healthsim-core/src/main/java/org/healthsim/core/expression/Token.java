package org.healthsim.core.expression;

/** One lexical token; {@code column} is 1-based. */
record Token(Kind kind, String text, Object literal, int column) {

  enum Kind {
    NUMBER,
    STRING,
    IDENTIFIER,
    DOT,
    COMMA,
    LEFT_PAREN,
    RIGHT_PAREN,
    LEFT_BRACKET,
    RIGHT_BRACKET,
    OPERATOR,
    END
  }

  boolean is(Kind k, String t) {
    return kind == k && text.equals(t);
  }

  boolean isWord(String word) {
    return kind == Kind.IDENTIFIER && text.equals(word);
  }
}
