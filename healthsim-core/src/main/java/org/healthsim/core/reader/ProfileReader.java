package org.healthsim.core.reader;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthsim.core.expression.Expression;
import org.healthsim.core.internal.validation.JsonPath;
import org.healthsim.core.spec.ClinicalSpec;
import org.healthsim.core.spec.ConditionSpec;
import org.healthsim.core.spec.CoverageSpec;
import org.healthsim.core.spec.DemographicsSpec;
import org.healthsim.core.spec.DistributionSpec;
import org.healthsim.core.spec.GenerationSpec;
import org.healthsim.core.spec.GeographyReference;
import org.healthsim.core.spec.IdentifierSpec;
import org.healthsim.core.spec.LineOfBusiness;
import org.healthsim.core.spec.MedicationSpec;
import org.healthsim.core.spec.Product;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.core.spec.WireNames;
import org.healthsim.core.validation.Problems;

/** Reads a profile object. */
final class ProfileReader {

  private ProfileReader() {}

  static ProfileSpecification read(JsonNode root, String path, Problems problems) {
    Fields f = Fields.of(root, path, problems);
    String id = f.string("id");
    String name = f.string("name");
    String description = f.string("description");
    f.string("version");
    JsonNode generationNode = f.node("generation");
    GenerationSpec generation =
        generationNode == null
            ? GenerationSpec.DEFAULTS
            : generation(Fields.of(generationNode, f.path("generation"), problems));
    JsonNode demographicsNode = f.node("demographics");
    DemographicsSpec demographics =
        demographicsNode == null
            ? DemographicsSpec.of(null, null)
            : demographics(Fields.of(demographicsNode, f.path("demographics"), problems));
    JsonNode clinicalNode = f.node("clinical");
    ClinicalSpec clinical =
        clinicalNode == null
            ? null
            : clinical(Fields.of(clinicalNode, f.path("clinical"), problems));
    JsonNode coverageNode = f.node("coverage");
    CoverageSpec coverage =
        coverageNode == null
            ? null
            : coverage(Fields.of(coverageNode, f.path("coverage"), problems));
    JsonNode identifiersNode = f.node("identifiers");
    IdentifierSpec identifiers =
        identifiersNode == null
            ? null
            : identifiers(Fields.of(identifiersNode, f.path("identifiers"), problems));
    f.finish();
    return f.build(
        () ->
            new ProfileSpecification(
                id, name, description, generation, demographics, clinical, coverage, identifiers));
  }

  private static GenerationSpec generation(Fields f) {
    Integer count = f.integer("count");
    Long seed = f.longValue("seed");
    LocalDate asOf = date(f, "as_of");
    List<Product> products = products(f, "products");
    Boolean personDetails = f.bool("person_details");
    f.finish();
    return f.build(
        () ->
            new GenerationSpec(
                count == null ? GenerationSpec.DEFAULT_COUNT : count,
                seed,
                asOf == null ? GenerationSpec.DEFAULT_AS_OF : asOf,
                products,
                personDetails == null || personDetails));
  }

