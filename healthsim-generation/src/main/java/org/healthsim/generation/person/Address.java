package org.healthsim.generation.person;

/**
 * A US postal address.
 *
 * @param line street line, such as {@code 4821 Hollis Avenue}
 * @param city city name
 * @param county county name where the ZIP code lies, or {@code null} when unknown
 * @param state USPS state abbreviation
 * @param zip five-digit ZIP code, real and in the state
 */
public record Address(String line, String city, String county, String state, String zip) {}
