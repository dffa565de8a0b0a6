/**
 * A Parquet file encoder (format 2.x, data pages v1, Snappy), enough for the cohort tables:
 * optional columns of text, whole numbers, doubles, decimals, booleans, dates and lists of text or
 * whole numbers. Each batch of rows is encoded into a page per column on the thread that generated
 * it ({@link org.healthsim.generation.internal.parquet.PageEncoder}); the writing thread only
 * gathers pages into row groups and writes the footer ({@link
 * org.healthsim.generation.internal.parquet.ParquetTableFile}). The layout follows the Apache
 * Parquet format specification (github.com/apache/parquet-format, {@code parquet.thrift}).
 *
 * <p>Internal: not part of the API; it may change in any release.
 */
package org.healthsim.generation.internal.parquet;
