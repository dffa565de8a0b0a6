package org.healthsim.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Turns on HealthSim fixtures for a test class: parameters and fields annotated {@link Fixture} are
 * generated for each test. Same as {@code @ExtendWith(HealthSimExtension.class)}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(HealthSimExtension.class)
public @interface HealthSim {}
