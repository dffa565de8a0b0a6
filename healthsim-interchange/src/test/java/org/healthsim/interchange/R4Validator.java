package org.healthsim.interchange;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * The HL7 validator (HAPI FHIR, offline) against base FHIR R4, made once per test JVM (it takes
 * about ten seconds). The US Core and CARIN profiles named in {@code meta.profile} cannot be loaded
 * here (their packages are not on Maven Central), so it does not fail on them; code systems it has
 * no copy of (ICD-10-CM, LOINC, CPT, RxNorm, NDC, CARIN's) draw warnings, not errors.
 */
public final class R4Validator {

  private static FhirValidator validator;

  private R4Validator() {}

  /** The errors (and fatal errors) the validator finds in one resource or bundle, as text. */
  public static synchronized List<String> errors(String json) {
    if (validator == null) {
      FhirContext context = FhirContext.forR4();
      FhirInstanceValidator instance =
          new FhirInstanceValidator(
              new ValidationSupportChain(
                  new DefaultProfileValidationSupport(context),
                  new CommonCodeSystemsTerminologyService(context),
                  new InMemoryTerminologyServerValidationSupport(context),
                  new SnapshotGeneratingValidationSupport(context)));
      instance.setErrorForUnknownProfiles(false);
      validator = context.newValidator().registerValidatorModule(instance);
    }
    List<String> errors = new ArrayList<>();
    for (SingleValidationMessage m : validator.validateWithResult(json).getMessages()) {
      if (m.getSeverity() == ResultSeverityEnum.ERROR
          || m.getSeverity() == ResultSeverityEnum.FATAL) {
        errors.add(m.getLocationString() + " " + m.getMessage());
      }
    }
    return errors;
  }
}
