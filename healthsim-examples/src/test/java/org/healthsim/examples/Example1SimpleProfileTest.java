package org.healthsim.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Example1SimpleProfileTest {

  private static String run() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      Example1SimpleProfile.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheSeedAndTenAgesAndGenders() {
    String output = run();
    String[] lines = output.split("\n");
    assertThat(lines[0]).isEqualTo("seed 42");
    assertThat(lines).hasSize(11);
    for (int i = 1; i <= 10; i++) {
      assertThat(lines[i]).matches(String.format("E%03d: Age (1[89]|[2-8]\\d|90), Gender [MF]", i));
    }
  }

  @Test
  void printsTheSameEveryRun() {
    assertThat(run()).isEqualTo(run());
  }
}
