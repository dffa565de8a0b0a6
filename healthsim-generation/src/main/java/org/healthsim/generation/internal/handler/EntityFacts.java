package org.healthsim.generation.internal.handler;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.healthsim.core.spec.LineOfBusiness;
import org.healthsim.generation.internal.plan.PlanCatalog;
import org.healthsim.generation.journey.HandlerContext;
import org.healthsim.generation.profile.EntityCondition;
import org.healthsim.generation.profile.GeneratedEntity;

/** What handlers need to know about the entity, whether generated or given as a map. */
final class EntityFacts {

  private EntityFacts() {}

  /** The entity's id in a product ({@code patient_id}, {@code member_id}, ...), else its own id. */
  static String id(HandlerContext c, String key) {
    Object v = c.entity().attributes().value(List.of(key));
    return v == null ? c.entity().id() : v.toString();
  }

  /** The entity's line of business: its plan's, else its coverage type's ({@link PlanCatalog}). */
  static LineOfBusiness lineOfBusiness(HandlerContext c) {
    return PlanCatalog.lineOfBusiness(c.entity().attributes());
  }

  /** The entity's plan, if it has one. */
  static String plan(HandlerContext c) {
    Object v = c.entity().attributes().value(List.of("plan"));
    return v == null ? null : v.toString();
  }

  /** The entity's condition codes, primary first, for reading. */
  static List<String> conditionCodes(HandlerContext c) {
    GeneratedEntity g = c.entity().generated();
    if (g != null) {
      // A view, as most handlers read one code or the count.
      List<EntityCondition> conditions = g.conditions();
      return new AbstractList<>() {
        @Override
        public String get(int index) {
          return conditions.get(index).code();
        }

        @Override
        public int size() {
          return conditions.size();
        }
      };
    }
    List<String> codes = new ArrayList<>();
    Object v = c.entity().attributes().value(List.of("conditions"));
    if (v instanceof Collection) {
      for (Object item : (Collection<?>) v) {
        Object code = item instanceof Map ? ((Map<?, ?>) item).get("code") : item;
        if (code != null) {
          codes.add(code.toString());
        }
      }
    }
    return codes;
  }

  /** The description the entity's profile gives {@code code}, if any. */
  static String conditionDescription(HandlerContext c, String code) {
    GeneratedEntity g = c.entity().generated();
    if (g != null) {
      for (EntityCondition x : g.conditions()) {
        if (x.code().equals(code)) {
          return x.description();
        }
      }
    }
    return null;
  }

  /** The entity's value of lab {@code name} from its profile, if it has one. */
  static Double lab(HandlerContext c, String name) {
    Object v = c.entity().attributes().value(List.of("labs", name));
    return v instanceof Number ? ((Number) v).doubleValue() : null;
  }

  /** The entity's age, if known. */
  static Integer age(HandlerContext c) {
    GeneratedEntity g = c.entity().generated();
    if (g != null) {
      return g.age();
    }
    Object v = c.entity().attributes().value(List.of("age"));
    return v instanceof Number ? ((Number) v).intValue() : null;
  }

  /** True when the entity has a condition under {@code prefix}. */
  static boolean has(HandlerContext c, String prefix) {
    return c.entity().attributes().hasCondition(prefix);
  }

  /** A list parameter: a list as given, one text as a list of one, absent as empty. */
  static List<String> list(HandlerContext c, String name) {
    Object v = c.parameters().get(name);
    List<String> out = new ArrayList<>();
    if (v instanceof Collection) {
      ((Collection<?>) v).forEach(x -> out.add(x.toString()));
    } else if (v != null) {
      out.add(v.toString());
    }
    return out;
  }

  /** A whole-number parameter, or {@code fallback}. */
  static int integer(HandlerContext c, String name, int fallback) {
    Object value = c.parameters().get(name); // as c.number(name), without boxing it twice
    return value instanceof Number ? (int) ((Number) value).doubleValue() : fallback;
  }
}
