package org.healthsim.interchange.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.healthsim.interchange.InterchangeRuns;
import org.healthsim.interchange.R4Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sample of every resource type each built-in journey (and the journey of every event type)
 * produces validates with the HL7 validator (HAPI FHIR, offline) against base FHIR R4 with no
 * error. The US Core and CARIN profiles named in {@code meta.profile} cannot be loaded here (their
 * packages are not on Maven Central), so the validator is told not to fail on them; {@code
 * UsCoreElementsTest} checks their required and must-support elements instead. Code systems the
 * validator has no copy of (ICD-10-CM, LOINC, CPT, RxNorm, NDC, CARIN's) draw warnings, not errors.
 */
class FhirValidationTest {

  /** Resources validated per type: evenly spread through each file. */
  private static final int SAMPLE = 4;

  static Stream<Arguments> runs() {
    return InterchangeRuns.fhirRuns().stream()
        .map(dir -> Arguments.of(dir.getFileName().toString(), dir));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void everyResourceTypeValidatesAgainstR4WithoutError(String name, Path dir) {
    List<String> errors = new ArrayList<>();
    int validated = 0;
    for (Map.Entry<String, List<String>> file : InterchangeRuns.lines(dir).entrySet()) {
      List<String> lines = file.getValue();
      int step = Math.max(1, lines.size() / SAMPLE);
      for (int i = 0; i < lines.size(); i += step) {
        validated++;
        for (String error : R4Validator.errors(lines.get(i))) {
          errors.add(file.getKey() + " line " + (i + 1) + ": " + error);
        }
      }
    }
    assertThat(validated).isGreaterThan(0);
    assertThat(errors).isEmpty();
  }
}
