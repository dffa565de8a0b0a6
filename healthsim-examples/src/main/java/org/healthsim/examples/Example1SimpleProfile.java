package org.healthsim.examples;

import java.util.Map;
import org.healthsim.generation.profile.ExecutionResult;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.profile.ProfileExecutor;

/**
 * The framework guide's Example 1, "Simple Profile Generation", in Java.
 *
 * <pre>
 * java -cp healthsim-examples/target/healthsim.jar org.healthsim.examples.Example1SimpleProfile
 * </pre>
 */
public final class Example1SimpleProfile {

  private Example1SimpleProfile() {}

  /** Generates ten entities and prints their ages and genders. */
  public static void main(String[] args) {
    // Create a simple profile spec
    Map<String, Object> spec =
        Map.of(
            "generation", Map.of("count", 10, "seed", 42),
            "demographics",
                Map.of(
                    "age",
                        Map.of("type", "normal", "mean", 45, "std_dev", 15, "min", 18, "max", 90),
                    "gender",
                        Map.of("type", "categorical", "weights", Map.of("M", 0.49, "F", 0.51))));

    // Execute
    ProfileExecutor executor = new ProfileExecutor(42);
    ExecutionResult result = executor.execute(spec);

    // Access entities
    System.out.println("seed " + result.seed());
    for (GeneratedEntity entity : result.entities()) {
      System.out.println(
          entity.entityId()
              + ": Age "
              + entity.attributes().get("age")
              + ", Gender "
              + entity.attributes().get("gender"));
    }
  }
}
