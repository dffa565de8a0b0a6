package org.healthsim.interchange.internal.sdtm;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthsim.generation.internal.providers.CsvLine;

/**
 * CDISC Controlled Terminology for the values SDTM rows carry (CDISC CT, SDTM package 2024-09-27):
 * SEX (C66731), RACE (C74457), ETHNIC (C66790), AESEV (C66769), AEOUT (C66768), DSDECOD (C66727 and
 * C114118), LBNRIND (C78736), and the LB and VS test codes of {@code tests.csv}.
 */
final class Terminology {

  /** A measurement's SDTM test: the domain it goes to, its code, name and (labs) category. */
  record Test(Domain domain, String code, String name, String category) {}

  private static final Map<String, Test> TESTS = new HashMap<>();

  static {
    for (List<String> row :
        CsvLine.rows(Terminology.class, "tests.csv", "loinc,domain,testcd,test,category,source")) {
      String category = row.get(4).isEmpty() ? null : row.get(4);
      TESTS.put(row.get(0), new Test(Domain.valueOf(row.get(1)), row.get(2), row.get(3), category));
    }
  }

  private Terminology() {}

  /**
   * The test of a LOINC code: as {@code tests.csv} lists it, else a lab test named by {@code
   * display} under a code made of its first letters and digits, upper case, at most 8 characters.
   */
  static Test test(String loinc, String display) {
    Test listed = TESTS.get(loinc);
    if (listed != null) {
      return listed;
    }
    String code = display.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    return new Test(Domain.LB, code.length() > 8 ? code.substring(0, 8) : code, display, null);
  }

  /** LBNRIND from a result's interpretation: HIGH, LOW or NORMAL; null when not interpreted. */
  static String rangeIndicator(String interpretation) {
    if (interpretation == null) {
      return null;
    }
    switch (interpretation) {
      case "H":
      case "HH":
        return "HIGH";
      case "L":
      case "LL":
        return "LOW";
      case "N":
        return "NORMAL";
      default:
        return null;
    }
  }

  /** SEX: F, M or U. */
  static String sex(String gender) {
    return "F".equals(gender) || "M".equals(gender) ? gender : "U";
  }

  /** RACE: the profile's label in upper case (the OMB categories are the codelist's), or null. */
  static String race(String label) {
    if (label == null) {
      return null;
    }
    String upper = label.toUpperCase(Locale.ROOT);
    return upper.equals("BLACK") ? "BLACK OR AFRICAN AMERICAN" : upper;
  }

  /** ETHNIC: HISPANIC OR LATINO, NOT HISPANIC OR LATINO, or NOT REPORTED. */
  static String ethnicity(String label) {
    if (label == null) {
      return "NOT REPORTED";
    }
    String l = label.toLowerCase(Locale.ROOT);
    if (l.startsWith("not") || l.startsWith("non")) {
      return "NOT HISPANIC OR LATINO";
    }
    return l.contains("hispanic") || l.contains("latino") ? "HISPANIC OR LATINO" : "NOT REPORTED";
  }

  /** AESEV from the CTCAE grade: 1 MILD, 2 MODERATE, 3 and above SEVERE. */
  static String severity(int grade) {
    return grade <= 1 ? "MILD" : grade == 2 ? "MODERATE" : "SEVERE";
  }

  /** AEOUT from the record's outcome. */
  static String outcome(String outcome) {
    if (outcome == null) {
      return "UNKNOWN";
    }
    switch (outcome) {
      case "recovered":
      case "resolved":
        return "RECOVERED/RESOLVED";
      case "recovering":
      case "resolving":
        return "RECOVERING/RESOLVING";
      case "not recovered":
      case "ongoing":
        return "NOT RECOVERED/NOT RESOLVED";
      case "recovered with sequelae":
        return "RECOVERED/RESOLVED WITH SEQUELAE";
      case "fatal":
        return "FATAL";
      default:
        return "UNKNOWN";
    }
  }

  /** DSDECOD of a withdrawal, from its type. */
  static String dispositionReason(String type) {
    if (type == null) {
      return "OTHER";
    }
    switch (type) {
      case "consent_withdrawn":
        return "WITHDRAWAL BY SUBJECT";
      case "adverse_event":
        return "ADVERSE EVENT";
      case "lost_to_follow_up":
        return "LOST TO FOLLOW-UP";
      case "physician_decision":
        return "PHYSICIAN DECISION";
      case "death":
        return "DEATH";
      case "protocol_deviation":
        return "PROTOCOL DEVIATION";
      default:
        return "OTHER";
    }
  }
}
