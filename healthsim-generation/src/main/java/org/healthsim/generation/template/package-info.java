/** Built-in specifications shipped as JSON resources: profile templates (and, later, journeys). */
package org.healthsim.generation.template;
