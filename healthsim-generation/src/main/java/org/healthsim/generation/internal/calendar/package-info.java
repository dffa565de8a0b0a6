/**
 * The calendar care is held on: business days (no weekends, no US federal holidays as observed),
 * used by the engine for events on a {@code business_day} calendar and by the year-of-care planner.
 */
package org.healthsim.generation.internal.calendar;
