package org.healthsim.generation.person;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.datafaker.Faker;

/**
 * The lists of strings in one section of a Datafaker locale file, such as {@code en/name.yml}'s
 * {@code en.faker.name.male_first_name}, read line by line. Those files write each list as a block
 * sequence of double-quoted strings ({@code - "Aaron"}, six spaces in); reading that form takes a
 * few milliseconds where a YAML parser, cold at a run's start, took a quarter of a second. A list
 * in any other form (escapes, plain scalars) is not guessed at: asking for it fails, naming the
 * file and line, and PersonDataTest compares every list with Datafaker's own service.
 */
final class FakerLists {

  private static final String KEY_INDENT = "      ";
  private static final String ITEM = KEY_INDENT + "- \"";

  private final String file;
  private final Map<String, List<String>> lists = new HashMap<>();
  private final Map<String, String> unreadable = new HashMap<>();

  private FakerLists(String file) {
    this.file = file;
  }

  /** The lists of {@code locale.faker.section} in Datafaker's {@code file}. */
  static FakerLists read(String file, String locale, String section) {
    FakerLists read = new FakerLists(file);
    String[] header = {locale + ":", "  faker:", "    " + section + ":"};
    int matched = 0;
    String key = null;
    String[] lines = text(file).split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line =
          lines[n].endsWith("\r") ? lines[n].substring(0, lines[n].length() - 1) : lines[n];
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      if (matched < header.length) {
        // The path to the section, one level (two spaces) at a time; other keys are passed over.
        int level = (line.length() - line.stripLeading().length()) / 2;
        if (level <= matched) {
          matched = line.equals(header[level]) ? level + 1 : level;
        }
        continue;
      }
      if (!line.startsWith(KEY_INDENT)) {
        break;
      }
      if (line.startsWith(ITEM) && key != null) {
        read.item(key, line, n + 1);
      } else if (!line.startsWith(KEY_INDENT + " ") && !line.startsWith(KEY_INDENT + "-")) {
        int colon = line.indexOf(':');
        boolean list = colon > 0 && line.substring(colon + 1).isBlank();
        key = list ? line.substring(KEY_INDENT.length(), colon) : null;
        if (list) {
          read.lists.put(key, new ArrayList<>());
        }
      } else if (key != null) {
        read.unreadable.putIfAbsent(key, "line " + (n + 1));
      }
    }
    if (matched < header.length) {
      throw new IllegalStateException(
          "Datafaker's " + file + " has no section " + locale + ".faker." + section);
    }
    return read;
  }

  /** The list under {@code key}, in the file's order. */
  List<String> get(String key) {
    if (unreadable.containsKey(key)) {
      throw new IllegalStateException(
          "Datafaker's "
              + file
              + ", "
              + unreadable.get(key)
              + ": the list "
              + key
              + " is not a list of plain double-quoted strings; see PersonDataTest");
    }
    List<String> list = lists.get(key);
    if (list == null) {
      throw new IllegalStateException("Datafaker's " + file + " has no list " + key);
    }
    return List.copyOf(list);
  }

  private void item(String key, String line, int number) {
    String inside =
        line.length() > ITEM.length() && line.endsWith("\"")
            ? line.substring(ITEM.length(), line.length() - 1)
            : null;
    if (inside != null && inside.indexOf('"') < 0 && inside.indexOf('\\') < 0) {
      lists.get(key).add(inside);
    } else {
      unreadable.putIfAbsent(key, "line " + number);
    }
  }

  private static String text(String file) {
    return new String(bytes(file), StandardCharsets.UTF_8);
  }

  /** One of Datafaker's data files, read whole from its jar. */
  static byte[] bytes(String file) {
    try (InputStream in = Faker.class.getClassLoader().getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("Datafaker's " + file + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Datafaker's " + file, e);
    }
  }
}
