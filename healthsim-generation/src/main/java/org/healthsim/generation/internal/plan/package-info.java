/**
 * Health plans: the catalogue of plans entities are drawn into and the line of business each
 * belongs to ({@code plans.csv}).
 */
package org.healthsim.generation.internal.plan;
