/**
 * NCPDP Telecommunication Standard D.0: B1 billing and B2 reversal requests of the pharmacy claims
 * and their responses. Internal; use {@code InterchangeFormats.NCPDP}.
 */
package org.healthsim.interchange.internal.ncpdp;
