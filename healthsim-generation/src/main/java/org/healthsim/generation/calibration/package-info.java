/**
 * The calibration report of a run: utilisation per line of business (member months, visits, ED
 * visits, admissions, fills, length of stay, readmissions, spend concentration, calendar) beside
 * published reference values with their sources.
 */
package org.healthsim.generation.calibration;
