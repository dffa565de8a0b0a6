package org.healthsim.generation.internal.care;

import java.util.concurrent.ConcurrentHashMap;

/**
 * An event id or name the planner builds from a code ({@code lab/a1c/order}, {@code Lab order
 * a1c}), made once per code and shared by every plan: a year of care plans about a hundred events
 * from a few hundred distinct texts, so one string object goes to the timeline's maps, whose hash
 * it keeps, and to the event's line, which writes it from bytes remembered by identity. The codes
 * come from the catalogs and the profile, so the texts are bounded. Safe to share between threads.
 */
final class PlanText {

  static final PlanText LAB_ORDER_ID = new PlanText("lab/", "/order");
  static final PlanText LAB_ORDER_NAME = new PlanText("Lab order ", "");
  static final PlanText LAB_RESULT_ID = new PlanText("lab/", "/result");
  static final PlanText LAB_RESULT_NAME = new PlanText("Lab result ", "");
  static final PlanText RX_ORDER_ID = new PlanText("rx/", "/order");
  static final PlanText RX_FILL_ID = new PlanText("rx/", "/fill");
  static final PlanText DIAGNOSIS_ID = new PlanText("", "/dx");
  static final PlanText DIAGNOSIS_NAME = new PlanText("Diagnosis ", "");
  static final PlanText ADMISSION_DIAGNOSIS_ID = new PlanText("admission/dx/", "");
  static final PlanText FOLLOW_UP_NAME = new PlanText("", " follow-up");
  static final PlanText SPECIALIST_ID = new PlanText("specialist/", "");
  static final PlanText SPECIALIST_VISIT_NAME = new PlanText("", " specialist visit");
  static final PlanText PROCEDURE_ID = new PlanText("procedure/", "");
  static final PlanText PROCEDURE_NAME = new PlanText("Procedure ", "");

  private final String prefix;
  private final String suffix;
  private final ConcurrentHashMap<String, String> made = new ConcurrentHashMap<>();

  private PlanText(String prefix, String suffix) {
    this.prefix = prefix;
    this.suffix = suffix;
  }

  /** {@code prefix + code + suffix}, the same object for the same code. */
  String of(String code) {
    String text = made.get(code);
    return text != null ? text : made.computeIfAbsent(code, c -> prefix + c + suffix);
  }
}
