/**
 * Drawing the distribution-valued attributes of a profile for one entity, each from its own
 * attribute stream of the seed hierarchy.
 */
package org.healthsim.core.sampling;
