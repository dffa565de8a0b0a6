package org.healthsim.generation.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.healthsim.core.reader.SpecReader;
import org.healthsim.core.spec.JourneySpecification;

/**
 * The built-in journey templates (JSON resources), the framework guide's {@code
 * get_journey_template} and {@code JOURNEY_TEMPLATES}. Templates are immutable records: using one
 * never changes it for the next caller (the original's templates were mutated by use).
 */
public final class JourneyTemplates {

  /**
   * Every built-in journey template, the framework guide's five first; named like {@link
   * ProfileTemplates#NAMES}.
   */
  public static final List<String> NAMES =
      List.of(
          "diabetic-first-year",
          "new-member-onboarding",
          "surgical-episode",
          "hf-exacerbation",
          "oncology-treatment-cycle",
          "phase3-pivotal-subject",
          "trial-safety-monitoring",
          "phase1-dose-escalation",
          "year-of-care",
          "maternity-care",
          "pediatric-care");

  /** {@link #NAMES} under the framework guide's name. */
  public static final List<String> JOURNEY_TEMPLATES = NAMES;

  private static final Map<String, JourneySpecification> CACHE = new ConcurrentHashMap<>();

  private JourneyTemplates() {}

  /** {@link #get} under the framework guide's name, {@code get_journey_template}. */
  public static JourneySpecification getJourneyTemplate(String name) {
    return get(name);
  }

  /**
   * The template called {@code name}, as {@link ProfileTemplates#get} for profiles.
   *
   * @throws IllegalArgumentException naming the known templates when there is none by that name
   */
  public static JourneySpecification get(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no journey template '" + name + "'; known: " + String.join(", ", NAMES)));
  }

  /** The template called {@code name}, if there is one. */
  public static Optional<JourneySpecification> find(String name) {
    if (!NAMES.contains(name)) {
      return Optional.empty();
    }
    return Optional.of(
        CACHE.computeIfAbsent(
            name, n -> SpecReader.journeyFromString(text(n), "journey template " + n)));
  }

  /** The JSON text of template {@code name}, as shipped. */
  public static String text(String name) {
    try (InputStream in =
        JourneyTemplates.class.getResourceAsStream(
            "/org/healthsim/generation/templates/journeys/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("no journey template '" + name + "'");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read journey template " + name, e);
    }
  }
}
