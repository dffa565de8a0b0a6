/**
 * The X12 5010 writer (internal): each entity's medical claims as 837P and 837I transaction sets
 * and their remittances as 835 transaction sets, in envelopes the writing thread numbers.
 * docs/interchange.md lists the segments.
 */
package org.healthsim.interchange.internal.x12;
