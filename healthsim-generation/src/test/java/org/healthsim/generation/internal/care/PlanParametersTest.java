package org.healthsim.generation.internal.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanParametersTest {

  @Test
  void readsLikeTheLinkedHashMapItReplaces() {
    PlanParameters planned = new PlanParameters();
    Map<String, Object> expected = new LinkedHashMap<>();
    for (int i = 0; i < 9; i++) { // past the first array's six entries
      String key = "key" + i;
      Object value = i == 4 ? null : i;
      planned.with(key, value);
      expected.put(key, value);
    }

    assertThat(planned).isEqualTo(expected).hasSameHashCodeAs(expected);
    assertThat(planned.keySet()).containsExactlyElementsOf(expected.keySet());
    assertThat(planned.get(new String("key8"))).isEqualTo(8); // equal, not the same, key
    assertThat(planned.containsKey("key4")).isTrue();
    assertThat(planned.get("key4")).isNull();
    assertThat(planned.containsKey("key9")).isFalse();
    assertThat(planned.get(null)).isNull();
  }

  @Test
  void cannotBeChangedThroughTheMapInterface() {
    PlanParameters planned = new PlanParameters().with("lab", "a1c");

    assertThatThrownBy(() -> planned.put("lab", "bnp"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> planned.entrySet().iterator().next().setValue("bnp"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(planned::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThat(planned).containsExactly(Map.entry("lab", "a1c"));
  }
}
