/**
 * Prices: fee schedules, DRG weights and drug costs, from resource files with their sources.
 *
 * <p>Internal: not part of the API; it may change in any release.
 */
package org.healthsim.generation.internal.pricing;
