/**
 * Lookups the profile and journey checks share: the attribute names an expression may read and the
 * lab catalog.
 *
 * <p>Internal: not part of the API; it may change in any release.
 */
package org.healthsim.generation.internal.profile;
