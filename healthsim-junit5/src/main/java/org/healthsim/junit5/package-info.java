/**
 * HealthSim fixtures for JUnit 5: {@link org.healthsim.junit5.HealthSim} on a test class, {@link
 * org.healthsim.junit5.Fixture} on parameters and fields, {@link org.healthsim.junit5.Seed} to pin
 * a seed, and {@link org.healthsim.junit5.HealthSimAssertions} for generated data. See
 * docs/testing-with-healthsim.md.
 */
package org.healthsim.junit5;
