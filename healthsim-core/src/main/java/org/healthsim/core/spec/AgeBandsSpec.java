package org.healthsim.core.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthsim.core.internal.validation.JsonPath;
import org.healthsim.core.validation.Problems;

/**
 * {@code {"type": "age_bands", "bands": {"0-17": 0.22, "18-64": 0.61, "65+": 0.17}}}: a band is
 * chosen by weight, then a whole age uniformly inside it. Labels are {@code "LO-HI"} (both
 * included), {@code "N+"} (N to {@code max_age}) or {@code "N"} (exactly N). Bands may not overlap;
 * weights follow the categorical rules.
 *
 * @param bands the bands in the order written, weights normalised
 * @param maxAge where an open band ({@code "N+"}) ends; default {@value #DEFAULT_MAX_AGE}
 */
public record AgeBandsSpec(List<Band> bands, int maxAge) implements DistributionSpec {

  /** Where {@code "N+"} bands end unless {@code max_age} says otherwise. */
  public static final int DEFAULT_MAX_AGE = 100;

  private static final Pattern LABEL = Pattern.compile("(\\d{1,3})(?:(\\+)|-(\\d{1,3}))?");

  /**
   * One band: ages {@code low..high}, both included.
   *
   * @param label the label as written
   * @param low youngest age in the band
   * @param high oldest age in the band
   * @param weight the band's share, normalised
   */
  public record Band(String label, int low, int high, double weight)
      implements java.io.Serializable {}

  public AgeBandsSpec {
    Problems problems = new Problems();
    if (bands.isEmpty()) {
      problems.add("bands", "must have at least one band");
    }
    if (maxAge < 0 || maxAge > 130) {
      problems.add("max_age", maxAge, "must be between 0 and 130");
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    for (Band band : bands) {
      weights.put(band.label(), band.weight());
      if (band.low() > band.high()) {
        problems.add(
            JsonPath.key("bands", band.label()), "youngest age is above oldest age in this band");
      }
    }
    if (!bands.isEmpty()) {
      Map<String, Double> normalised = Checks.weights(problems, "bands", weights);
      checkOverlaps(problems, bands);
      if (problems.isEmpty()) {
        List<Band> copy = new ArrayList<>();
        for (Band band : bands) {
          copy.add(new Band(band.label(), band.low(), band.high(), normalised.get(band.label())));
        }
        bands = copy;
      }
    }
    problems.throwIfAny();
    bands = List.copyOf(bands);
  }

  /**
   * Builds the spec from labels as written, such as {@code {"0-17": 0.2, "65+": 0.8}}.
   *
   * @param labelWeights label to weight, in the order written
   * @param maxAge where {@code "N+"} ends, or {@code null} for {@value #DEFAULT_MAX_AGE}
   * @throws org.healthsim.core.validation.SpecValidationException listing malformed labels and
   *     every other broken rule
   */
  public static AgeBandsSpec fromLabels(Map<String, Double> labelWeights, Integer maxAge) {
    int top = maxAge == null ? DEFAULT_MAX_AGE : maxAge;
    Problems problems = new Problems();
    List<Band> bands = new ArrayList<>();
    labelWeights.forEach(
        (label, weight) -> {
          Matcher m = LABEL.matcher(label.strip());
          if (!m.matches()) {
            problems.add(
                JsonPath.key("bands", label),
                label,
                "malformed band label: write LO-HI (\"18-64\"), N+ (\"65+\") or N (\"0\")");
            return;
          }
          int low = Integer.parseInt(m.group(1));
          int high =
              m.group(2) != null ? top : m.group(3) != null ? Integer.parseInt(m.group(3)) : low;
          bands.add(new Band(label, low, high, weight == null ? Double.NaN : weight));
        });
    problems.throwIfAny();
    return new AgeBandsSpec(bands, top);
  }

  private static void checkOverlaps(Problems problems, List<Band> bands) {
    for (int i = 0; i < bands.size(); i++) {
      for (int j = i + 1; j < bands.size(); j++) {
        Band a = bands.get(i);
        Band b = bands.get(j);
        if (a.low() <= b.high() && b.low() <= a.high()) {
          problems.add(JsonPath.key("bands", b.label()), "overlaps band \"" + a.label() + "\"");
        }
      }
    }
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.ageBands(this);
  }

  @Override
  public String type() {
    return "age_bands";
  }

  private Object writeReplace() {
    return new Serialized(bands, maxAge);
  }

  /** The serialized form: the bands with their normalised weights, kept when read back. */
  private record Serialized(List<Band> bands, int maxAge) implements java.io.Serializable {
    private Object readResolve() {
      return Checks.normalised(() -> new AgeBandsSpec(bands, maxAge));
    }
  }
}
