/**
 * Generated data as tables: {@link org.healthsim.generation.internal.table.CohortRows} turns
 * entities and their timelines into rows of named tables with typed columns, for the CSV, DuckDB
 * and Parquet writers. Column lists are documented in docs/output-schema.md.
 */
package org.healthsim.generation.internal.table;
