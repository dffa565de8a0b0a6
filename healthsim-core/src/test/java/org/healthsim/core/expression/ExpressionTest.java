package org.healthsim.core.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionTest {

  private static final Map<String, Object> SENIOR_WOMAN =
      Map.of(
          "age",
          70,
          "gender",
          "F",
          "state",
          "NY",
          "severity",
          "uncontrolled",
          "labs",
          Map.of("a1c", 9.4),
          "conditions",
          List.of(Map.of("code", "E11.9"), Map.of("code", "I10")),
          "medications",
          List.of(Map.of("rxnorm", "860975")));

  private static boolean test(String expression, Map<String, ?> attributes) {
    return Expression.parse(expression).test(attributes);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiterString = " :: ",
      quoteCharacter = '`',
      value = {
        "severity == 'uncontrolled' :: true",
        "severity == \"uncontrolled\" :: true",
        "severity != 'uncontrolled' :: false",
        "age >= 65 and gender == 'F' :: true",
        "age >= 65 && gender == 'M' :: false",
        "age < 65 or gender == 'F' :: true",
        "age < 65 || gender == 'M' :: false",
        "has_condition('E11') :: true",
        "has_condition('E11.9') :: true",
        "has_condition('e119') :: true",
        "has_condition('N18') :: false",
        "has_medication('860975') :: true",
        "has_medication('8609') :: false",
        "has_condition('E11') and not has_medication('897122') :: true",
        "not (state in ['TX','CA']) :: true",
        "state in ['TX', 'CA'] :: false",
        "state not in ['TX', 'CA'] :: true",
        "!has_condition('N18') :: true",
        "not has_condition('E11') or age > 69.5 :: true",
        "labs.a1c > 9 :: true",
        "entity.age == 70 :: true",
        "age == 70.0 :: true",
        "age in [65, 70, 75] :: true",
        "age == '70' :: false",
        "missing == null :: true",
        "missing > 3 :: false",
        "missing != 'x' :: true",
        "true :: true",
        "(age > 60 and (gender == 'M' or severity == 'uncontrolled')) :: true",
        "age >= 65 and gender == 'F' or state == 'TX' :: true",
        "gender == 'M' and age >= 65 or state == 'NY' :: true",
        "gender == 'M' and (age >= 65 or state == 'NY') :: false",
      })
  void evaluates(String expression, boolean expected) {
    assertThat(test(expression, SENIOR_WOMAN)).isEqualTo(expected);
  }

  @Test
  void aKeyNeverMatchesInsideALongerName() {
    // The original substituted "age" inside "stage" and broke; here names are whole tokens.
    Map<String, Object> attributes = Map.of("age", 70, "stage", 3);
    assertThat(test("stage == 3", attributes)).isTrue();
    assertThat(test("stage == 70", attributes)).isFalse();
    assertThat(test("age == 70", attributes)).isTrue();
  }

  @Test
  void aKeyNeverMatchesInsideAStringLiteral() {
    // The original rewrote "control" inside 'controlled', so this never matched.
    Map<String, Object> attributes = Map.of("control", "controlled");
    assertThat(test("control == 'controlled'", attributes)).isTrue();
    assertThat(test("control == 'control'", attributes)).isFalse();
  }

  @Test
  void stringsCompareAsText() {
    assertThat(test("gender < 'M'", Map.of("gender", "F"))).isTrue();
  }

  @Test
  void anEscapedQuoteStaysInTheString() {
    assertThat(test("name == 'O\\'Brien'", Map.of("name", "O'Brien"))).isTrue();
  }

  @ParameterizedTest(name = "{0}: column {1}")
  @CsvSource(
      delimiterString = " :: ",
      quoteCharacter = '`',
      value = {
        "age => 65 :: 5 :: unknown operator '=>'",
        "age = 65 :: 5 :: unknown operator '='",
        "age <> 65 :: 5 :: unknown operator '<>'",
        "age >= 65 and :: 14 :: expression ends where a value was expected",
        "age >= 65 65 :: 11 :: unexpected '65' after a complete expression",
        "severity == 'open :: 13 :: unterminated string",
        "has_diagnosis('E11') :: 1 :: unknown function 'has_diagnosis'",
        "has_condition(E11) :: 15 :: has_condition takes one quoted ICD-10 code",
        "has_medication(860975) :: 16 :: has_medication takes one quoted RxNorm code",
        "state in ['TX' 'CA'] :: 16 :: expected ',' or ']' in a list",
        "(age > 65 :: 10 :: expected ')' but found the end",
        "65 :: 1 :: a condition must compare or test something",
        "age >= 65 # comment :: 11 :: unexpected character '#'",
        "entity. == 3 :: 9 :: expected an attribute name after '.'",
        "and == 3 :: 1 :: expected a value but found the keyword 'and'",
      })
  void parseErrorsNameTheColumn(String expression, int column, String reason) {
    assertThatThrownBy(() -> Expression.parse(expression))
        .isInstanceOfSatisfying(
            ExpressionParseException.class,
            e -> {
              assertThat(e.column()).isEqualTo(column);
              assertThat(e.reason()).startsWith(reason);
            });
  }

  @Test
  void aBareAttributeHoldsWhenItIsTrue() {
    assertThat(test("smoker", Map.of("smoker", true))).isTrue();
    assertThat(test("smoker", Map.of("smoker", "yes"))).isFalse();
    assertThat(test("smoker", Map.of())).isFalse();
  }

  @Test
  void emptyExpressionIsAnError() {
    assertThatThrownBy(() -> Expression.parse("  "))
        .isInstanceOf(ExpressionParseException.class)
        .hasMessageContaining("empty expression");
  }

  @Test
  void conditionsMayBePlainCodesToo() {
    assertThat(test("has_condition('I10')", Map.of("conditions", List.of("I10", "E11.9"))))
        .isTrue();
  }

  @Test
  void anExpressionIsItsSourceText() {
    assertThat(Expression.parse("age >= 65")).isEqualTo(Expression.parse("age >= 65"));
    assertThat(Expression.parse("age >= 65").source()).isEqualTo("age >= 65");
  }

  @Test
  void listsTheAttributesItReadsInTheOrderWrittenOnce() {
    Expression e =
        Expression.parse(
            "age >= 65 and (labs.a1c > 9 or entity.state in ['TX']) and age < 90"
                + " and has_condition('E11')");

    assertThat(e.attributes()).containsExactly("age", "labs.a1c", "entity.state");
  }

  @Test
  void nestingPastTheLimitIsAnErrorNotAStackOverflow() {
    // RELIABILITY-TRIAL F5: 2,000 parentheses overflowed the parser's stack.
    String deep = "(".repeat(2000) + "age > 1" + ")".repeat(2000);
    String nots = "not ".repeat(100) + "age > 1";

    assertThatThrownBy(() -> Expression.parse(deep))
        .isInstanceOf(ExpressionParseException.class)
        .hasMessageStartingWith("column 65: nested more than 64 levels deep, beyond the limit")
        .hasMessageEndingWith("...\"");
    assertThatThrownBy(() -> Expression.parse(nots))
        .isInstanceOf(ExpressionParseException.class)
        .hasMessageContaining("nested more than 64 levels deep");
    String limit = "(".repeat(64) + "age > 1" + ")".repeat(64);
    assertThat(Expression.parse(limit).test(Map.of("age", 2))).isTrue();
  }

  @Test
  void anExpressionPastTheLengthLimitIsAnError() {
    String longest = "age > 1" + " or age > 1".repeat((4096 - 7) / 11);
    String tooLong = longest + " or age > 1";

    assertThat(Expression.parse(longest).test(Map.of("age", 2))).isTrue();
    assertThatThrownBy(() -> Expression.parse(tooLong))
        .isInstanceOf(ExpressionParseException.class)
        .hasMessageContaining(
            "the expression is " + tooLong.length() + " characters, beyond the limit of 4096");
  }
}
