package org.healthsim.core.spec;

import java.util.regex.Pattern;
import org.healthsim.core.validation.Problems;

/**
 * {@code "identifiers": {"entity_prefix": "E", "patient_prefix": "P", "member_prefix": "M",
 * "rx_member_prefix": "RX", "subject_prefix": "SUBJ"}}: the prefixes of the identifiers every
 * entity gets. Entity {@code i} (0-based) gets the prefix followed by {@code i + 1}, padded to at
 * least three digits: {@code P001}, {@code P002}, ..., {@code P1000}. The number does not depend on
 * the cohort's size, so an entity keeps its identifiers in any cohort.
 *
 * @param entity prefix of the entity id
 * @param patient prefix of the patient id (patientsim)
 * @param member prefix of the member id (membersim)
 * @param rxMember prefix of the pharmacy-benefit member id (rxmembersim)
 * @param subject prefix of the trial subject id (trialsim)
 */
public record IdentifierSpec(
    String entity, String patient, String member, String rxMember, String subject)
    implements java.io.Serializable {

  private static final Pattern PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,15}");

  /** The framework guide's style: E001, P001, M001, RX001, SUBJ001. */
  public static final IdentifierSpec DEFAULTS = new IdentifierSpec("E", "P", "M", "RX", "SUBJ");

  public IdentifierSpec {
    Problems problems = new Problems();
    check(problems, "entity_prefix", entity);
    check(problems, "patient_prefix", patient);
    check(problems, "member_prefix", member);
    check(problems, "rx_member_prefix", rxMember);
    check(problems, "subject_prefix", subject);
    problems.throwIfAny();
  }

  private static void check(Problems problems, String path, String prefix) {
    if (prefix == null || !PREFIX.matcher(prefix).matches()) {
      problems.add(
          path, prefix, "must start with a letter and have 1 to 16 letters, digits, '-' or '_'");
    }
  }
}
