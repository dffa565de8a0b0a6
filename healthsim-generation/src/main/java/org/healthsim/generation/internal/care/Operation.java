package org.healthsim.generation.internal.care;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The operation of a surgical stay ({@code baseline.json} admission diagnoses' {@code procedure}, a
 * program's {@code admission_procedures}).
 *
 * @param cpt its CPT code
 * @param specialty who operates (a provider-pool specialty)
 * @param probability the chance a program's stay has it (1 for a baseline diagnosis's)
 * @param losMean the stay's mean length when it has it, or 0 for the diagnosis's own
 */
record Operation(String cpt, String specialty, double probability, double losMean) {

  static Operation read(JsonNode n) {
    return new Operation(
        n.get("cpt").asText(),
        n.path("specialty").asText("surgery"),
        n.path("probability").asDouble(1),
        n.path("los_mean").asDouble(0));
  }

  /** One of {@code options} drawn by their probabilities (which sum to at most 1), or null. */
  static Operation draw(UniformRandomProvider rng, List<Operation> options) {
    double u = rng.nextDouble();
    for (Operation o : options) {
      u -= o.probability();
      if (u < 0) {
        return o;
      }
    }
    return null;
  }
}
