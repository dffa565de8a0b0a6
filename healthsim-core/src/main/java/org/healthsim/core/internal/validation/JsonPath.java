package org.healthsim.core.internal.validation;

import java.util.regex.Pattern;

/** Builds the JSON paths that problems carry: {@code a.b[0].c} and {@code weights["0-17"]}. */
public final class JsonPath {

  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private JsonPath() {}

  /** The path of {@code key} inside the object at {@code parent}. */
  public static String key(String parent, String key) {
    if (PLAIN_KEY.matcher(key).matches()) {
      return parent.isEmpty() ? key : parent + "." + key;
    }
    return parent + "[\"" + key.replace("\"", "\\\"") + "\"]";
  }

  /** The path of element {@code index} of the array at {@code parent}. */
  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** {@code child}, a path relative to {@code parent}, made absolute. */
  public static String join(String parent, String child) {
    if (parent.isEmpty()) {
      return child;
    }
    if (child.isEmpty()) {
      return parent;
    }
    return child.startsWith("[") ? parent + child : parent + "." + child;
  }
}
