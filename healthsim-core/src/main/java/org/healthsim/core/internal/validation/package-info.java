/**
 * Helpers for building validation messages: JSON paths and did-you-mean hints.
 *
 * <p>Internal: not part of the API; it may change in any release.
 */
package org.healthsim.core.internal.validation;
