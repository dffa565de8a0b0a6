package org.healthsim.generation.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JsonBytesTest {

  private static String text(JsonBytes b) {
    return new String(b.toByteArray(), StandardCharsets.UTF_8);
  }

  @Test
  void stringsAreEscapedPerRfc8259() throws Exception {
    String nasty = "O'Brien \"Jr\" \\ tab\tline\nnul\u0000 café 日本 😀";
    JsonBytes b = new JsonBytes(8);
    b.string(nasty);
    assertThat(new ObjectMapper().readValue(b.toByteArray(), String.class)).isEqualTo(nasty);
    assertThat(text(new JsonBytes().string("plain"))).isEqualTo("\"plain\"");
    assertThat(text(new JsonBytes().string(null))).isEqualTo("null");
  }

  @Test
  void aCharacterThatNeedsCareIsFoundAtEveryPositionOfALongString() throws Exception {
    // Each character that needs care, and its plain neighbours (0x1F/0x20, 0x7F/0x80), at each
    // offset of a 24-char string: escaped or kept, never lost around the fast path's copy.
    ObjectMapper json = new ObjectMapper();
    // Ł (U+0141) and ꁜ (U+A05C) are above Latin-1 with a low byte that is plain ASCII 'A' or a
    // backslash.
    char[] specials = {
      '"', '\\', '\n', '\u0000', '\u001f', ' ', '\u007f', '\u0080', 'é', '!', '#', 'Ł', '\ua05c'
    };
    for (char c : specials) {
      for (int at = 0; at < 24; at++) {
        char[] chars = "abcdefghijklmnopqrstuvwx".toCharArray();
        chars[at] = c;
        String s = new String(chars);
        JsonBytes b = new JsonBytes(8);
        b.string(s);
        assertThat(json.readValue(b.toByteArray(), String.class))
            .as("%04x at %d", (int) c, at)
            .isEqualTo(s);
      }
    }
  }

  @Test
  void decimalsHaveTheGivenPrecision() {
    assertThat(text(new JsonBytes().decimal(8.2, 1))).isEqualTo("8.2");
    assertThat(text(new JsonBytes().decimal(7.0, 1))).isEqualTo("7.0");
    assertThat(text(new JsonBytes().decimal(71.0, 0))).isEqualTo("71");
    assertThat(text(new JsonBytes().decimal(0.05, 2))).isEqualTo("0.05");
    assertThat(text(new JsonBytes().decimal(-1.25, 1))).isEqualTo("-1.3");
    assertThat(text(new JsonBytes().decimal(-0.04, 1))).isEqualTo("0.0");
    assertThat(text(new JsonBytes().decimal(Double.NaN, 1))).isEqualTo("null");
  }

  @Test
  void numbersAndDates() {
    assertThat(text(new JsonBytes().number(0L))).isEqualTo("0");
    assertThat(text(new JsonBytes().number(-6211853549069499825L)))
        .isEqualTo("-6211853549069499825");
    assertThat(text(new JsonBytes().number(Long.MIN_VALUE)))
        .isEqualTo(String.valueOf(Long.MIN_VALUE));
    assertThat(text(new JsonBytes().date(LocalDate.of(1959, 11, 3)))).isEqualTo("\"1959-11-03\"");
    assertThat(text(new JsonBytes().date(LocalDate.of(12, 1, 1)))).isEqualTo("\"0012-01-01\"");
  }

  @Test
  void everyNumberOfDigitsIsWrittenWhole() {
    for (long v = 1; v > 0 && v <= Long.MAX_VALUE / 10; v *= 10) {
      for (long n : new long[] {v - 1, v, v + 1, 10 * v - 1, -v}) {
        assertThat(text(new JsonBytes().number(n))).isEqualTo(Long.toString(n));
      }
    }
    assertThat(text(new JsonBytes().number(Long.MAX_VALUE)))
        .isEqualTo(Long.toString(Long.MAX_VALUE));
    assertThat(text(new JsonBytes().cents(100_000_000_000_01L))).isEqualTo("100000000000.01");
    for (LocalDate d = LocalDate.of(1899, 12, 25); d.getYear() < 2101; d = d.plusDays(37)) {
      assertThat(text(new JsonBytes().date(d))).isEqualTo("\"" + d + "\"");
    }
  }

  @Test
  void fieldNamesAreWrittenAsGivenHoweverManyThereAre() throws Exception {
    JsonBytes b = new JsonBytes();
    b.raw('{');
    for (int i = 0; i < 3_000; i++) {
      // Names made from data (a new string each) fill the table, which is cleared and refilled.
      b.fieldName(i % 2 == 0 ? "code" : "name_" + i).number(i).raw(',');
    }
    b.fieldName(new String("code")).number(-1).raw('}');
    com.fasterxml.jackson.databind.JsonNode read =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(b.toByteArray());
    assertThat(read.size()).isEqualTo(1_501);
    assertThat(read.get("name_2999").asInt()).isEqualTo(2_999);
    assertThat(read.get("code").asInt()).isEqualTo(-1);
  }

  @Test
  void growsAsNeeded() {
    JsonBytes b = new JsonBytes(1);
    for (int i = 0; i < 10_000; i++) {
      b.string("x").raw(',');
    }
    assertThat(b.size()).isEqualTo(40_000);
  }

  @Test
  void textIsWrittenAsItIsInUtf8() {
    JsonBytes b = new JsonBytes(4).raw('[').text("a \"b\", c").raw('|').text("café 日本 😀").raw(']');
    assertThat(text(b)).isEqualTo("[a \"b\", c|café 日本 😀]");
  }
}
