package org.healthsim.core.spec;

/**
 * Which days an event may fall on ({@code "calendar"} in a journey's event): {@code any_day}, or
 * {@code business_day} (Monday to Friday except US federal holidays as observed), where a drawn
 * date on a weekend or holiday moves to the next business day. An event that does not say follows
 * its type: office, specialist, follow-up, wellness and telehealth encounters, lab orders that are
 * not {@code stat}, elective admissions and outpatient procedures fall on business days; the rest
 * on any day.
 */
public enum EventCalendar {
  ANY_DAY,
  BUSINESS_DAY
}
