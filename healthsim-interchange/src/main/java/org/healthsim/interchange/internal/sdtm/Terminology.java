package org.healthsim.interchange.internal.sdtm;

import java.util.Locale;

/**
 * CDISC Controlled Terminology for the values SDTM rows carry (CDISC CT, SDTM package 2024-09-27):
 * SEX (C66731), RACE (C74457), ETHNIC (C66790), AESEV (C66769), AEOUT (C66768), DSDECOD (C66727 and
 * C114118).
 */
final class Terminology {

  private Terminology() {}

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
