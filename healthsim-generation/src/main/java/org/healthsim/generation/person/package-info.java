/**
 * Person details a real record has: given and family name, a US address in the entity's state, and
 * a phone number. Names, street suffixes, city name parts and real ZIP codes by state come from
 * Datafaker's data, read once; draws use the entity's own seeded generator, never Datafaker's
 * generators, so they are reproducible and fast.
 */
package org.healthsim.generation.person;
