/**
 * Samplers built from distribution specs, over Apache Commons RNG. {@link
 * org.healthsim.core.distribution.Distributions#create} is the factory (the framework guide's
 * {@code create_distribution}); the named classes are what it returns. Every sampler is immutable
 * and thread-safe: the generator is passed to each draw and is the only mutable state.
 */
package org.healthsim.core.distribution;
