package org.healthsim.interchange.internal;

/**
 * Which claim line codes are procedure codes. An institutional line of room and board, supplies or
 * drugs carries its revenue code (four digits, {@code 0120}) as its code; only CPT and HCPCS codes
 * (five characters, {@code 99213}, {@code J1885}) go where the standards want a procedure.
 */
public final class ProcedureCodes {

  private ProcedureCodes() {}

  /** True for a CPT or HCPCS code: five characters. */
  public static boolean isProcedure(String code) {
    return code != null && code.length() == 5;
  }

  /** The FHIR system of a CPT or HCPCS code: HCPCS Level II codes start with a letter. */
  public static boolean isHcpcsLevelTwo(String code) {
    return isProcedure(code) && Character.isLetter(code.charAt(0));
  }
}
