package org.healthsim.generation.internal.output;

import java.util.List;
import java.util.Map;
import org.healthsim.generation.internal.profile.LabCatalog;
import org.healthsim.generation.json.JsonBytes;
import org.healthsim.generation.person.Address;
import org.healthsim.generation.person.Person;
import org.healthsim.generation.profile.Coverage;
import org.healthsim.generation.profile.EntityCondition;
import org.healthsim.generation.profile.EntityMedication;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.profile.Identifiers;
import org.healthsim.generation.profile.LabValues;

/**
 * One entity as one line of JSON, in the shape of DESIGN §8 and {@code docs/output-schema.md}.
 * Every field is always present, {@code null} when its spec section is absent, so every line has
 * the same keys in the same order. Lab values carry the lab's reporting precision.
 *
 * <p>An encoder remembers the bytes of values that recur (a condition, a medication, a category
 * such as a gender or plan): use one per thread, for many entities. Not thread-safe.
 */
public final class EntityJson {

  private final RememberedBytes remembered = new RememberedBytes();

  private static final byte[] ENTITY_ID = JsonBytes.field("entity_id");
  private static final byte[] INDEX = JsonBytes.field("index");
  private static final byte[] SEED = JsonBytes.field("seed");
  private static final byte[] AGE = JsonBytes.field("age");
  private static final byte[] BIRTH_DATE = JsonBytes.field("birth_date");
  private static final byte[] GENDER = JsonBytes.field("gender");
  private static final byte[] RACE = JsonBytes.field("race");
  private static final byte[] ETHNICITY = JsonBytes.field("ethnicity");
  private static final byte[] STATE = JsonBytes.field("state");
  private static final byte[] COUNTY_FIPS = JsonBytes.field("county_fips");
  private static final byte[] CONDITIONS = JsonBytes.field("conditions");
  private static final byte[] CODE = JsonBytes.field("code");
  private static final byte[] DESCRIPTION = JsonBytes.field("description");
  private static final byte[] ROLE = JsonBytes.field("role");
  private static final byte[] SEVERITY = JsonBytes.field("severity");
  private static final byte[] LAB_VALUES = JsonBytes.field("lab_values");
  private static final byte[] MEDICATIONS = JsonBytes.field("medications");
  private static final byte[] RXNORM = JsonBytes.field("rxnorm");
  private static final byte[] NAME = JsonBytes.field("name");
  private static final byte[] COVERAGE = JsonBytes.field("coverage");
  private static final byte[] TYPE = JsonBytes.field("type");
  private static final byte[] PLAN = JsonBytes.field("plan");
  private static final byte[] EFFECTIVE_DATE = JsonBytes.field("effective_date");
  private static final byte[] GROUP_ID = JsonBytes.field("group_id");
  private static final byte[] IDENTIFIERS = JsonBytes.field("identifiers");
  private static final byte[] PATIENT_ID = JsonBytes.field("patient_id");
  private static final byte[] MEMBER_ID = JsonBytes.field("member_id");
  private static final byte[] RX_MEMBER_ID = JsonBytes.field("rx_member_id");
  private static final byte[] SUBJECT_ID = JsonBytes.field("subject_id");
  private static final byte[] PERSON = JsonBytes.field("person");
  private static final byte[] GIVEN_NAME = JsonBytes.field("given_name");
  private static final byte[] FAMILY_NAME = JsonBytes.field("family_name");
  private static final byte[] ADDRESS = JsonBytes.field("address");
  private static final byte[] LINE = JsonBytes.field("line");
  private static final byte[] CITY = JsonBytes.field("city");
  private static final byte[] COUNTY = JsonBytes.field("county");
  private static final byte[] ZIP = JsonBytes.field("zip");
  private static final byte[] PHONE = JsonBytes.field("phone");

  /** An encoder with nothing remembered yet. */
  public EntityJson() {}

  /** Appends {@code e} as one JSON object and a newline. */
  public void write(GeneratedEntity e, JsonBytes out) {
    out.raw('{').raw(ENTITY_ID).string(e.entityId());
    out.raw(',').raw(INDEX).number(e.index());
    out.raw(',').raw(SEED).number(e.seed());
    out.raw(',').raw(AGE).number(e.age());
    out.raw(',').raw(BIRTH_DATE).date(e.birthDate());
    out.raw(',').raw(GENDER).raw(remembered.quoted(e.gender()));
    out.raw(',').raw(RACE).raw(remembered.quoted(e.race()));
    out.raw(',').raw(ETHNICITY).raw(remembered.quoted(e.ethnicity()));
    out.raw(',').raw(STATE).raw(remembered.quoted(e.state()));
    out.raw(',').raw(COUNTY_FIPS).string(e.countyFips());
    out.raw(',').raw(CONDITIONS);
    conditions(e.conditions(), out);
    out.raw(',').raw(SEVERITY).raw(remembered.quoted(e.severity()));
    out.raw(',').raw(LAB_VALUES);
    labs(e.labValues(), out);
    out.raw(',').raw(MEDICATIONS);
    medications(e.medications(), out);
    out.raw(',').raw(COVERAGE);
    coverage(e.coverage(), out);
    out.raw(',').raw(IDENTIFIERS);
    identifiers(e.identifiers(), out);
    out.raw(',').raw(PERSON);
    person(e.person(), out);
    out.raw('}').raw('\n');
  }

