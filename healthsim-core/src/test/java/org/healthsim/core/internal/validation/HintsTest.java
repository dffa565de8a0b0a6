package org.healthsim.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HintsTest {

  private static final List<String> NORMAL = List.of("type", "mean", "std_dev", "min", "max");

  @Test
  void synonymsFromOtherDialects() {
    assertThat(Hints.closest("std", NORMAL)).contains("std_dev");
    assertThat(Hints.closest("sd", NORMAL)).contains("std_dev");
    assertThat(Hints.closest("default", List.of("type", "rules", "else"))).contains("else");
  }

  @Test
  void typosAndPrefixes() {
    assertThat(Hints.closest("stddev", NORMAL)).contains("std_dev");
    assertThat(Hints.closest("maen", NORMAL)).contains("mean");
    assertThat(Hints.closest("id", List.of("journey_id", "name", "events"))).contains("journey_id");
  }

  @Test
  void nothingCloseGivesNoHint() {
    assertThat(Hints.closest("colour", NORMAL)).isEmpty();
    assertThat(Hints.unknownKey("colour", NORMAL))
        .isEqualTo("unknown key; expected one of type, mean, std_dev, min, max");
  }
}
