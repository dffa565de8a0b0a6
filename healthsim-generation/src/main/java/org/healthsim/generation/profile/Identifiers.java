package org.healthsim.generation.profile;

/**
 * An entity's identifier in each product: {@code P001}, {@code M001}, {@code RX001}, {@code
 * SUBJ001} by default (see {@link org.healthsim.core.spec.IdentifierSpec}).
 *
 * @param patientId patientsim
 * @param memberId membersim
 * @param rxMemberId rxmembersim
 * @param subjectId trialsim
 */
public record Identifiers(String patientId, String memberId, String rxMemberId, String subjectId) {}
