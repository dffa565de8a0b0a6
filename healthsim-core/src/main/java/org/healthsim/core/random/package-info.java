/**
 * The one place that constructs random generators. Everything else receives a {@link
 * org.apache.commons.rng.UniformRandomProvider} made here from a derived seed.
 */
package org.healthsim.core.random;
