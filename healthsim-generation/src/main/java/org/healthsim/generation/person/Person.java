package org.healthsim.generation.person;

/**
 * Who an entity is on paper.
 *
 * @param givenName given name, matching the entity's gender where it is M or F
 * @param familyName family name
 * @param address home address in the entity's state
 * @param phone {@code AAA-555-01XX}: a real area code of the state and the exchange reserved for
 *     fictional numbers, so no generated number reaches a real person
 */
public record Person(String givenName, String familyName, Address address, String phone) {}
