package org.healthsim.generation.internal.parquet;

/**
 * One column's values from one batch of rows: a data page, its header and compressed body in {@link
 * #bytes}, with what the column chunk's metadata sums up.
 *
 * @param bytes the page header followed by the compressed page
 * @param values how many level entries the page holds (rows, or list elements and empty lists)
 * @param uncompressedSize the header plus the page before compression
 * @param nulls the entries without a value
 * @param min the least value, for columns with min and max and a value; else 0
 * @param max the greatest value, likewise
 * @param hasMinMax whether min and max hold
 */
record Page(
    byte[] bytes,
    long values,
    long uncompressedSize,
    long nulls,
    long min,
    long max,
    boolean hasMinMax) {}
