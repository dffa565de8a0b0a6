/**
 * The built-in event handlers: one per event type of every product, turning a scheduled event into
 * healthcare records with real code systems, priced claims and provider assignments.
 */
package org.healthsim.generation.internal.handler;
