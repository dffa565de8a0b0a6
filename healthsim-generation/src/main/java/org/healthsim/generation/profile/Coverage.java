package org.healthsim.generation.profile;

import java.time.LocalDate;

/**
 * An entity's health coverage.
 *
 * @param type line of business, such as {@code Medicare}
 * @param plan plan drawn from the spec's plan distribution, or {@code null} when it has none
 * @param effectiveDate first day of coverage: the first of a month up to five years before the
 *     as-of date, never before the birth month, and for Medicare never before the month of the 65th
 *     birthday
 * @param groupId employer group for group coverage ({@code GRP} and five digits), {@code null} for
 *     Medicare and Medicaid
 */
public record Coverage(String type, String plan, LocalDate effectiveDate, String groupId) {}
