package org.healthsim.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Pins a test's seed (on the method) or every test's of a class (on the class), in place of the
 * seed derived from the test's name. A failing test prints its seed; put it here to replay the same
 * fixtures: {@code @Seed(-4432187512946290172L)}.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Seed {

  /** The test's seed. */
  long value();
}
