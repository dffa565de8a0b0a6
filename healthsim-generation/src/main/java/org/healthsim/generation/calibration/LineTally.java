package org.healthsim.generation.calibration;

import java.util.Map;
import java.util.TreeMap;

/** The counts of one line of business, merged entity by entity (order-independent sums). */
final class LineTally {
  long members;
  long memberDays;
  long officeVisits;
  long officeOffDays;
  long edVisits;
  long admissions;
  long readmissions;
  long discharges;
  long stayDays;
  long fillDays;
  long deaths;
  long services;
  long allowedCents;
  long paidCents;
  long memberCents;
  long professionalClaims;
  long professionalDenied;
  long professionalLines;
  long inpatientClaims;
  long inpatientLines;
  long outpatientClaims;
  long pharmacyClaims;
  long pharmacyRejected;
  long pharmacyReversed;
  long drgWeightMillis;
  long snfStays;
  long snfDays;
  long homeHealthPeriods;
  long homeHealthUsers;
  long hospiceUsers;
  long hospiceDays;
  final TreeMap<String, Long> servicesByMonth = new TreeMap<>();

  /** Members by cost-weighted dollars of services. */
  final TreeMap<Long, Long> membersByCost = new TreeMap<>();

  /** Members by allowed dollars of their claims. */
  final TreeMap<Long, Long> membersByAllowed = new TreeMap<>();

  final TreeMap<String, Long> uncoveredCodes = new TreeMap<>();

  void add(LineTally e) {
    members += e.members;
    memberDays += e.memberDays;
    officeVisits += e.officeVisits;
    officeOffDays += e.officeOffDays;
    edVisits += e.edVisits;
    admissions += e.admissions;
    readmissions += e.readmissions;
    discharges += e.discharges;
    stayDays += e.stayDays;
    fillDays += e.fillDays;
    deaths += e.deaths;
    services += e.services;
    allowedCents += e.allowedCents;
    paidCents += e.paidCents;
    memberCents += e.memberCents;
    professionalClaims += e.professionalClaims;
    professionalDenied += e.professionalDenied;
    professionalLines += e.professionalLines;
    inpatientClaims += e.inpatientClaims;
    inpatientLines += e.inpatientLines;
    outpatientClaims += e.outpatientClaims;
    pharmacyClaims += e.pharmacyClaims;
    pharmacyRejected += e.pharmacyRejected;
    pharmacyReversed += e.pharmacyReversed;
    drgWeightMillis += e.drgWeightMillis;
    snfStays += e.snfStays;
    snfDays += e.snfDays;
    homeHealthPeriods += e.homeHealthPeriods;
    homeHealthUsers += e.homeHealthUsers;
    hospiceUsers += e.hospiceUsers;
    hospiceDays += e.hospiceDays;
    merge(servicesByMonth, e.servicesByMonth);
    merge(membersByCost, e.membersByCost);
    merge(membersByAllowed, e.membersByAllowed);
    merge(uncoveredCodes, e.uncoveredCodes);
  }

  private static <K> void merge(Map<K, Long> into, Map<K, Long> from) {
    from.forEach((k, v) -> into.merge(k, v, Long::sum));
  }

  double memberYears() {
    return memberDays / 365.25;
  }

  /** Share of cost-weighted services held by the costliest {@code fraction} of members. */
  double topShare(double fraction) {
    return topShare(membersByCost, fraction);
  }

  /** Share of allowed dollars held by the costliest {@code fraction} of members. */
  double topAllowedShare(double fraction) {
    return topShare(membersByAllowed, fraction);
  }

  private double topShare(TreeMap<Long, Long> membersByCost, double fraction) {
    long total = 0;
    for (Map.Entry<Long, Long> e : membersByCost.entrySet()) {
      total += e.getKey() * e.getValue();
    }
    if (total == 0) {
      return 0;
    }
    long wanted = (long) Math.ceil(members * fraction);
    long held = 0;
    for (Map.Entry<Long, Long> e : membersByCost.descendingMap().entrySet()) {
      long take = Math.min(wanted, e.getValue());
      held += take * e.getKey();
      wanted -= take;
      if (wanted == 0) {
        break;
      }
    }
    return held / (double) total;
  }

  double largestMonthShare() {
    long max = 0;
    long total = 0;
    for (long v : servicesByMonth.values()) {
      max = Math.max(max, v);
      total += v;
    }
    return total == 0 ? 0 : max / (double) total;
  }
}
