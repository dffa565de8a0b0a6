package org.healthsim.core.reader;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthsim.core.distribution.DistributionKind;
import org.healthsim.core.distribution.DistributionKinds;
import org.healthsim.core.expression.Expression;
import org.healthsim.core.expression.ExpressionParseException;
import org.healthsim.core.internal.validation.Hints;
import org.healthsim.core.internal.validation.JsonPath;
import org.healthsim.core.spec.AgeBandsSpec;
import org.healthsim.core.spec.CategoricalSpec;
import org.healthsim.core.spec.ConditionalSpec;
import org.healthsim.core.spec.CustomSpec;
import org.healthsim.core.spec.DistributionSpec;
import org.healthsim.core.spec.ExplicitSpec;
import org.healthsim.core.spec.LogNormalSpec;
import org.healthsim.core.spec.NormalSpec;
import org.healthsim.core.spec.UniformSpec;
import org.healthsim.core.validation.Problems;

/** Reads a distribution object by its {@code type}. */
final class DistributionReader {

  private DistributionReader() {}

  static DistributionSpec read(JsonNode node, String path, Problems problems) {
    Fields f = Fields.of(node, path, problems);
    if (!f.isObject()) {
      return null;
    }
    String type = f.requiredString("type");
    if (type == null) {
      return null;
    }
    DistributionSpec spec;
    switch (type.toLowerCase(Locale.ROOT)) {
      case "normal":
        spec = normal(f);
        break;
      case "log_normal":
      case "lognormal":
        spec = logNormal(f);
        break;
      case "uniform":
        spec = uniform(f, false);
        break;
      case "uniform_int":
        spec = uniform(f, true);
        break;
      case "categorical":
        spec = categorical(f);
        break;
      case "age_bands":
        spec = ageBands(f);
        break;
      case "explicit":
        spec = explicit(f);
        break;
      case "conditional":
        spec = conditional(f);
        break;
      default:
        DistributionKind kind = DistributionKinds.byType(type).orElse(null);
        if (kind == null) {
          List<String> types = DistributionKinds.types();
          problems.add(
              f.path("type"),
              type,
              "unknown distribution type (known: "
                  + String.join(", ", types)
                  + ")"
                  + Hints.didYouMean(type, types));
          return null;
        }
        spec = custom(f, kind);
        break;
    }
    f.finish();
    return f.clean() ? spec : null;
  }

  /** A registered kind's spec: every field as written, checked by the kind itself. */
  private static DistributionSpec custom(Fields f, DistributionKind kind) {
    CustomSpec spec = new CustomSpec(kind.type(), f.rest("type"));
    try {
      kind.create(spec);
    } catch (IllegalArgumentException e) {
      f.problems().add(f.path(), kind.type(), e.getMessage());
    }
    return spec;
  }

  private static DistributionSpec normal(Fields f) {
    Double mean = f.requiredNumber("mean");
    Double sd = f.requiredNumber("std_dev");
    Double min = f.number("min");
    Double max = f.number("max");
    return f.build(() -> new NormalSpec(mean, sd, min, max));
  }

  private static DistributionSpec logNormal(Fields f) {
    Double mean = f.number("mean");
    Double sd = f.number("std_dev");
    Double mu = f.number("mu");
    Double sigma = f.number("sigma");
    Double min = f.number("min");
    Double max = f.number("max");
    boolean moments = mean != null || sd != null;
    boolean logSpace = mu != null || sigma != null;
    if (moments == logSpace) {
      f.problems()
          .add(
              f.path(),
              "give either mean and std_dev (of the value) or mu and sigma (of its logarithm)");
      return null;
    }
    if (moments) {
      require(f, "mean", mean);
      require(f, "std_dev", sd);
      return f.build(() -> LogNormalSpec.fromMoments(mean, sd, min, max));
    }
    require(f, "mu", mu);
    require(f, "sigma", sigma);
    return f.build(() -> new LogNormalSpec(mu, sigma, min, max));
  }

  private static void require(Fields f, String key, Object value) {
    if (value == null) {
      f.problems().add(f.path(key), "is required");
    }
  }

  private static DistributionSpec uniform(Fields f, boolean integerType) {
    Double min = f.requiredNumber("min");
    Double max = f.requiredNumber("max");
    Boolean integer = f.bool("integer");
    boolean whole = integerType || Boolean.TRUE.equals(integer);
    return f.build(() -> new UniformSpec(min, max, whole));
  }

