/**
 * The CDISC SDTM writer (internal): the trial journeys' subjects as DM, DS, SV and AE datasets in
 * Dataset-JSON 1.1. docs/interchange.md lists the variables and the controlled terminology.
 */
package org.healthsim.interchange.internal.sdtm;
