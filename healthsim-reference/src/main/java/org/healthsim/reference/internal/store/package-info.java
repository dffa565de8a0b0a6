/**
 * The DuckDB store of the CDC PLACES and SVI tables: import, schema checks and queries.
 *
 * <p>Internal: not part of the API; it may change in any release.
 */
package org.healthsim.reference.internal.store;