  static LocalDate date(Fields f, String key) {
    String text = f.string(key);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      f.problems().add(f.path(key), text, "must be a date written YYYY-MM-DD");
      return null;
    }
  }

  static List<Product> products(Fields f, String key) {
    List<Product> products = new ArrayList<>();
    List<JsonNode> nodes = f.array(key);
    for (int i = 0; i < nodes.size(); i++) {
      String name = nodes.get(i).asText();
      Product product = WireNames.parse(Product.class, name).orElse(null);
      if (product == null || !nodes.get(i).isTextual()) {
        f.problems()
            .add(
                JsonPath.index(f.path(key), i),
                name,
                Fields.oneOf("product", name, WireNames.all(Product.class)));
      } else {
        products.add(product);
      }
    }
    return products;
  }

  private static DemographicsSpec demographics(Fields f) {
    DistributionSpec age = distribution(f, "age");
    DistributionSpec gender = distribution(f, "gender");
    DistributionSpec race = distribution(f, "race");
    DistributionSpec ethnicity = distribution(f, "ethnicity");
    DemographicsSpec.Source source = f.choice("source", DemographicsSpec.Source.class, "source");
    JsonNode referenceNode = f.node("reference");
    GeographyReference reference =
        referenceNode == null
            ? null
            : geography(Fields.of(referenceNode, f.path("reference"), f.problems()));
    f.finish();
    return f.build(() -> new DemographicsSpec(age, gender, race, ethnicity, source, reference));
  }

  static DistributionSpec distribution(Fields f, String key) {
    JsonNode node = f.node(key);
    return node == null ? null : DistributionReader.read(node, f.path(key), f.problems());
  }

  private static GeographyReference geography(Fields f) {
    GeographyReference.Level level =
        f.choice("type", GeographyReference.Level.class, "geography type");
    String fips = f.code("fips");
    String state = f.string("state");
    Map<String, Double> counties =
        f.has("county_weights") ? DistributionReader.weights(f, "county_weights") : null;
    f.finish();
    return f.build(() -> new GeographyReference(level, fips, state, counties));
  }

  private static ClinicalSpec clinical(Fields f) {
    JsonNode primaryNode = f.node("primary_condition");
    ConditionSpec primary =
        primaryNode == null
            ? null
            : condition(Fields.of(primaryNode, f.path("primary_condition"), f.problems()));
    List<ConditionSpec> comorbidities = new ArrayList<>();
    List<JsonNode> nodes = f.array("comorbidities");
    for (int i = 0; i < nodes.size(); i++) {
      comorbidities.add(
          condition(
              Fields.of(nodes.get(i), JsonPath.index(f.path("comorbidities"), i), f.problems())));
    }
    DistributionSpec severity = distribution(f, "severity");
    Map<String, DistributionSpec> labs = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : f.entries("lab_values")) {
      labs.put(
          e.getKey(),
          DistributionReader.read(
              e.getValue(), JsonPath.key(f.path("lab_values"), e.getKey()), f.problems()));
    }
    List<MedicationSpec> medications = new ArrayList<>();
    List<JsonNode> medicationNodes = f.array("medications");
    for (int i = 0; i < medicationNodes.size(); i++) {
      medications.add(
          medication(
              Fields.of(
                  medicationNodes.get(i), JsonPath.index(f.path("medications"), i), f.problems())));
    }
    f.finish();
    return f.build(() -> new ClinicalSpec(primary, comorbidities, severity, labs, medications));
  }

  private static ConditionSpec condition(Fields f) {
    String code = f.requiredString("code");
    String description = f.string("description");
    Double prevalence = f.number("prevalence");
    Expression when = DistributionReader.expression(f, "when", false);
    f.finish();
    return f.build(
        () -> new ConditionSpec(code, description, prevalence == null ? 1.0 : prevalence, when));
  }

  private static MedicationSpec medication(Fields f) {
    String rxnorm = f.code("rxnorm");
    if (rxnorm == null && !f.has("rxnorm")) {
      f.problems().add(f.path("rxnorm"), "is required");
    }
    String name = f.string("name");
    Double probability = f.number("probability");
    Expression when = DistributionReader.expression(f, "when", false);
    f.finish();
    return f.build(
        () -> new MedicationSpec(rxnorm, name, probability == null ? 1.0 : probability, when));
  }

  private static IdentifierSpec identifiers(Fields f) {
    IdentifierSpec d = IdentifierSpec.DEFAULTS;
    String entity = f.string("entity_prefix");
    String patient = f.string("patient_prefix");
    String member = f.string("member_prefix");
    String rxMember = f.string("rx_member_prefix");
    String subject = f.string("subject_prefix");
    f.finish();
    return f.build(
        () ->
            new IdentifierSpec(
                entity == null ? d.entity() : entity,
                patient == null ? d.patient() : patient,
                member == null ? d.member() : member,
                rxMember == null ? d.rxMember() : rxMember,
                subject == null ? d.subject() : subject));
  }

  private static CoverageSpec coverage(Fields f) {
    String type = f.string("type");
    if (type != null && LineOfBusiness.parse(type).isEmpty()) {
      List<String> known = new ArrayList<>();
      for (LineOfBusiness l : LineOfBusiness.values()) {
        known.add(l.displayName());
      }
      f.problems().add(f.path("type"), type, Fields.oneOf("line of business", type, known));
    }
    Map<String, Double> plans =
        f.has("plan_distribution") ? DistributionReader.weights(f, "plan_distribution") : null;
    Double uninsured = f.number("uninsured");
    Expression uninsuredWhen = DistributionReader.expression(f, "uninsured_when", false);
    f.finish();
    return f.build(
        () -> new CoverageSpec(type, plans, uninsured == null ? 0 : uninsured, uninsuredWhen));
  }
}