  private static DistributionSpec categorical(Fields f) {
    if (!f.has("weights")) {
      f.problems().add(f.path("weights"), "is required");
    }
    Map<String, Double> weights = weights(f, "weights");
    return f.build(() -> new CategoricalSpec(weights));
  }

  /** The object at {@code key} as value-to-number, in the order written. */
  static Map<String, Double> weights(Fields f, String key) {
    Map<String, Double> weights = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : f.entries(key)) {
      if (!e.getValue().isNumber()) {
        f.problems()
            .add(
                JsonPath.key(f.path(key), e.getKey()),
                Fields.describe(e.getValue()),
                "weight must be a number");
      } else {
        weights.put(e.getKey(), e.getValue().doubleValue());
      }
    }
    return weights;
  }

  private static DistributionSpec ageBands(Fields f) {
    if (!f.has("bands")) {
      f.problems().add(f.path("bands"), "is required");
    }
    Map<String, Double> bands = weights(f, "bands");
    Integer maxAge = f.integer("max_age");
    return f.build(() -> AgeBandsSpec.fromLabels(bands, maxAge));
  }

  private static DistributionSpec explicit(Fields f) {
    JsonNode values = f.node("values");
    String path = f.path("values");
    if (values == null) {
      f.problems().add(path, "is required");
      return null;
    }
    if (values.isObject()) {
      Map<String, Double> weights = weights(f, "values");
      List<ExplicitSpec.WeightedValue> list = new ArrayList<>();
      weights.forEach((v, w) -> list.add(new ExplicitSpec.WeightedValue(v, w)));
      return f.build(() -> new ExplicitSpec(list));
    }
    if (!values.isArray()) {
      f.problems().add(path, Fields.describe(values), "must be a list or an object of weights");
      return null;
    }
    boolean weighted = values.size() > 0 && values.get(0).isObject();
    List<Object> plain = new ArrayList<>();
    List<ExplicitSpec.WeightedValue> list = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      JsonNode element = values.get(i);
      String elementPath = JsonPath.index(path, i);
      if (weighted) {
        Fields entry = Fields.of(element, elementPath, f.problems());
        JsonNode value = entry.node("value");
        Double weight = entry.requiredNumber("weight");
        entry.finish();
        if (!JsonValues.isScalar(value)) {
          f.problems()
              .add(
                  JsonPath.key(elementPath, "value"),
                  Fields.describe(value),
                  "must be a string, number or boolean");
        } else if (weight != null) {
          list.add(new ExplicitSpec.WeightedValue(JsonValues.toJava(value), weight));
        }
      } else if (JsonValues.isScalar(element)) {
        plain.add(JsonValues.toJava(element));
      } else {
        f.problems()
            .add(
                elementPath,
                Fields.describe(element),
                "must be a string, number or boolean, like the first value");
      }
    }
    return weighted
        ? f.build(() -> new ExplicitSpec(list))
        : f.build(() -> ExplicitSpec.equallyLikely(plain));
  }

  private static DistributionSpec conditional(Fields f) {
    if (!f.has("rules")) {
      f.problems().add(f.path("rules"), "is required");
    }
    List<ConditionalSpec.Rule> rules = new ArrayList<>();
    List<JsonNode> nodes = f.array("rules");
    for (int i = 0; i < nodes.size(); i++) {
      Fields rule = Fields.of(nodes.get(i), JsonPath.index(f.path("rules"), i), f.problems());
      Expression condition = expression(rule, "if", true);
      JsonNode distributionNode = rule.node("distribution");
      DistributionSpec distribution = null;
      if (distributionNode == null) {
        f.problems().add(rule.path("distribution"), "is required");
      } else {
        distribution = read(distributionNode, rule.path("distribution"), f.problems());
      }
      rule.finish();
      if (condition != null && distribution != null) {
        rules.add(new ConditionalSpec.Rule(condition, distribution));
      }
    }
    JsonNode otherwiseNode = f.node("else");
    DistributionSpec otherwise =
        otherwiseNode == null ? null : read(otherwiseNode, f.path("else"), f.problems());
    return f.build(() -> new ConditionalSpec(rules, otherwise));
  }

  /** The expression at {@code key}, parsed; a parse error is a problem naming the column. */
  static Expression expression(Fields f, String key, boolean required) {
    String text = required ? f.requiredString(key) : f.string(key);
    if (text == null) {
      return null;
    }
    try {
      return Expression.parse(text);
    } catch (ExpressionParseException e) {
      f.problems().add(f.path(key), text, "column " + e.column() + ": " + e.reason());
      return null;
    }
  }
}
