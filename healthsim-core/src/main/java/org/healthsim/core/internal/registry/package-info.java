/**
 * The registry behind the extension points that are found by name.
 *
 * <p>Internal: not part of the API; it may change in any release.
 */
package org.healthsim.core.internal.registry;
