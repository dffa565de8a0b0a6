package org.healthsim.interchange.internal.fhir;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.healthsim.generation.json.JsonBytes;

/**
 * Writes FHIR JSON onto a {@link JsonBytes} as a cursor: objects and arrays are opened and closed
 * in order, and a member whose value is absent ({@code null}) is left out, as FHIR requires (it has
 * no JSON nulls). Not thread-safe; one per encoding thread.
 *
 * <pre>{@code
 * json.resource("Condition", id).profile(URL)
 *     .concept("code", Fhir.ICD10CM, "E11.9", "Type 2 diabetes mellitus")
 *     .reference("subject", "Patient", patientId)
 *     .endResource();
 * }</pre>
 */
final class FhirJson {

  private static final int MAX_DEPTH = 32;

  /** The kinds of fragment kept in {@link Fragments}. */
  private static final int TEXT = 1;

  private static final int CODING_ITEM = 2;
  private static final int CODING = 3;
  private static final int CONCEPT = 4;
  private static final int CONCEPT_ITEM = 5;
  private static final int REFERENCE = 6;

  private static final byte[] CODING_OPEN = "{\"coding\":[".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CONCEPT_CLOSE = "]}".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] REFERENCE_OPEN =
      "{\"reference\":".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] MONEY_OPEN = "{\"value\":".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] MONEY_CLOSE =
      ",\"currency\":\"USD\"}".getBytes(StandardCharsets.US_ASCII);

  private final JsonBytes out;
  private final Fragments fragments;
  private final byte[] closers = new byte[MAX_DEPTH];
  private final boolean[] first = new boolean[MAX_DEPTH];
  private int depth;

  /**
   * @param fragments the encoding thread's fragments, kept across the buffers it writes
   */
  FhirJson(JsonBytes out, Fragments fragments) {
    this.out = out;
    this.fragments = fragments;
  }

  /** The buffer written to. */
  JsonBytes bytes() {
    return out;
  }

  /**
   * Opens a resource of {@code type} with {@code id}: one NDJSON line until {@link #endResource}.
   */
  FhirJson resource(String type, String id) {
    if (depth != 0) {
      throw new IllegalStateException("a resource opened inside another");
    }
    open('{', '}');
    return text("resourceType", type).text("id", id);
  }

  /** Closes the resource and its line. */
  void endResource() {
    end();
    if (depth != 0) {
      throw new IllegalStateException("a resource closed with " + depth + " elements open");
    }
    out.raw('\n');
  }

  /** {@code "meta":{"profile":[url]}}. */
  FhirJson profile(String url) {
    return object("meta").array("profile").textItem(url).end().end();
  }

  /** Opens {@code "name":{}}. */
  FhirJson object(String name) {
    name(name);
    return open('{', '}');
  }

  /** Opens {@code "name":[]}. */
  FhirJson array(String name) {
    name(name);
    return open('[', ']');
  }

  /** Opens an object as the next item of the open array. */
  FhirJson item() {
    comma();
    return open('{', '}');
  }

  /** Closes the innermost open object or array. */
  FhirJson end() {
    out.raw((char) closers[--depth]);
    return this;
  }

  /** A string member, left out when {@code value} is null. */
  FhirJson text(String name, String value) {
    return value == null ? this : fragment(TEXT, name, value, null, null);
  }

  /** A string as the next item of the open array. */
  FhirJson textItem(String value) {
    comma();
    out.string(value);
    return this;
  }

  /** A whole number as the next item of the open array. */
  FhirJson numberItem(long value) {
    comma();
    out.number(value);
    return this;
  }

  /** A date member, left out when {@code value} is null. */
  FhirJson date(String name, LocalDate value) {
    if (value != null) {
      name(name);
      out.date(value);
    }
    return this;
  }

  /** A whole number. */
  FhirJson number(String name, long value) {
    name(name);
    out.number(value);
    return this;
  }

  /** A decimal with exactly {@code decimals} decimals. */
  FhirJson decimal(String name, double value, int decimals) {
    name(name);
    out.decimal(value, decimals);
    return this;
  }

  /** A boolean. */
  FhirJson bool(String name, boolean value) {
    name(name);
    out.bool(value);
    return this;
  }

  /** A Money: {@code {"value":12.34,"currency":"USD"}}, exact from cents. */
  FhirJson money(String name, long cents) {
    name(name);
    out.raw(MONEY_OPEN).cents(cents).raw(MONEY_CLOSE);
    return this;
  }

  /** A Coding as the next item of the open array; {@code display} may be null. */
  FhirJson coding(String system, String code, String display) {
    return fragment(CODING_ITEM, system, code, display, null);
  }

  /** A Coding member: {@code "name":{"system":...,"code":...,"display":...}}. */
  FhirJson coding(String name, String system, String code, String display) {
    return fragment(CODING, name, system, code, display);
  }

  /** A CodeableConcept of one coding: {@code "name":{"coding":[...]}}. */
  FhirJson concept(String name, String system, String code, String display) {
    return fragment(CONCEPT, name, system, code, display);
  }

  /** A CodeableConcept of one coding as the next item of the open array. */
  FhirJson conceptItem(String system, String code, String display) {
    return fragment(CONCEPT_ITEM, system, code, display, null);
  }

  /**
   * A member or an item made from these strings (which ones, by {@code kind}): copied from {@link
   * Fragments} when kept, else written out and offered to it.
   */
  private FhirJson fragment(int kind, String a, String b, String c, String d) {
    comma();
    int slot = fragments.slot(kind, a, b, c, d);
    byte[] kept = fragments.kept(slot);
    if (kept != null) {
      out.raw(kept);
    } else {
      int from = out.size();
      writeOut(kind, a, b, c, d);
      fragments.keep(slot, kind, a, b, c, d, out, from);
    }
    return this;
  }

  private void writeOut(int kind, String a, String b, String c, String d) {
    switch (kind) {
      case TEXT -> out.fieldName(a).string(b);
      case CODING_ITEM -> codingObject(a, b, c);
      case CODING -> {
        out.fieldName(a);
        codingObject(b, c, d);
      }
      case CONCEPT -> {
        out.fieldName(a);
        conceptObject(b, c, d);
      }
      case CONCEPT_ITEM -> conceptObject(a, b, c);
      case REFERENCE -> out.fieldName(a).raw(REFERENCE_OPEN).string(b + "/" + c).raw('}');
      default -> throw new IllegalArgumentException("no fragment of kind " + kind);
    }
  }

  /** {@code {"coding":[{...}]}}, written out. */
  private void conceptObject(String system, String code, String display) {
    out.raw(CODING_OPEN);
    codingObject(system, code, display);
    out.raw(CONCEPT_CLOSE);
  }

  /** {@code {"system":...,"code":...,"display":...}} without the null members, written out. */
  private void codingObject(String system, String code, String display) {
    out.raw('{');
    boolean more = member(false, "system", system);
    more = member(more, "code", code);
    member(more, "display", display);
    out.raw('}');
  }

  private boolean member(boolean comma, String name, String value) {
    if (value == null) {
      return comma;
    }
    if (comma) {
      out.raw(',');
    }
    out.fieldName(name).string(value);
    return true;
  }

  /** A list of one CodeableConcept: {@code "name":[{"coding":[...]}]}. */
  FhirJson concepts(String name, String system, String code, String display) {
    return array(name).conceptItem(system, code, display).end();
  }

  /** A CodeableConcept of text alone, left out when {@code text} is null. */
  FhirJson conceptText(String name, String text) {
    return text == null ? this : object(name).text("text", text).end();
  }

  /** A Reference: {@code "name":{"reference":"Type/id"}}. */
  FhirJson reference(String name, String type, String id) {
    return fragment(REFERENCE, name, type, id, null);
  }

  /** A Reference as the next item of the open array. */
  FhirJson referenceItem(String type, String id) {
    return item().text("reference", type + "/" + id).end();
  }

  /** An Identifier: {@code "name":[{"system":...,"value":...}]}, left out when value is null. */
  FhirJson identifier(String system, String value) {
    if (value == null) {
      return this;
    }
    return array("identifier").item().text("system", system).text("value", value).end().end();
  }

  /** A Period; either end may be null. */
  FhirJson period(String name, LocalDate start, LocalDate end) {
    return object(name).date("start", start).date("end", end).end();
  }

  private FhirJson open(char opener, char closer) {
    if (depth == MAX_DEPTH) {
      throw new IllegalStateException("FHIR JSON nested deeper than " + MAX_DEPTH);
    }
    out.raw(opener);
    closers[depth] = (byte) closer;
    first[depth] = true;
    depth++;
    return this;
  }

  private void comma() {
    if (first[depth - 1]) {
      first[depth - 1] = false;
    } else {
      out.raw(',');
    }
  }

  private void name(String name) {
    comma();
    out.fieldName(name);
  }
}
