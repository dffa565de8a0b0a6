package org.healthsim.interchange.internal.sdtm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.healthsim.generation.records.DoseModification;
import org.healthsim.generation.records.TrialVisit;

/**
 * A subject's exposure to the study treatment as EX rows: from randomization (or, in a trial
 * without one, the first visit whose procedures give the study drug) to withdrawal or the last
 * visit, a row per stretch at one dose, split where a dose modification changes it. The treatment
 * is the randomized arm's ({@code PLACEBO} for a placebo arm), else {@code INVESTIGATIONAL
 * PRODUCT}; the dose is described by level ({@code DOSE LEVEL 1} at the start).
 */
final class Exposure {

  private Exposure() {}

  static void write(Course c, Rows out) {
    if (c.screenFailed()) {
      return;
    }
    LocalDate start = start(c);
    if (start == null) {
      return;
    }
    LocalDate end = c.lastDate(start);
    String treatment = treatment(c);
    List<DoseModification> changes = new ArrayList<>();
    for (DoseModification m : c.doseModifications) {
      if (m.date().isAfter(start) && !m.date().isAfter(end)) {
        changes.add(m);
      }
    }
    String dose = "DOSE LEVEL 1";
    String adjustment = null;
    LocalDate from = start;
    int seq = 0;
    for (DoseModification m : changes) {
      row(c, out, ++seq, treatment, dose, adjustment, from, m.date().minusDays(1));
      dose = "dose_hold".equals(m.modification()) ? "DOSE HELD" : "DOSE LEVEL " + m.doseLevel();
      adjustment = m.reason() == null ? null : m.reason().toUpperCase(Locale.ROOT);
      from = m.date();
    }
    row(c, out, ++seq, treatment, dose, adjustment, from, end);
  }

  private static void row(
      Course c,
      Rows out,
      int seq,
      String treatment,
      String dose,
      String adjustment,
      LocalDate from,
      LocalDate to) {
    out.start(Domain.EX)
        .text(c.study)
        .text("EX")
        .text(c.usubjid())
        .number(seq)
        .text(treatment)
        .text(dose)
        .text(adjustment)
        .date(from)
        .date(to)
        .end();
  }

  private static LocalDate start(Course c) {
    if (c.randomization != null) {
      return c.randomization.date();
    }
    for (TrialVisit v : c.visits) {
      for (String p : v.procedures()) {
        String lower = p.toLowerCase(Locale.ROOT);
        if (lower.contains("drug administration") || lower.contains("dosing")) {
          return v.date();
        }
      }
    }
    return null;
  }

  private static String treatment(Course c) {
    if (c.randomization == null) {
      return "INVESTIGATIONAL PRODUCT";
    }
    String arm = c.randomization.arm().toUpperCase(Locale.ROOT);
    return arm.contains("PLACEBO") ? "PLACEBO" : arm;
  }
}