  private void conditions(List<EntityCondition> conditions, JsonBytes out) {
    out.raw('[');
    for (int i = 0; i < conditions.size(); i++) {
      if (i > 0) {
        out.raw(',');
      }
      EntityCondition c = conditions.get(i);
      byte[] bytes = remembered.get(c);
      if (bytes == null) {
        JsonBytes scratch = remembered.scratch();
        scratch.raw('{').raw(CODE).string(c.code());
        scratch.raw(',').raw(DESCRIPTION).string(c.description());
        scratch.raw(',').raw(ROLE).string(c.role().wireName()).raw('}');
        bytes = remembered.remember(c);
      }
      out.raw(bytes);
    }
    out.raw(']');
  }

  private void labs(Map<String, Double> labs, JsonBytes out) {
    out.raw('{');
    if (labs instanceof LabValues) {
      LabValues values = (LabValues) labs;
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          out.raw(',');
        }
        String name = values.name(i);
        out.raw(labKey(name)).decimal(values.value(i), LabCatalog.decimals(name));
      }
      out.raw('}');
      return;
    }
    boolean first = true;
    for (Map.Entry<String, Double> lab : labs.entrySet()) {
      if (!first) {
        out.raw(',');
      }
      first = false;
      out.string(lab.getKey()).raw(':').decimal(lab.getValue(), LabCatalog.decimals(lab.getKey()));
    }
    out.raw('}');
  }

  private void medications(List<EntityMedication> medications, JsonBytes out) {
    out.raw('[');
    for (int i = 0; i < medications.size(); i++) {
      if (i > 0) {
        out.raw(',');
      }
      EntityMedication m = medications.get(i);
      byte[] bytes = remembered.get(m);
      if (bytes == null) {
        remembered
            .scratch()
            .raw('{')
            .raw(RXNORM)
            .string(m.rxnorm())
            .raw(',')
            .raw(NAME)
            .string(m.name())
            .raw('}');
        bytes = remembered.remember(m);
      }
      out.raw(bytes);
    }
    out.raw(']');
  }

  private byte[] labKey(String name) {
    byte[] bytes = remembered.get(name);
    if (bytes == null) {
      remembered.scratch().string(name).raw(':');
      bytes = remembered.remember(name);
    }
    return bytes;
  }

  private void coverage(Coverage c, JsonBytes out) {
    if (c == null) {
      out.nullValue();
      return;
    }
    out.raw('{').raw(TYPE).raw(remembered.quoted(c.type()));
    out.raw(',').raw(PLAN).raw(remembered.quoted(c.plan()));
    out.raw(',').raw(EFFECTIVE_DATE).date(c.effectiveDate());
    out.raw(',').raw(GROUP_ID).string(c.groupId()).raw('}');
  }

  private void identifiers(Identifiers ids, JsonBytes out) {
    out.raw('{').raw(PATIENT_ID).string(ids.patientId());
    out.raw(',').raw(MEMBER_ID).string(ids.memberId());
    out.raw(',').raw(RX_MEMBER_ID).string(ids.rxMemberId());
    out.raw(',').raw(SUBJECT_ID).string(ids.subjectId()).raw('}');
  }

  private void person(Person p, JsonBytes out) {
    if (p == null) {
      out.nullValue();
      return;
    }
    out.raw('{').raw(GIVEN_NAME).string(p.givenName());
    out.raw(',').raw(FAMILY_NAME).string(p.familyName());
    out.raw(',').raw(ADDRESS);
    Address a = p.address();
    out.raw('{').raw(LINE).string(a.line());
    out.raw(',').raw(CITY).string(a.city());
    out.raw(',').raw(COUNTY).string(a.county());
    out.raw(',').raw(STATE).string(a.state());
    out.raw(',').raw(ZIP).string(a.zip()).raw('}');
    out.raw(',').raw(PHONE).string(p.phone()).raw('}');
  }
}
