/**
 * Phase 2 of the framework: journeys in, timelines of dated events out. {@link
 * org.healthsim.generation.journey.JourneyEngine} schedules a journey for an entity (dependency
 * graph, per-occurrence seeds, delays, conditions, repeats) and executes the timeline's events
 * through their product's handlers.
 */
package org.healthsim.generation.journey;
