/**
 * Fetching the CDC reference files.
 *
 * <p>Internal: not part of the API; it may change in any release.
 */
package org.healthsim.reference.internal.download;
