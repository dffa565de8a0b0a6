package org.healthsim.generation.trigger;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.healthsim.core.expression.Expression;
import org.healthsim.core.spec.DelaySpec;
import org.healthsim.core.spec.Product;
import org.healthsim.generation.journey.EventType;

/**
 * When an executed event of {@code sourceType} in {@code sourceProduct} meets {@code condition},
 * schedule an event of {@code targetType} in {@code targetProduct}, {@code delay} after it.
 *
 * @param triggerId unique in its registry; part of the triggered event's id and seed
 * @param sourceProduct the source event's product
 * @param sourceType the source event's type
 * @param targetProduct the product of the event to create
 * @param targetType its type
 * @param delay days after the source event, drawn from the trigger's own seed per source event
 * @param priority orders the triggered event among events of its day
 * @param condition must hold for the trigger to fire, or {@code null}: it sees the entity's
 *     attributes and, under {@code source.}, the fields of the source event's first record ({@code
 *     source.icd10}, {@code source.rxnorm})
 * @param parameterMap target parameter to source record field, such as {@code {"icd10": "icd10"}}
 * @param parameters constant parameters of the triggered event; mapped ones win
 * @param name the triggered event's name
 */
public record RegisteredTrigger(
    String triggerId,
    Product sourceProduct,
    EventType sourceType,
    Product targetProduct,
    EventType targetType,
    DelaySpec delay,
    TriggerPriority priority,
    Expression condition,
    Map<String, String> parameterMap,
    Map<String, Object> parameters,
    String name) {

  public RegisteredTrigger {
    Objects.requireNonNull(triggerId, "triggerId");
    Objects.requireNonNull(sourceProduct, "sourceProduct");
    Objects.requireNonNull(sourceType, "sourceType");
    Objects.requireNonNull(targetProduct, "targetProduct");
    Objects.requireNonNull(targetType, "targetType");
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(priority, "priority");
    if (!triggerId.matches("[A-Za-z0-9_-]+")) {
      throw new IllegalArgumentException(
          "trigger id " + triggerId + ": letters, digits, '-' and '_'");
    }
    targetType
        .product()
        .ifPresent(
            p -> {
              if (p != targetProduct) {
                throw new IllegalArgumentException(
                    "trigger "
                        + triggerId
                        + ": a "
                        + targetType.wireName()
                        + " event belongs to "
                        + p);
              }
            });
    parameterMap = Collections.unmodifiableMap(new LinkedHashMap<>(parameterMap));
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    name = name == null ? targetType.wireName() : name;
  }
}
