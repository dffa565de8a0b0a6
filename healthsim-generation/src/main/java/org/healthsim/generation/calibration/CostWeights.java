package org.healthsim.generation.calibration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Dollars per kind of service (resource {@code cost-weights.csv}), to weigh services. */
final class CostWeights {

  private static final Map<String, Long> WEIGHTS = load();

  private CostWeights() {}

  static long of(String kind) {
    Long w = WEIGHTS.get(kind);
    if (w == null) {
      throw new IllegalArgumentException("no cost weight for " + kind + " in cost-weights.csv");
    }
    return w;
  }

  private static Map<String, Long> load() {
    Map<String, Long> map = new HashMap<>();
    try (InputStream in = CostWeights.class.getResourceAsStream("cost-weights.csv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("kind,")) {
          continue;
        }
        String[] f = line.split(",");
        map.put(f[0].trim(), Long.parseLong(f[1].trim()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cost-weights.csv", e);
    }
    return Map.copyOf(map);
  }
}
