/** What the interchange formats share (internal): the payers of each line of business. */
package org.healthsim.interchange.internal;
