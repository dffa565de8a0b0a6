package org.healthsim.interchange.internal.x12;

import java.time.LocalDate;
import java.util.Locale;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.profile.Coverage;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.records.Death;
import org.healthsim.generation.records.Enrollment;
import org.healthsim.generation.records.PlanChange;
import org.healthsim.generation.records.Termination;
import org.healthsim.interchange.internal.Payers;

/**
 * One insured member's enrolment as an 834 transaction set (5010 X220A1): the sponsor (1000A) and
 * payer (1000B), then a member loop (2000, with its 2100A name and 2300 health coverage) per
 * change, in date order: the addition of the member's coverage on its effective date, a
 * re-enrolment, a plan change, a termination, or a death ending the coverage. docs/interchange.md
 * lists the segments and codes.
 */
final class EnrollmentTransactions {

  /** INS03 maintenance type codes. */
  private static final String ADDITION = "021";

  private static final String CHANGE = "001";
  private static final String TERMINATION = "024";

  private EnrollmentTransactions() {}

  /**
   * Writes {@code entity}'s 834 transaction set, dated {@code created}; an uninsured entity has
   * none. Coverage without an effective date is added from {@code start}, the window's first day.
   */
  static void write(
      GeneratedEntity entity,
      Timeline timeline,
      Transactions out,
      LocalDate start,
      LocalDate created) {
    Coverage coverage = entity.coverage();
    if (!Payers.insured(coverage)) {
      return;
    }
    Payers.Payer payer = Payers.of(coverage, entity.age());
    Segments s = out.segments;
    String memberId = ClaimTransactions.memberId(entity);
    s.seg("BGN")
        .el("00")
        .el(memberId)
        .date(created)
        .el("1200")
        .el(null)
        .el(null)
        .el(null)
        .el("2")
        .end();
    // 1000A sponsor: the employer group, else the payer itself (Medicare, Medicaid, individual).
    String group = coverage.groupId();
    if (group != null) {
      s.seg("N1").el("P5").el("EMPLOYER GROUP " + group).el("94").el(group).end();
    } else {
      s.seg("N1").el("P5").el(upper(payer.name())).el("94").el(payer.x12PayerId()).end();
    }
    s.seg("N1").el("IN").el(upper(payer.name())).el("94").el(payer.x12PayerId()).end();

    String plan = coverage.plan();
    LocalDate effective = coverage.effectiveDate() != null ? coverage.effectiveDate() : start;
    member(s, entity, group, ADDITION, "28", "356", effective, plan, "348");
    boolean ended = false;
    for (TimelineEvent event : timeline.events()) {
      for (EventRecord r : event.outputs()) {
        if (r instanceof Enrollment) {
          Enrollment e = (Enrollment) r;
          if (!e.effectiveDate().equals(effective)) {
            plan = e.plan() != null ? e.plan() : plan;
            member(s, entity, group, ADDITION, "41", "356", e.effectiveDate(), plan, "348");
            ended = false;
          }
        } else if (r instanceof PlanChange) {
          PlanChange c = (PlanChange) r;
          plan = c.newPlan();
          member(s, entity, group, CHANGE, "AI", "303", c.effectiveDate(), plan, "348");
        } else if (r instanceof Termination && !ended) {
          Termination t = (Termination) r;
          member(s, entity, group, TERMINATION, "07", "357", t.terminationDate(), plan, "349");
          ended = true;
        } else if (r instanceof Death && !ended) {
          member(s, entity, group, TERMINATION, "03", "357", ((Death) r).date(), plan, "349");
          ended = true;
        }
      }
    }
    out.close();
  }

  /**
   * A member loop: INS (subscriber, self, the maintenance type and reason, active), the subscriber
   * id (REF 0F) and group (REF 1L), the member-level date, the name, address and demographics, and
   * the health coverage (HD) with its benefit date.
   */
  private static void member(
      Segments s,
      GeneratedEntity e,
      String group,
      String maintenance,
      String reason,
      String memberDateQualifier,
      LocalDate date,
      String plan,
      String coverageDateQualifier) {
    s.seg("INS").el("Y").el("18").el(maintenance).el(reason).el("A").end();
    s.seg("REF").el("0F").el(ClaimTransactions.memberId(e)).end();
    if (group != null) {
      s.seg("REF").el("1L").el(group).end();
    }
    s.seg("DTP").el(memberDateQualifier).el("D8").date(date).end();
    ClaimTransactions.name(s, "IL", e, "ZZ");
    ClaimTransactions.demographics(s, e);
    s.seg("HD")
        .el(maintenance)
        .el(null)
        .el("HLT")
        .el(plan == null ? null : upper(plan))
        .el("IND")
        .end();
    s.seg("DTP").el(coverageDateQualifier).el("D8").date(date).end();
  }

  private static String upper(String text) {
    return text.toUpperCase(Locale.ROOT);
  }
}
