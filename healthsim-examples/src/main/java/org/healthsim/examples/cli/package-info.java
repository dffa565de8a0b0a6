/**
 * The {@code healthsim} command line: {@code new} writes a spec from a description, {@code sample}
 * draws a profile's attributes and {@code validate} checks a spec file. Exit codes: 0 success, 1 an
 * I/O failure, 2 an invalid spec or argument.
 */
package org.healthsim.examples.cli;
