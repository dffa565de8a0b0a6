/** Goodness-of-fit tests sized to the sample: chi-square with pooled cells, exact binomial. */
package org.healthsim.generation.internal.stats;
