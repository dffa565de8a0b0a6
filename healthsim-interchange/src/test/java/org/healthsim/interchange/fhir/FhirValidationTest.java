package org.healthsim.interchange.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.healthsim.interchange.InterchangeRuns;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.junit.jupiter.api.BeforeAll;
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
  private static final int SAMPLE = 6;

  private static FhirValidator validator;

  @BeforeAll
  static void validator() {
    FhirContext context = FhirContext.forR4();
    ValidationSupportChain support =
        new ValidationSupportChain(
            new DefaultProfileValidationSupport(context),
            new CommonCodeSystemsTerminologyService(context),
            new InMemoryTerminologyServerValidationSupport(context),
            new SnapshotGeneratingValidationSupport(context));
    FhirInstanceValidator instance = new FhirInstanceValidator(support);
    instance.setErrorForUnknownProfiles(false);
    validator = context.newValidator().registerValidatorModule(instance);
  }

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
        for (SingleValidationMessage m : validator.validateWithResult(lines.get(i)).getMessages()) {
          if (m.getSeverity() == ResultSeverityEnum.ERROR
              || m.getSeverity() == ResultSeverityEnum.FATAL) {
            errors.add(
                file.getKey()
                    + " line "
                    + (i + 1)
                    + ": "
                    + m.getLocationString()
                    + " "
                    + m.getMessage());
          }
        }
      }
    }
    assertThat(validated).isGreaterThan(0);
    assertThat(errors).isEmpty();
  }
}
