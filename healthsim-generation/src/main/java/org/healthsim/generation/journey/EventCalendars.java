package org.healthsim.generation.journey;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.healthsim.core.spec.EventCalendar;
import org.healthsim.core.spec.EventDefinition;

/**
 * Which written events fall on business days: the event's own {@code calendar}, else its type's
 * default (scheduled care on business days; emergencies, stays, results, claims and fills on any
 * day).
 */
final class EventCalendars {

  /** Encounter types that are booked (the handler's default type is {@code office}). */
  private static final Set<String> BOOKED_ENCOUNTERS =
      Set.of("office", "specialist", "follow_up", "wellness", "telehealth");

  /** Places of service of a stay or an emergency department, where procedures happen any day. */
  private static final Set<String> ANY_DAY_PLACES = Set.of("21", "23");

  private EventCalendars() {}

  static boolean onBusinessDays(EventDefinition def, EventType type) {
    if (def.calendar() != null) {
      return def.calendar() == EventCalendar.BUSINESS_DAY;
    }
    if (!(type instanceof PatientEventType)) {
      return false;
    }
    Map<String, Object> p = def.parameters();
    switch ((PatientEventType) type) {
      case ENCOUNTER:
        return is(p, "encounter_type", "office", BOOKED_ENCOUNTERS);
      case LAB_ORDER:
        return !is(p, "priority", "routine", Set.of("stat"));
      case ADMISSION:
        return is(p, "admission_type", "emergency", Set.of("elective"));
      case PROCEDURE:
        return !is(p, "place_of_service", "11", ANY_DAY_PLACES);
      default:
        return false;
    }
  }

  /**
   * True when the parameter (or its default) is one of {@code values}; a placeholder, known only
   * per entity, is none of them.
   */
  private static boolean is(
      Map<String, Object> parameters, String name, String fallback, Set<String> values) {
    Object value = parameters.getOrDefault(name, fallback);
    return value != null && values.contains(value.toString().toLowerCase(Locale.ROOT));
  }
}
