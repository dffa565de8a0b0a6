package org.healthsim.generation.calibration;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import org.healthsim.generation.cohort.TimelineObserver;
import org.healthsim.generation.internal.calendar.BusinessCalendar;
import org.healthsim.generation.internal.care.CareCatalog;
import org.healthsim.generation.internal.plan.PlanCatalog;
import org.healthsim.generation.internal.pricing.DrgCatalog;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.journey.EventStatus;
import org.healthsim.generation.journey.MemberEventType;
import org.healthsim.generation.journey.PatientEventType;
import org.healthsim.generation.journey.RxEventType;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.profile.EntityCondition;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.records.Claim;
import org.healthsim.generation.records.Discharge;
import org.healthsim.generation.records.Fill;
import org.healthsim.generation.records.PharmacyClaim;
import org.healthsim.generation.records.PostAcuteStay;

/**
 * Counts what a run's timelines hold, per line of business, for the {@link CalibrationReport}. Add
 * it to the run's timelines with {@code EntityTimelines.withObserver}; sums and histograms only, so
 * the report is the same on any thread count.
 *
 * <pre>{@code
 * CalibrationTally tally = new CalibrationTally(start, until);
 * EntityTimelines timelines = new EntityTimelines(engine, journeys, start, until, coordinator)
 *     .withObserver(tally);
 * // ... generate ...
 * CalibrationReport report = tally.report();
 * }</pre>
 */
public final class CalibrationTally implements TimelineObserver {

  private final LocalDate start;
  private final LocalDate until;
  private final Map<String, LineTally> lines = new TreeMap<>();

  /** A tally of timelines executed from {@code start} to {@code until}, both included. */
  public CalibrationTally(LocalDate start, LocalDate until) {
    this.start = start;
    this.until = until;
  }

  @Override
  public void observe(GeneratedEntity entity, Timeline timeline) {
    LineTally one = new LineTally();
    one.members = 1;
    LocalDate from = start;
    LocalDate effective = entity.coverage() == null ? null : entity.coverage().effectiveDate();
    if (effective != null && effective.isAfter(start)) {
      from = effective;
    }
    LocalDate to = until.plusDays(1);
    long cost = 0;
    LocalDate lastDischarge = null;
    for (TimelineEvent e : timeline.events()) {
      if (e.status() != EventStatus.EXECUTED) {
        continue;
      }
      LocalDate date = e.scheduledDate();
      boolean service = true;
      if (e.eventType() == PatientEventType.ENCOUNTER) {
        Object type = e.parameters().get("encounter_type");
        if ("emergency".equals(type)) {
          one.edVisits++;
          cost += CostWeights.of("emergency_visit");
        } else if ("nursing_facility".equals(type) || "observation".equals(type)) {
          cost += CostWeights.of("office_visit"); // a physician's SNF or observation visit
        } else {
          one.officeVisits++;
          if (!BusinessCalendar.isBusinessDay(date)) {
            one.officeOffDays++;
          }
          cost += CostWeights.of("wellness".equals(type) ? "preventive_visit" : "office_visit");
        }
      } else if (e.eventType() == PatientEventType.ADMISSION) {
        one.admissions++;
        if (lastDischarge != null && ChronoUnit.DAYS.between(lastDischarge, date) <= 30) {
          one.readmissions++;
        }
        cost += CostWeights.of("admission");
      } else if (e.eventType() == PatientEventType.POST_ACUTE_CARE) {
        for (EventRecord r : e.outputs()) {
          if (r instanceof PostAcuteStay) {
            PostAcuteStay stay = (PostAcuteStay) r;
            if (stay.skilledNursing()) {
              one.snfStays++;
              one.snfDays += stay.coveredDays();
              cost += CostWeights.of("snf_stay");
            } else if (stay.hospice()) {
              one.hospiceUsers = 1;
              one.hospiceDays += stay.coveredDays();
              cost += CostWeights.of("hospice_day") * stay.coveredDays();
            } else {
              one.homeHealthPeriods++;
              one.homeHealthUsers = 1;
              cost += CostWeights.of("home_health_period");
            }
          }
        }
      } else if (e.eventType() == PatientEventType.LAB_ORDER) {
        cost += CostWeights.of("lab");
      } else if (e.eventType() == PatientEventType.PROCEDURE) {
        cost += CostWeights.of("procedure");
      } else if (e.eventType() == RxEventType.FILL || e.eventType() == RxEventType.REFILL) {
        for (EventRecord r : e.outputs()) {
          if (r instanceof Fill) {
            int days = ((Fill) r).daysSupply();
            one.fillDays += days;
            cost += CostWeights.of("fill_30_day") * days / 30;
          }
        }
      } else {
        service = false;
        if (e.eventType() == PatientEventType.DISCHARGE) {
          for (EventRecord r : e.outputs()) {
            if (r instanceof Discharge) {
              one.discharges++;
              one.stayDays += ((Discharge) r).lengthOfStay();
              lastDischarge = date;
            }
          }
        } else if (e.eventType() == PatientEventType.DEATH) {
          one.deaths++;
          to = min(to, date.plusDays(1));
        } else if (e.eventType() == MemberEventType.TERMINATION) {
          to = min(to, date);
        }
      }
      for (EventRecord r : e.outputs()) {
        claim(one, r);
      }
      if (service) {
        one.services++;
        one.servicesByMonth.merge(date.toString().substring(0, 7), 1L, Long::sum);
      }
    }
    one.memberDays = Math.max(0, ChronoUnit.DAYS.between(from, to));
    one.membersByCost.put(cost, 1L);
    one.membersByAllowed.put(Math.max(0, one.allowedCents / 100), 1L);
    for (EntityCondition c : entity.conditions()) {
      if (CareCatalog.builtIn().programFor(c.code()).isEmpty()) {
        one.uncoveredCodes.merge(c.code(), 1L, Long::sum);
      }
    }
    String line = PlanCatalog.lineOfBusiness(entity).displayName();
    synchronized (lines) {
      lines.computeIfAbsent(line, k -> new LineTally()).add(one);
    }
  }

  /** Counts a claim's money and kind (voids and reversals carry negated amounts). */
  private static void claim(LineTally one, EventRecord r) {
    if (r instanceof Claim) {
      Claim c = (Claim) r;
      one.allowedCents += c.allowedCents();
      one.paidCents += c.paidCents();
      one.memberCents += c.memberResponsibilityCents();
      if (c.status().equals("void")) {
        return;
      }
      if (c.type().equals("claim_professional")) {
        one.professionalClaims++;
        one.professionalLines += c.lines().size();
        if (c.status().equals("denied")) {
          one.professionalDenied++;
        }
      } else if (c.placeOfService().equals("111")) {
        one.inpatientClaims++;
        one.inpatientLines += c.lines().size();
        if (c.drg() != null) {
          one.drgWeightMillis += Math.round(1000 * DrgCatalog.weight(c.drg()));
        }
      } else {
        one.outpatientClaims++;
      }
    } else if (r instanceof PharmacyClaim) {
      PharmacyClaim c = (PharmacyClaim) r;
      one.allowedCents += c.allowedCents();
      one.paidCents += c.planPaidCents();
      one.memberCents += c.memberPaidCents();
      one.pharmacyClaims++;
      if (c.status().equals("rejected")) {
        one.pharmacyRejected++;
      } else if (c.status().equals("reversed")) {
        one.pharmacyReversed++;
      }
    }
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** The report of what has been observed so far. */
  public CalibrationReport report() {
    synchronized (lines) {
      return CalibrationReport.of(start, until, lines);
    }
  }
}
