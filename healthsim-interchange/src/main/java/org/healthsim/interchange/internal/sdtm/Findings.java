package org.healthsim.interchange.internal.sdtm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.healthsim.generation.records.LabResult;
import org.healthsim.generation.records.Observation;

/**
 * A subject's measurements in the trial journey as findings rows: lab results in LB with their
 * reference ranges; observed vital signs in VS (a blood pressure panel, {@code 132/84}, as a SYSBP
 * and a DIABP row); other observed measurements in LB. Test codes from {@link Terminology#test};
 * the visit number of the protocol visit on the same day.
 */
final class Findings {

  private static final String BLOOD_PRESSURE_PANEL = "85354-9";

  private Findings() {}

  static void write(Course c, Rows out) {
    int lbSeq = 0;
    int vsSeq = 0;
    for (LabResult r : c.labs) {
      String value = plain(r.value(), r.decimals());
      lab(
          c,
          out,
          ++lbSeq,
          Terminology.test(r.loinc(), r.display()),
          r.loinc(),
          value,
          r.unit(),
          plain(r.referenceLow(), r.decimals()),
          plain(r.referenceHigh(), r.decimals()),
          Terminology.rangeIndicator(r.interpretation()),
          r.date());
    }
    for (Observation o : c.observations) {
      if (BLOOD_PRESSURE_PANEL.equals(o.loinc()) && o.value().contains("/")) {
        String[] parts = o.value().split("/", 2);
        vital(c, out, ++vsSeq, Terminology.test("8480-6", "Systolic"), "8480-6", parts[0], o);
        vital(c, out, ++vsSeq, Terminology.test("8462-4", "Diastolic"), "8462-4", parts[1], o);
        continue;
      }
      Terminology.Test test = Terminology.test(o.loinc(), o.display());
      if (test.domain() == Domain.VS) {
        vital(c, out, ++vsSeq, test, o.loinc(), o.value(), o);
      } else {
        lab(c, out, ++lbSeq, test, o.loinc(), o.value(), o.unit(), null, null, null, o.date());
      }
    }
  }

  private static void lab(
      Course c,
      Rows out,
      int seq,
      Terminology.Test test,
      String loinc,
      String value,
      String unit,
      String low,
      String high,
      String indicator,
      java.time.LocalDate date) {
    out.start(Domain.LB)
        .text(c.study)
        .text("LB")
        .text(c.usubjid())
        .number(seq)
        .text(test.code())
        .text(test.name())
        .text(test.category())
        .text(value)
        .text(unit)
        .decimal(low)
        .decimal(high)
        .decimal(value)
        .text(unit)
        .text(indicator)
        .text(loinc)
        .number(c.visitNumber(date))
        .date(date)
        .end();
  }

  private static void vital(
      Course c,
      Rows out,
      int seq,
      Terminology.Test test,
      String loinc,
      String value,
      Observation o) {
    out.start(Domain.VS)
        .text(c.study)
        .text("VS")
        .text(c.usubjid())
        .number(seq)
        .text(test.code())
        .text(test.name())
        .text(value)
        .text(o.unit())
        .decimal(value)
        .text(o.unit())
        .text(loinc)
        .number(c.visitNumber(o.date()))
        .date(o.date())
        .end();
  }

  /** A measurement at its precision, as plain text. */
  private static String plain(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }
}
