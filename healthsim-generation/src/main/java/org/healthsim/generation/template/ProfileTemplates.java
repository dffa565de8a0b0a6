package org.healthsim.generation.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.ProfileSpecification;

/**
 * The built-in profile templates, each a JSON resource read with the same strict reader as user
 * specs:
 *
 * <pre>{@code
 * ProfileSpecification spec = ProfileTemplates.get("medicare-diabetic");
 * }</pre>
 */
public final class ProfileTemplates {

  /** Every built-in profile template, in the framework guide's order. */
  public static final List<String> NAMES =
      List.of(
          "medicare-diabetic",
          "commercial-healthy",
          "medicaid-pediatric",
          "medicare-advantage-complex",
          "commercial-maternity");

  private ProfileTemplates() {}

  /**
   * The template called {@code name}.
   *
   * @throws IllegalArgumentException naming the known templates when there is none by that name
   */
  public static ProfileSpecification get(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no profile template '" + name + "'; known: " + String.join(", ", NAMES)));
  }

  /** The template called {@code name}, if there is one. */
  public static Optional<ProfileSpecification> find(String name) {
    if (!NAMES.contains(name)) {
      return Optional.empty();
    }
    return Optional.of(SpecReader.profileFromString(text(name), "template " + name));
  }

  /** The JSON text of template {@code name}, as shipped. */
  public static String text(String name) {
    String resource = "profiles/" + name + ".json";
    try (InputStream in =
        ProfileTemplates.class.getResourceAsStream(
            "/org/healthsim/generation/templates/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no profile template '" + name + "'");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template " + name, e);
    }
  }
}
