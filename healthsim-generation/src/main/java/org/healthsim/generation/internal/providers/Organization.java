package org.healthsim.generation.internal.providers;

/**
 * A pharmacy, hospital or trial site.
 *
 * @param id a short id ({@code SITE-001} for trial sites; the NPI otherwise)
 * @param npi ten-digit NPI (an organization's starts with 1 or 2), Luhn-valid
 * @param name its name
 * @param taxonomy NUCC taxonomy code
 */
public record Organization(String id, String npi, String name, String taxonomy) {}
