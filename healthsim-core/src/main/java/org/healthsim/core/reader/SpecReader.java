package org.healthsim.core.reader;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.healthsim.core.spec.DistributionSpec;
import org.healthsim.core.spec.EventDefinition;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.core.validation.Problem;
import org.healthsim.core.validation.Problems;
import org.healthsim.core.validation.SpecValidationException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads specifications from JSON or YAML, strictly.
 *
 * <pre>{@code
 * ProfileSpecification profile = SpecReader.readProfile(Path.of("medicare-diabetic.json"));
 * JourneySpecification journey = SpecReader.journeyFromString(json);
 * DistributionSpec age = SpecReader.distributionFromMap(
 *     Map.of("type", "normal", "mean", 45, "std_dev", 15));
 * }</pre>
 *
 * <p>Every method either returns a valid record or throws {@link SpecValidationException} listing
 * every problem in the document, each with its JSON path: syntax errors with their line and column,
 * unknown keys with the key probably meant, broken rules with the value and the rule. A profile or
 * journey may be wrapped as {@code {"profile": {...}}} or {@code {"journey": {...}}}.
 *
 * <p>Stateless and thread-safe.
 */
public final class SpecReader {

  /** The text formats specifications are written in. */
  public enum Format {
    JSON,
    YAML;

    /** The format a file name implies: YAML for {@code .yaml} and {@code .yml}, else JSON. */
    public static Format of(Path file) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      return name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON;
    }

