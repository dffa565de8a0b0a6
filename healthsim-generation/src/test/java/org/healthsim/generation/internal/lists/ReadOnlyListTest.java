package org.healthsim.generation.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.healthsim.generation.records.ClaimLine;
import org.junit.jupiter.api.Test;

class ReadOnlyListTest {

  private static ClaimLine line(int n) {
    return new ClaimLine(n, "99213", null, 1, List.of(1), 10_000, 8_000, 6_000, 0, 2_000, 0, null);
  }

  @Test
  void aCopyIsOneClassWhateverItsSize() {
    List<Class<?>> classes = new ArrayList<>();
    for (int n = 0; n <= 5; n++) {
      List<ClaimLine> lines = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        lines.add(line(i));
      }
      List<ClaimLine> kept = ReadOnlyList.copyOf(lines, "a claim line");
      assertThat(kept).isEqualTo(lines).hasSameHashCodeAs(lines);
      classes.add(kept.getClass());
    }
    assertThat(classes).containsOnly(ReadOnlyList.class);
  }

  @Test
  void theLinesAreACopyNobodyCanChange() {
    List<ClaimLine> source = new ArrayList<>(List.of(line(1), line(2)));
    List<ClaimLine> kept = ReadOnlyList.copyOf(source, "a claim line");
    source.set(0, line(9));

    assertThat(kept).extracting(ClaimLine::lineNumber).containsExactly(1, 2);
    assertThatThrownBy(() -> kept.set(0, line(3)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> kept.add(line(3))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> kept.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(ReadOnlyList.copyOf(kept, "a claim line")).isSameAs(kept);
  }

  @Test
  void aNullLineIsRefusedAsListCopyOfRefusedIt() {
    assertThatThrownBy(() -> ReadOnlyList.copyOf(Arrays.asList(line(1), null), "a claim line"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("a claim line");
    assertThatThrownBy(() -> ReadOnlyList.copyOf(null, "a claim line"))
        .isInstanceOf(NullPointerException.class);
  }
}
