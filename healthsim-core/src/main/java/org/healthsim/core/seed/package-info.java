/**
 * The seed hierarchy: master seed, then one seed per entity, then one per attribute, event
 * occurrence or trigger, each derived from a stable key and never from draw order. The algorithm is
 * written out in {@code docs/reproducibility.md}.
 */
package org.healthsim.core.seed;
