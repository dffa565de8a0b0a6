/**
 * Cross-product coordination: an event in one product spawns real events in another for the same
 * person (a diagnosis becomes a claim, an order becomes a fill). {@link
 * org.healthsim.generation.trigger.TriggerRegistry} holds the triggers; {@link
 * org.healthsim.generation.trigger.CrossProductCoordinator} executes linked timelines in date order
 * and schedules what the triggers create.
 */
package org.healthsim.generation.trigger;
