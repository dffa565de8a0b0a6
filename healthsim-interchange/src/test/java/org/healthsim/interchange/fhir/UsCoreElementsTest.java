package org.healthsim.interchange.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthsim.interchange.InterchangeRuns;
import org.junit.jupiter.api.Test;

/**
 * The required and must-support elements of the US Core 6.1 and CARIN Blue Button 2.x profiles each
 * resource names in {@code meta.profile}, checked on every resource of every run. The
 * implementation guides' packages cannot be downloaded here, so the rules are written from their
 * profile pages (hl7.org/fhir/us/core/STU6.1, hl7.org/fhir/us/carin-bb/STU2): each line is a
 * profile, then the elements every resource of it must carry. {@code a.b} looks through arrays;
 * {@code a.b=v} needs some value {@code v}; {@code each item: a.b=v} needs it in every item.
 */
class UsCoreElementsTest {

  private static final String RULES =
      """
      us-core-patient: identifier.system identifier.value name gender birthDate
      us-core-practitioner: identifier.system=http://hl7.org/fhir/sid/us-npi identifier.value name.family
      us-core-practitionerrole: practitioner.reference code telecom.value
      us-core-organization: active name
      us-core-location: name status managingOrganization.reference
      us-core-encounter: identifier.value status class.code type subject.reference period.start
      us-core-condition-problems-health-concerns: clinicalStatus.coding.code verificationStatus.coding.code category.coding.code code.coding.code subject.reference
      us-core-observation-lab: status category.coding.code=laboratory code.coding.code subject.reference effectiveDateTime value*
      us-core-blood-pressure: status category.coding.code=vital-signs code.coding.code=85354-9 subject.reference effectiveDateTime component.code.coding.code=8480-6 component.code.coding.code=8462-4 component.valueQuantity.value
      us-core-bmi: status category.coding.code=vital-signs code.coding.code=39156-5 subject.reference effectiveDateTime valueQuantity.value
      us-core-procedure: status code.coding.code subject.reference performedDateTime
      us-core-immunization: status vaccineCode.coding.system=http://hl7.org/fhir/sid/cvx patient.reference occurrenceDateTime primarySource
      us-core-servicerequest: status intent category.coding.code code.coding.code subject.reference authoredOn requester.reference
      us-core-medicationrequest: status intent medicationCodeableConcept.coding.code subject.reference
      us-core-medicationdispense: status medicationCodeableConcept.coding.code subject.reference performer.actor.reference type.coding.code quantity.value whenHandedOver
      us-core-careplan: text.status text.div status intent category.coding.code=assess-plan subject.reference
      us-core-coverage: identifier.value status type.coding.code subscriberId beneficiary.reference relationship.coding.code period.start payor.reference
      C4BB-ExplanationOfBenefit: identifier.type.coding.code=uc identifier.value status type.coding.code use=claim patient.reference billablePeriod.start created insurer.reference provider.reference outcome insurance.focal insurance.coverage.reference item.sequence item.productOrService.coding.code total.category.coding.code total.amount.value supportingInfo.category.coding.code=clmrecvddate
      C4BB-ExplanationOfBenefit-Professional-NonClinician: type.coding.code=professional diagnosis.diagnosisCodeableConcept.coding.code diagnosis.type.coding.code each-item:adjudication.category.coding.code=innetwork each-item:adjudication.category.coding.code=submitted each-item:locationCodeableConcept.coding.code
      C4BB-ExplanationOfBenefit-Inpatient-Institutional: type.coding.code=institutional subType.coding.code=inpatient supportingInfo.category.coding.code=admissionperiod supportingInfo.category.coding.code=typeofbill diagnosis.type.coding.code=principal each-item:adjudication.category.coding.code=innetwork
      C4BB-ExplanationOfBenefit-Outpatient-Institutional: type.coding.code=institutional subType.coding.code=outpatient supportingInfo.category.coding.code=typeofbill diagnosis.type.coding.code=principal each-item:adjudication.category.coding.code=innetwork
      C4BB-ExplanationOfBenefit-Pharmacy: type.coding.code=pharmacy supportingInfo.category.coding.code=dayssupply item.productOrService.coding.system=http://hl7.org/fhir/sid/ndc each-item:adjudication.category.coding.code=innetwork
      """;

  @Test
  void everyResourceCarriesItsProfilesRequiredAndMustSupportElements() {
    Map<String, List<String>> rules = rules();
    Map<String, Integer> checked = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (Path run : InterchangeRuns.fhirRuns()) {
      for (List<JsonNode> resources : InterchangeRuns.resources(run).values()) {
        for (JsonNode r : resources) {
          String profile = r.path("meta").path("profile").path(0).asText();
          String name = profile.substring(profile.lastIndexOf('/') + 1);
          List<String> names = new ArrayList<>(List.of(name));
          if (name.startsWith("C4BB-ExplanationOfBenefit-")) {
            names.add("C4BB-ExplanationOfBenefit");
          }
          for (String n : names) {
            List<String> required = rules.get(n);
            if (required == null) {
              continue;
            }
            checked.merge(n, 1, Integer::sum);
            for (String rule : required) {
              if (!holds(r, rule)) {
                missing.add(
                    run.getFileName()
                        + " "
                        + r.path("resourceType").asText()
                        + "/"
                        + r.path("id").asText()
                        + " lacks "
                        + rule);
              }
            }
          }
        }
      }
    }
    // Resources without a profile are the trial ones (no US Core profile for them).
    assertThat(checked.keySet()).containsAll(rules.keySet());
    assertThat(missing).isEmpty();
  }

  private static Map<String, List<String>> rules() {
    Map<String, List<String>> rules = new HashMap<>();
    for (String line : RULES.strip().split("\n")) {
      int colon = line.indexOf(':');
      rules.put(
          line.substring(0, colon).strip(), List.of(line.substring(colon + 1).strip().split(" +")));
    }
    return rules;
  }

  private static boolean holds(JsonNode resource, String rule) {
    if (rule.startsWith("each-item:")) {
      String inner = rule.substring("each-item:".length());
      JsonNode items = resource.path("item");
      if (!items.isArray() || items.isEmpty()) {
        return false;
      }
      for (JsonNode item : items) {
        if (!holds(item, inner)) {
          return false;
        }
      }
      return true;
    }
    int eq = rule.indexOf('=');
    String path = eq < 0 ? rule : rule.substring(0, eq);
    String expected = eq < 0 ? null : rule.substring(eq + 1);
    List<JsonNode> values = new ArrayList<>();
    if (path.endsWith("*")) {
      String prefix = path.substring(0, path.length() - 1);
      for (Map.Entry<String, JsonNode> e : resource.properties()) {
        if (e.getKey().startsWith(prefix)) {
          values.add(e.getValue());
        }
      }
    } else {
      collect(resource, path.split("\\."), 0, values);
    }
    if (expected == null) {
      return values.stream()
          .anyMatch(
              v -> !v.isMissingNode() && !v.isNull() && !(v.isTextual() && v.asText().isBlank()));
    }
    return values.stream().anyMatch(v -> v.asText().equals(expected));
  }

  private static void collect(JsonNode node, String[] path, int at, List<JsonNode> out) {
    if (node.isArray()) {
      node.forEach(n -> collect(n, path, at, out));
      return;
    }
    if (at == path.length) {
      out.add(node);
      return;
    }
    JsonNode next = node.path(path[at]);
    if (!next.isMissingNode()) {
      collect(next, path, at + 1, out);
    }
  }
}
