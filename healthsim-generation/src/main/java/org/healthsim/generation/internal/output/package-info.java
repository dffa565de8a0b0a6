/**
 * The writers behind the output formats: NDJSON sinks, CSV, DuckDB and Parquet table writers, and
 * files that appear complete or not at all.
 *
 * <p>Internal: not part of the API; it may change in any release.
 */
package org.healthsim.generation.internal.output;
