package org.healthsim.generation.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.healthsim.generation.json.JsonBytes;
import org.junit.jupiter.api.Test;

class SpareBuffersTest {

  @Test
  void givesBackTheLastBufferWrittenClearedAndKeepsNoMoreThanAsked() {
    SpareBuffers spare = new SpareBuffers(2);
    JsonBytes first = spare.take(64);
    JsonBytes second = spare.take(64);
    JsonBytes third = spare.take(64);
    assertThat(first).isNotSameAs(second).isNotSameAs(third);
    first.string("written");
    second.string("written");
    third.string("written");

    spare.give(first);
    spare.give(second);
    spare.give(third); // one more than kept: dropped

    JsonBytes again = spare.take(64);
    assertThat(again).isSameAs(second); // the last kept, first
    assertThat(again.size()).isZero();
    assertThat(spare.take(64)).isSameAs(first);
    assertThat(spare.take(64)).isNotSameAs(first).isNotSameAs(second).isNotSameAs(third);
  }
}
