/** Building each entity's executed timeline for a set of journeys, with or without triggers. */
package org.healthsim.generation.cohort;
