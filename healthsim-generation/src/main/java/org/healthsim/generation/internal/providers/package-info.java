/**
 * The cohort's providers, pharmacies and trial sites: a deterministic pool per engine seed, with
 * NPIs that pass the Luhn check and NUCC taxonomy codes. An entity keeps its primary care provider
 * and pharmacy across events.
 */
package org.healthsim.generation.internal.providers;
