/**
 * Care programs and the {@code year-of-care} planner: a year of each entity's care composed from a
 * baseline by age, sex and line of business and the programs of the conditions it has, on a real
 * calendar. The rates are data ({@code baseline.json}, {@code programs/*.json}), each with its
 * source.
 */
package org.healthsim.generation.internal.care;
