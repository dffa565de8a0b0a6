package org.healthsim.core.expression;

import java.util.Locale;

/** ICD-10 code comparison for {@code has_condition}: prefix match ignoring dots and case. */
public final class IcdCodes {

  private IcdCodes() {}

  /** The code without dots, upper case: {@code e11.9} becomes {@code E119}. */
  public static String compact(String code) {
    return code.replace(".", "").toUpperCase(Locale.ROOT);
  }

  /** True when {@code code} falls under {@code prefix} ({@code E11.9} under {@code E11}). */
  public static boolean matches(String code, String prefix) {
    return compact(code).startsWith(compact(prefix));
  }
}
