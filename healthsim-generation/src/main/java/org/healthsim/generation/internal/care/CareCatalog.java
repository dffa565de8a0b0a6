package org.healthsim.generation.internal.care;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The care programs ({@code programs/*.json}, listed in {@code programs/index.txt}) and the
 * baseline ({@code baseline.json}), read once.
 */
public final class CareCatalog {

  private static final String ROOT = "/org/healthsim/generation/internal/care/";
  private static final CareCatalog BUILT_IN = load();

  private final List<CareProgram> programs;
  private final JsonNode baseline;

  /**
   * {@link #programFor}'s answers by code: a cohort's codes are the few its profile names, asked
   * for at every entity's planning and tally.
   */
  private final Map<String, Optional<CareProgram>> byCode = new ConcurrentHashMap<>();

  private CareCatalog(List<CareProgram> programs, JsonNode baseline) {
    this.programs = List.copyOf(programs);
    this.baseline = baseline;
  }

  /** The built-in programs and baseline. */
  public static CareCatalog builtIn() {
    return BUILT_IN;
  }

  /** Every program, in the index's order. */
  public List<CareProgram> programs() {
    return programs;
  }

  /** The program with {@code id}, if there is one. */
  public Optional<CareProgram> program(String id) {
    return programs.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The program whose prefix matches {@code code} most specifically, if any. */
  public Optional<CareProgram> programFor(String code) {
    return byCode.computeIfAbsent(code, this::bestMatch);
  }

  private Optional<CareProgram> bestMatch(String code) {
    CareProgram best = null;
    int bestLength = 0;
    for (CareProgram p : programs) {
      int length = p.match(code);
      if (length > bestLength) {
        best = p;
        bestLength = length;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The baseline document. */
  JsonNode baseline() {
    return baseline;
  }

  private static CareCatalog load() {
    ObjectMapper mapper = new ObjectMapper();
    List<CareProgram> programs = new ArrayList<>();
    for (String file : text(ROOT + "programs/index.txt").split("\n")) {
      if (file.isBlank()) {
        continue;
      }
      JsonNode node = json(mapper, ROOT + "programs/" + file.trim());
      if (node.has("programs")) {
        node.get("programs").forEach(p -> programs.add(CareProgram.read(p)));
      } else {
        programs.add(CareProgram.read(node));
      }
    }
    return new CareCatalog(programs, json(mapper, ROOT + "baseline.json"));
  }

  private static JsonNode json(ObjectMapper mapper, String resource) {
    try {
      return mapper.readTree(text(resource));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static String text(String resource) {
    try (InputStream in = CareCatalog.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
