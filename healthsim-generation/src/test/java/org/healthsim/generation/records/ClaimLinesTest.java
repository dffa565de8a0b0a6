package org.healthsim.generation.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimLinesTest {

  private static ClaimLine line(int n) {
    return new ClaimLine(n, "99213", null, 1, List.of(1), 10_000, 8_000, 6_000, 0, 2_000, 0, null);
  }

  @Test
  void aClaimsLinesAreOneClassWhateverTheirNumber() {
    List<Class<?>> classes = new ArrayList<>();
    for (int n = 0; n <= 5; n++) {
      List<ClaimLine> lines = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        lines.add(line(i));
      }
      List<ClaimLine> kept = ClaimLines.of(lines);
      assertThat(kept).isEqualTo(lines).hasSameHashCodeAs(lines);
      classes.add(kept.getClass());
    }
    assertThat(classes).containsOnly(ClaimLines.class);
  }

  @Test
  void theLinesAreACopyNobodyCanChange() {
    List<ClaimLine> source = new ArrayList<>(List.of(line(1), line(2)));
    List<ClaimLine> kept = ClaimLines.of(source);
    source.set(0, line(9));

    assertThat(kept).extracting(ClaimLine::lineNumber).containsExactly(1, 2);
    assertThatThrownBy(() -> kept.set(0, line(3)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> kept.add(line(3))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> kept.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(ClaimLines.of(kept)).isSameAs(kept);
  }

  @Test
  void aNullLineIsRefusedAsListCopyOfRefusedIt() {
    assertThatThrownBy(() -> ClaimLines.of(Arrays.asList(line(1), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("a claim line");
    assertThatThrownBy(() -> ClaimLines.of(null)).isInstanceOf(NullPointerException.class);
  }
}
