package org.healthsim.core.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthsim.core.distribution.GoodnessOfFit.assertFits;
import static org.healthsim.core.distribution.GoodnessOfFit.draws;
import static org.healthsim.core.distribution.GoodnessOfFit.stream;

import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.sampling.Ages;
import org.healthsim.core.spec.CustomSpec;
import org.healthsim.core.spec.DistributionSpec;
import org.healthsim.core.validation.SpecValidationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A distribution kind a user registers is read, checked and sampled like a built-in one. */
class DistributionKindsTest {

  @BeforeAll
  static void register() {
    DistributionKinds.register(new Triangular());
  }

  @Test
  void aRegisteredTypeReadsAsACustomSpecWithItsParametersAsWritten() {
    DistributionSpec spec =
        SpecReader.distributionFromString(
            "{\"type\": \"triangular\", \"min\": 2, \"mode\": 3, \"max\": 7}");

    assertThat(spec).isEqualTo(new CustomSpec("triangular", Map.of("min", 2, "mode", 3, "max", 7)));
    assertThat(((CustomSpec) spec).parameters().keySet()).containsExactly("min", "mode", "max");
  }

  @Test
  void itsSamplerIsTheKindsOwnAndDrawsTheDistributionWritten() {
    Distribution d =
        Distributions.create(Map.of("type", "triangular", "min", 2, "mode", 3, "max", 7));

    assertThat(d).isInstanceOf(TriangularDistribution.class);
    TriangularDistribution t = (TriangularDistribution) d;
    assertThat(t.mean()).isEqualTo(4.0);
    // Chi-square against the triangle with these parameters: a wrong wiring (mode taken as max,
    // parameters swapped) would fail at a false-failure rate of 1 in 1,000.
    TriangularDistribution expected =
        new TriangularDistribution(new CustomSpec("triangular", Map.of()), 2, 3, 7);
    assertFits(expected, draws("x", i -> t.sampleDouble(stream("x", i))));
  }

  @Test
  void parametersTheKindRefusesAreReportedWithThePath() {
    assertThatThrownBy(
            () ->
                SpecReader.profileFromString(
                    "{\"demographics\": {\"age\": {\"type\": \"normal\", \"mean\": 50, \"std_dev\":"
                        + " 5}}, \"clinical\": {\"lab_values\": {\"a1c\": {\"type\": \"triangular\","
                        + " \"min\": 9, \"mode\": 3, \"max\": 7}}}}"))
        .isInstanceOf(SpecValidationException.class)
        .hasMessageContaining("clinical.lab_values.a1c = triangular: needs min <= mode <= max");
    assertThatThrownBy(
            () -> SpecReader.distributionFromString("{\"type\": \"triangular\", \"min\": 2}"))
        .hasMessageContaining("mode: is required");
  }

  @Test
  void anUnknownTypeListsTheRegisteredOnesToo() {
    assertThatThrownBy(() -> SpecReader.distributionFromString("{\"type\": \"triangulr\"}"))
        .isInstanceOf(SpecValidationException.class)
        .hasMessageContaining("conditional, triangular)")
        .hasMessageContaining("did you mean triangular?");
  }

  @Test
  void aBuiltInOrTakenTypeCannotBeRegistered() {
    assertThatThrownBy(() -> DistributionKinds.register(kind("normal")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("normal is a built-in type");
    assertThatThrownBy(() -> DistributionKinds.register(kind("triangular")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the name triangular is taken by " + Triangular.class.getName());
    assertThatThrownBy(() -> DistributionKinds.register(kind("Tri angular")))
        .hasMessageContaining("must be lower-case letters");
    DistributionKinds.register(new Triangular());
    assertThat(DistributionKinds.byType("TRIANGULAR")).containsInstanceOf(Triangular.class);
  }

  @Test
  void agesComeFromBuiltInKindsOnly() {
    DistributionSpec spec =
        SpecReader.distributionFromString(
            "{\"type\": \"triangular\", \"min\": 20, \"mode\": 30, \"max\": 70}");

    assertThatThrownBy(() -> Ages.withNaturalBounds(spec))
        .isInstanceOf(SpecValidationException.class)
        .hasMessageContaining("type = triangular: ages come from a built-in kind");
  }

  private static DistributionKind kind(String type) {
    return new DistributionKind() {
      @Override
      public String type() {
        return type;
      }

      @Override
      public Distribution create(CustomSpec spec) {
        throw new UnsupportedOperationException();
      }
    };
  }

  /** The kind a user would write: a triangular distribution on [min, max] peaking at mode. */
  static final class Triangular implements DistributionKind {
    @Override
    public String type() {
      return "triangular";
    }

    @Override
    public Distribution create(CustomSpec spec) {
      double low = spec.number("min");
      double mode = spec.number("mode");
      double high = spec.number("max");
      if (!(low <= mode && mode <= high && low < high)) {
        throw new IllegalArgumentException("needs min <= mode <= max and min < max");
      }
      return new TriangularDistribution(spec, low, mode, high);
    }
  }

  /** The sampler, by inversion of its CDF. */
  static final class TriangularDistribution implements ContinuousDistribution {
    private final CustomSpec spec;
    private final double low;
    private final double mode;
    private final double high;

    TriangularDistribution(CustomSpec spec, double low, double mode, double high) {
      this.spec = spec;
      this.low = low;
      this.mode = mode;
      this.high = high;
    }

    @Override
    public double sampleDouble(UniformRandomProvider rng) {
      return inverseCumulativeProbability(rng.nextDouble());
    }

    @Override
    public double cumulativeProbability(double x) {
      if (x <= low) {
        return 0;
      }
      if (x >= high) {
        return 1;
      }
      return x <= mode
          ? (x - low) * (x - low) / ((high - low) * (mode - low))
          : 1 - (high - x) * (high - x) / ((high - low) * (high - mode));
    }

    @Override
    public double inverseCumulativeProbability(double p) {
      double split = (mode - low) / (high - low);
      return p < split
          ? low + Math.sqrt(p * (high - low) * (mode - low))
          : high - Math.sqrt((1 - p) * (high - low) * (high - mode));
    }

    @Override
    public double mean() {
      return (low + mode + high) / 3;
    }

    @Override
    public DistributionSpec spec() {
      return spec;
    }
  }
}
