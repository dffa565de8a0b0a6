/**
 * Billing: each service on a timeline turned into its claim lines, priced and adjudicated.
 *
 * <p>Internal: not part of the API; it may change in any release.
 */
package org.healthsim.generation.internal.billing;
