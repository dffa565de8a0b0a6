package org.healthsim.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WarmUpTest {

  /**
   * The warm-up swallows its failures on its thread; a spec the generator refuses warms nothing.
   */
  @Test
  void theWarmUpSpecIsAcceptedAndGeneratesItsEntity() {
    assertThat(WarmUp.run().entities())
        .singleElement()
        .satisfies(e -> assertThat(e.attributes()).containsKeys("age", "gender"));
  }

  @Test
  void aCommandWaitsForTheWarmUpToEnd() {
    WarmUp.start();
    WarmUp.finish();
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.getName().equals("healthsim-warm-up") && t.isAlive());
  }
}
