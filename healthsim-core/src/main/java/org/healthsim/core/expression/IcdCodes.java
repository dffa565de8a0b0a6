package org.healthsim.core.expression;

import java.util.Locale;

/** ICD-10 code comparison for {@code has_condition}: prefix match ignoring dots and case. */
public final class IcdCodes {

  private IcdCodes() {}

  /** The code without dots, upper case: {@code e11.9} becomes {@code E119}. */
  public static String compact(String code) {
    return code.replace(".", "").toUpperCase(Locale.ROOT);
  }

  /**
   * True when {@code code} falls under {@code prefix} ({@code E11.9} under {@code E11}), ignoring
   * dots and case. Allocates nothing: it runs for every condition of every entity a {@code
   * has_condition} is tested on.
   */
  public static boolean matches(String code, String prefix) {
    int i = 0;
    for (int j = 0; j < prefix.length(); j++) {
      char p = prefix.charAt(j);
      if (p == '.') {
        continue;
      }
      while (i < code.length() && code.charAt(i) == '.') {
        i++;
      }
      if (i == code.length() || Character.toUpperCase(code.charAt(i)) != Character.toUpperCase(p)) {
        return false;
      }
      i++;
    }
    return true;
  }
}