    /** JSON when the text starts with '{' or '[', else YAML. */
    public static Format sniff(String text) {
      String start = text.stripLeading();
      return start.startsWith("{") || start.startsWith("[") ? JSON : YAML;
    }
  }

  /**
   * The largest spec a reader takes: {@value} bytes (4 MiB) of a file, or characters of a text. The
   * largest built-in spec is under 25 KB; a spec near the limit is generated, not written.
   */
  public static final int MAX_SPEC_SIZE = 4 * 1024 * 1024;

  // NaN and Infinity are let through the parser so that the rules can name the field they are in.
  private static final ObjectMapper JSON =
      strict(JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build());
  private static final ObjectMapper YAML =
      strict(new ObjectMapper(YAMLFactory.builder().loaderOptions(yamlLimits()).build()));

  private SpecReader() {}

  /** SnakeYAML's own size limit raised to ours, so that ours is the one a user meets. */
  private static LoaderOptions yamlLimits() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_SPEC_SIZE);
    return options;
  }

  private static ObjectMapper strict(ObjectMapper mapper) {
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    return mapper;
  }

  /** Reads a profile from a {@code .json}, {@code .yaml} or {@code .yml} file. */
  public static ProfileSpecification readProfile(Path file) throws IOException {
    return readFile(file, ProfileReader::read, "profile");
  }

  /** Reads a profile from JSON or YAML text. */
  public static ProfileSpecification profileFromString(String text) {
    return profileFromString(text, null);
  }

  /**
   * Reads a profile from JSON or YAML text.
   *
   * @param source what the text is (a file or template name), named in errors; may be null
   */
  public static ProfileSpecification profileFromString(String text, String source) {
    return parse(tree(text, Format.sniff(text), source), ProfileReader::read, "profile", source);
  }

  /** Reads a profile from nested maps and lists, as the framework guide's dictionaries. */
  public static ProfileSpecification profileFromMap(Map<String, ?> map) {
    return parse(JSON.valueToTree(ordered(map)), ProfileReader::read, "profile", null);
  }

  /** Reads a journey from a {@code .json}, {@code .yaml} or {@code .yml} file. */
  public static JourneySpecification readJourney(Path file) throws IOException {
    return readFile(file, JourneyReader::read, "journey");
  }

  /** Reads a journey from JSON or YAML text. */
  public static JourneySpecification journeyFromString(String text) {
    return journeyFromString(text, null);
  }

  /**
   * Reads a journey from JSON or YAML text.
   *
   * @param source what the text is, named in errors; may be null
   */
  public static JourneySpecification journeyFromString(String text, String source) {
    return parse(tree(text, Format.sniff(text), source), JourneyReader::read, "journey", source);
  }

  /** Reads a journey from nested maps and lists. */
  public static JourneySpecification journeyFromMap(Map<String, ?> map) {
    return parse(JSON.valueToTree(ordered(map)), JourneyReader::read, "journey", null);
  }

  /** Reads one event definition from JSON or YAML text. */
  public static EventDefinition eventFromString(String text) {
    return parse(tree(text, Format.sniff(text), null), JourneyReader::event, null, null);
  }

  /** Reads one event definition from nested maps and lists. */
  public static EventDefinition eventFromMap(Map<String, ?> map) {
    return parse(JSON.valueToTree(ordered(map)), JourneyReader::event, null, null);
  }

  /** Reads a distribution from JSON or YAML text, such as {@code {"type": "normal", ...}}. */
  public static DistributionSpec distributionFromString(String text) {
    return parse(tree(text, Format.sniff(text), null), DistributionReader::read, null, null);
  }

  /** Reads a distribution from a map, as the framework guide's {@code create_distribution}. */
  public static DistributionSpec distributionFromMap(Map<String, ?> map) {
    return parse(JSON.valueToTree(ordered(map)), DistributionReader::read, null, null);
  }

  /** {@code value} with every map that has no order of its own put in key order. */
  private static Object ordered(Object value) {
    if (value instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) value;
      Map<String, Object> copy =
          map instanceof LinkedHashMap || map instanceof SortedMap
              ? new LinkedHashMap<>()
              : new TreeMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), ordered(v)));
      return copy;
    }
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      ((List<?>) value).forEach(v -> copy.add(ordered(v)));
      return copy;
    }
    return value;
  }

  private interface NodeReader<T> {
    T read(JsonNode node, String path, Problems problems);
  }

  private static <T> T readFile(Path file, NodeReader<T> reader, String wrapper)
      throws IOException {
    String source = file.toString();
    long size = Files.size(file);
    if (size > MAX_SPEC_SIZE) {
      throw tooLarge(source, size + " bytes");
    }
    byte[] bytes;
    try (java.io.InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_SPEC_SIZE + 1); // a device or pipe has no size to check first
    }
    if (bytes.length > MAX_SPEC_SIZE) {
      throw tooLarge(source, "more than " + MAX_SPEC_SIZE + " bytes");
    }
    String text = utf8(bytes, source);
    return parse(tree(text, Format.of(file), source), reader, wrapper, source);
  }

  private static <T> T parse(JsonNode root, NodeReader<T> reader, String wrapper, String source) {
    Problems problems = new Problems();
    String path = "";
    if (wrapper != null && root instanceof ObjectNode && root.has(wrapper)) {
      for (String key : (Iterable<String>) root::fieldNames) {
        if (!key.equals(wrapper)) {
          problems.add(key, "unknown key beside '" + wrapper + "'");
        }
      }
      root = root.get(wrapper);
      path = wrapper;
    }
    T result = reader.read(root, path, problems);
    problems.throwIfAny(source);
    return result;
  }

  /**
   * {@code bytes} as UTF-8 text, without a byte-order mark (which Windows editors write); a file in
   * another encoding is named with the offset of its first byte that is not UTF-8.
   */
  static String utf8(byte[] bytes, String source) {
    int start = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      start = 3;
    } else if (bytes.length >= 2
        && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
            || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
      throw new SpecValidationException(
          source,
          List.of(Problem.at("", "the file is UTF-16 (a byte-order mark); save it as UTF-8")));
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(in)
          .toString();
    } catch (CharacterCodingException e) {
      int offset = in.position();
      int line = 1;
      for (int i = 0; i < offset; i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new SpecValidationException(
          source,
          List.of(
              Problem.at(
                  "",
                  String.format(
                      "not UTF-8: byte 0x%02X at offset %d (line %d); save the file as UTF-8",
                      bytes[offset] & 0xff, offset, line))));
    }
  }

  private static SpecValidationException tooLarge(String source, String size) {
    return new SpecValidationException(
        source,
        List.of(
            Problem.at(
                "",
                "the spec is "
                    + size
                    + ", beyond the limit of "
                    + MAX_SPEC_SIZE
                    + " (4 MiB) that a spec may have")));
  }

  private static JsonNode tree(String text, Format format, String source) {
    if (text.length() > MAX_SPEC_SIZE) {
      throw tooLarge(source, text.length() + " characters");
    }
    ObjectMapper mapper = format == Format.YAML ? YAML : JSON;
    try {
      if (format == Format.YAML) {
        refuseAliasesAndTags(text, source);
      }
      JsonNode node = mapper.readTree(text);
      if (node == null || node.isMissingNode() || node.isNull()) {
        throw new SpecValidationException(source, List.of(Problem.at("", "the document is empty")));
      }
      return node;
    } catch (JsonProcessingException e) {
      String where = where(e.getLocation());
      String reason = e.getOriginalMessage().lines().findFirst().orElse("malformed " + format);
      if (reason.startsWith("Trailing token")) {
        throw new SpecValidationException(
            source,
            List.of(
                Problem.at(
                    "",
                    where
                        + (format == Format.YAML
                            ? "a second YAML document; a spec file holds one document"
                            : "content after the end of the JSON document"))));
      }
      throw new SpecValidationException(
          source, List.of(Problem.at("", where + "malformed " + format + ": " + reason)));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // text in memory: not expected
    }
  }

  private static String where(com.fasterxml.jackson.core.JsonLocation location) {
    return location == null
        ? ""
        : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
  }

  /**
   * Refuses a YAML alias ({@code *name}, and with it a merge key {@code <<: *name}) and an explicit
   * tag ({@code !!str}, {@code !Custom}) by name and place. The tree reader would otherwise take an
   * alias for the text of its name and drop a tag, so the spec would say something the user did not
   * write.
   */
  private static void refuseAliasesAndTags(String text, String source) throws IOException {
    try (YAMLParser parser = (YAMLParser) YAML.getFactory().createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        String problem = null;
        if (parser.isCurrentAlias()) {
          problem =
              "the YAML alias *"
                  + parser.getText()
                  + " is not supported (nor merge keys); write the value out in full";
        } else if (parser.getTypeId() != null) {
          String tag = parser.getTypeId();
          String standard = "tag:yaml.org,2002:";
          tag = tag.startsWith(standard) ? "!!" + tag.substring(standard.length()) : "!" + tag;
          problem = "the YAML tag " + tag + " is not supported; remove it";
        }
        if (problem != null) {
          throw new SpecValidationException(
              source, List.of(Problem.at("", where(parser.currentTokenLocation()) + problem)));
        }
      }
    }
  }
}
