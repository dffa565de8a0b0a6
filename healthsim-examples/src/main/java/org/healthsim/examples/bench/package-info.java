/** Benchmark mains: they measure, print figures and assert nothing. */
package org.healthsim.examples.bench;
