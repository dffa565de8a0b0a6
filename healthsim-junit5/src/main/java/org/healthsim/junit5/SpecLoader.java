package org.healthsim.junit5;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.core.validation.SpecValidationException;
import org.healthsim.generation.template.JourneyTemplates;
import org.healthsim.generation.template.ProfileTemplates;

/** Reads a fixture's profile or journey: a built-in template, else a spec on the classpath. */
final class SpecLoader {

  private final ClassLoader classLoader;
  private final String where;

  /**
   * @param classLoader the test class's, to find spec resources
   * @param where the fixture, named in errors
   */
  SpecLoader(ClassLoader classLoader, String where) {
    this.classLoader = classLoader;
    this.where = where;
  }

  ProfileSpecification profile(String name) {
    return load(
        "profile",
        name,
        ProfileTemplates::find,
        ProfileTemplates.NAMES,
        SpecReader::profileFromString);
  }

  JourneySpecification journey(String name) {
    return load(
        "journey",
        name,
        JourneyTemplates::find,
        JourneyTemplates.JOURNEY_TEMPLATES,
        SpecReader::journeyFromString);
  }

  private <T> T load(
      String kind,
      String name,
      Function<String, Optional<T>> template,
      List<String> templates,
      BiFunction<String, String, T> reader) {
    Optional<T> builtIn = template.apply(name);
    if (builtIn.isPresent()) {
      return builtIn.get();
    }
    String resource = name.startsWith("/") ? name.substring(1) : name;
    String text;
    try (InputStream in = classLoader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new FixtureException(
            where
                + ": "
                + kind
                + " "
                + name
                + " is neither a built-in template ("
                + String.join(", ", templates)
                + ") nor a resource on the test classpath");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    try {
      return reader.apply(text, resource);
    } catch (SpecValidationException e) {
      throw new FixtureException(where + ": " + e.getMessage());
    }
  }
}
