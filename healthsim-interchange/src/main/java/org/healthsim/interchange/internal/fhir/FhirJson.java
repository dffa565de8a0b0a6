package org.healthsim.interchange.internal.fhir;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
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

  private final JsonBytes out;
  private final Map<String, byte[]> names = new HashMap<>();
  private final byte[] closers = new byte[MAX_DEPTH];
  private final boolean[] first = new boolean[MAX_DEPTH];
  private int depth;

  FhirJson(JsonBytes out) {
    this.out = out;
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
    if (value != null) {
      name(name);
      out.string(value);
    }
    return this;
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
    object(name);
    name("value");
    out.cents(cents);
    return text("currency", "USD").end();
  }

  /** A Coding as the next item of the open array; {@code display} may be null. */
  FhirJson coding(String system, String code, String display) {
    return item().text("system", system).text("code", code).text("display", display).end();
  }

  /** A Coding member: {@code "name":{"system":...,"code":...,"display":...}}. */
  FhirJson coding(String name, String system, String code, String display) {
    return object(name).text("system", system).text("code", code).text("display", display).end();
  }

  /** A CodeableConcept of one coding: {@code "name":{"coding":[...]}}. */
  FhirJson concept(String name, String system, String code, String display) {
    return object(name).array("coding").coding(system, code, display).end().end();
  }

  /** A CodeableConcept of one coding as the next item of the open array. */
  FhirJson conceptItem(String system, String code, String display) {
    return item().array("coding").coding(system, code, display).end().end();
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
    return object(name).text("reference", type + "/" + id).end();
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
    byte[] encoded = names.get(name);
    if (encoded == null) {
      encoded = ("\"" + name + "\":").getBytes(StandardCharsets.UTF_8);
      names.put(name, encoded);
    }
    out.raw(encoded);
  }
}
