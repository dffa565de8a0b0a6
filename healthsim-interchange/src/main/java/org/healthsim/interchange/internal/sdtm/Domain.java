package org.healthsim.interchange.internal.sdtm;

import java.util.List;

/**
 * The SDTM domains written, each with its variables in SDTMIG 3.4 order (name, label, Dataset-JSON
 * data type): the subject's demographics (DM), disposition (DS), subject visits (SV), adverse
 * events (AE), exposure to the study treatment (EX), laboratory results (LB) and vital signs (VS).
 */
enum Domain {
  DM(
      "Demographics",
      List.of(
          col("STUDYID", "Study Identifier"),
          col("DOMAIN", "Domain Abbreviation"),
          col("USUBJID", "Unique Subject Identifier"),
          col("SUBJID", "Subject Identifier for the Study"),
          col("RFSTDTC", "Subject Reference Start Date/Time"),
          col("RFENDTC", "Subject Reference End Date/Time"),
          col("SITEID", "Study Site Identifier"),
          col("BRTHDTC", "Date/Time of Birth"),
          integer("AGE", "Age"),
          col("AGEU", "Age Units"),
          col("SEX", "Sex"),
          col("RACE", "Race"),
          col("ETHNIC", "Ethnicity"),
          col("ARMCD", "Planned Arm Code"),
          col("ARM", "Description of Planned Arm"),
          col("ACTARMCD", "Actual Arm Code"),
          col("ACTARM", "Description of Actual Arm"),
          col("COUNTRY", "Country"))),
  DS(
      "Disposition",
      List.of(
          col("STUDYID", "Study Identifier"),
          col("DOMAIN", "Domain Abbreviation"),
          col("USUBJID", "Unique Subject Identifier"),
          integer("DSSEQ", "Sequence Number"),
          col("DSTERM", "Reported Term for the Disposition Event"),
          col("DSDECOD", "Standardized Disposition Term"),
          col("DSCAT", "Category for Disposition Event"),
          col("DSSTDTC", "Start Date/Time of Disposition Event"))),
  SV(
      "Subject Visits",
      List.of(
          col("STUDYID", "Study Identifier"),
          col("DOMAIN", "Domain Abbreviation"),
          col("USUBJID", "Unique Subject Identifier"),
          integer("VISITNUM", "Visit Number"),
          col("VISIT", "Visit Name"),
          col("SVSTDTC", "Start Date/Time of Visit"),
          col("SVENDTC", "End Date/Time of Visit"))),
  AE(
      "Adverse Events",
      List.of(
          col("STUDYID", "Study Identifier"),
          col("DOMAIN", "Domain Abbreviation"),
          col("USUBJID", "Unique Subject Identifier"),
          integer("AESEQ", "Sequence Number"),
          col("AESPID", "Sponsor-Defined Identifier"),
          col("AETERM", "Reported Term for the Adverse Event"),
          col("AEDECOD", "Dictionary-Derived Term"),
          col("AEPTCD", "Preferred Term Code"),
          col("AESEV", "Severity/Intensity"),
          col("AETOXGR", "Standard Toxicity Grade"),
          col("AESER", "Serious Event"),
          col("AEREL", "Causality"),
          col("AEOUT", "Outcome of Adverse Event"),
          col("AESTDTC", "Start Date/Time of Adverse Event"))),
  EX(
      "Exposure",
      List.of(
          col("STUDYID", "Study Identifier"),
          col("DOMAIN", "Domain Abbreviation"),
          col("USUBJID", "Unique Subject Identifier"),
          integer("EXSEQ", "Sequence Number"),
          col("EXTRT", "Name of Treatment"),
          col("EXDOSTXT", "Dose Description"),
          col("EXADJ", "Reason for Dose Adjustment"),
          col("EXSTDTC", "Start Date/Time of Treatment"),
          col("EXENDTC", "End Date/Time of Treatment"))),
  LB(
      "Laboratory Test Results",
      List.of(
          col("STUDYID", "Study Identifier"),
          col("DOMAIN", "Domain Abbreviation"),
          col("USUBJID", "Unique Subject Identifier"),
          integer("LBSEQ", "Sequence Number"),
          col("LBTESTCD", "Lab Test or Examination Short Name"),
          col("LBTEST", "Lab Test or Examination Name"),
          col("LBCAT", "Category for Lab Test"),
          col("LBORRES", "Result or Finding in Original Units"),
          col("LBORRESU", "Original Units"),
          real("LBORNRLO", "Reference Range Lower Limit in Orig Unit"),
          real("LBORNRHI", "Reference Range Upper Limit in Orig Unit"),
          real("LBSTRESN", "Numeric Result/Finding in Standard Units"),
          col("LBSTRESU", "Standard Units"),
          col("LBNRIND", "Reference Range Indicator"),
          col("LBLOINC", "LOINC Code"),
          integer("VISITNUM", "Visit Number"),
          col("LBDTC", "Date/Time of Specimen Collection"))),
  VS(
      "Vital Signs",
      List.of(
          col("STUDYID", "Study Identifier"),
          col("DOMAIN", "Domain Abbreviation"),
          col("USUBJID", "Unique Subject Identifier"),
          integer("VSSEQ", "Sequence Number"),
          col("VSTESTCD", "Vital Signs Test Short Name"),
          col("VSTEST", "Vital Signs Test Name"),
          col("VSORRES", "Result or Finding in Original Units"),
          col("VSORRESU", "Original Units"),
          real("VSSTRESN", "Numeric Result/Finding in Standard Units"),
          col("VSSTRESU", "Standard Units"),
          col("VSLOINC", "LOINC Code"),
          integer("VISITNUM", "Visit Number"),
          col("VSDTC", "Date/Time of Measurements")));

  /** A variable: its name, label and Dataset-JSON data type. */
  record Column(String name, String label, String dataType) {}

  final String label;
  final List<Column> columns;

  Domain(String label, List<Column> columns) {
    this.label = label;
    this.columns = columns;
  }

  /** The Dataset-JSON file: {@code DM.json}. */
  String jsonFile() {
    return name() + ".json";
  }

  /** The CSV file: {@code DM.csv}. */
  String csvFile() {
    return name() + ".csv";
  }

  private static Column col(String name, String label) {
    return new Column(name, label, "string");
  }

  private static Column integer(String name, String label) {
    return new Column(name, label, "integer");
  }

  private static Column real(String name, String label) {
    return new Column(name, label, "double");
  }
}
