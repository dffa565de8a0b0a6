/**
 * Writers for the standards people load, from the same events as every other format: {@link
 * org.healthsim.interchange.InterchangeFormats}.
 */
package org.healthsim.interchange;
