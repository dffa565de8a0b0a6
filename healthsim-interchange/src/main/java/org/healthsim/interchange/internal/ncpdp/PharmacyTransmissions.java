package org.healthsim.interchange.internal.ncpdp;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.journey.Timeline;
import org.healthsim.generation.journey.TimelineEvent;
import org.healthsim.generation.person.Person;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.records.Fill;
import org.healthsim.generation.records.MedicationOrder;
import org.healthsim.generation.records.PharmacyClaim;
import org.healthsim.generation.records.Prescription;
import org.healthsim.interchange.internal.Payers;

/**
 * One entity's pharmacy claims as NCPDP D.0 transmissions, in timeline order: a B1 billing request
 * per billing (rejected or paid) and a B2 reversal request per reversal, each with its response on
 * the same line of the responses. The prescription a fill is of (its rx number: a new_rx record's,
 * or a medication order's id) gives the date written and the refills authorized.
 * docs/interchange.md lists the segments and the values chosen.
 */
final class PharmacyTransmissions {

  private static final String VERSION = "D0";
  private static final String VENDOR = "HEALTHSIM";
  private static final String NPI_QUALIFIER = "01";
  private static final long PRESCRIPTION_NUMBERS = 1_000_000_000_000L;

  private PharmacyTransmissions() {}

  /** Writes {@code entity}'s transmissions; an uninsured entity's cash fills have none. */
  static void write(
      GeneratedEntity entity, Timeline timeline, Transmissions requests, Transmissions responses) {
    if (!Payers.insured(entity.coverage())) {
      return;
    }
    Payers.Payer payer = Payers.of(entity.coverage(), entity.age());
    Map<String, Fill> fills = new HashMap<>();
    Map<String, Written> prescriptions = new HashMap<>();
    for (TimelineEvent event : timeline.events()) {
      for (EventRecord r : event.outputs()) {
        if (r instanceof Fill) {
          fills.put(((Fill) r).fillId(), (Fill) r);
        } else if (r instanceof Prescription) {
          Prescription p = (Prescription) r;
          prescriptions.putIfAbsent(
              p.rxNumber(), new Written(p.writtenDate(), p.refillsAuthorized()));
        } else if (r instanceof MedicationOrder) {
          MedicationOrder o = (MedicationOrder) r;
          prescriptions.putIfAbsent(o.orderId(), new Written(o.date(), o.refills()));
        }
      }
    }
    for (TimelineEvent event : timeline.events()) {
      for (EventRecord r : event.outputs()) {
        if (!(r instanceof PharmacyClaim) || "self_pay".equals(((PharmacyClaim) r).status())) {
          continue;
        }
        PharmacyClaim c = (PharmacyClaim) r;
        Fill fill = c.fillId() == null ? null : fills.get(c.fillId());
        if ("B2".equals(c.transactionCode())) {
          reversal(requests, payer, c, fill);
        } else {
          billing(
              requests,
              entity,
              payer,
              c,
              fill,
              fill == null ? null : prescriptions.get(fill.rxNumber()));
        }
        response(responses, c, fill);
      }
    }
  }

  /** A prescription as written: its date and the refills it authorizes. */
  private record Written(LocalDate date, int refills) {}

  private static void billing(
      Transmissions t,
      GeneratedEntity e,
      Payers.Payer payer,
      PharmacyClaim c,
      Fill fill,
      Written rx) {
    requestHeader(t, payer, "B1", c);
    Person person = e.person();
    t.segment("01")
        .date("C4", e.birthDate())
        .field("C5", "M".equals(e.gender()) ? "1" : "F".equals(e.gender()) ? "2" : "0")
        .field("CA", person == null ? null : person.givenName().toUpperCase(Locale.ROOT))
        .field("CB", person == null ? null : person.familyName().toUpperCase(Locale.ROOT));
    insurance(t, c, fill);
    t.group();
    claimSegment(t, c, fill)
        .field("E7", (long) c.quantity() * 1000)
        .field("D5", c.daysSupply())
        .field("D6", "1")
        .field("D8", "0")
        .date("DE", rx != null ? rx.date() : c.fillDate())
        .field("DF", rx == null ? null : Integer.toString(rx.refills()));
    if (c.prescriberNpi() != null) {
      t.segment("03").field("EZ", NPI_QUALIFIER).field("DB", c.prescriberNpi());
    }
    t.segment("11")
        .amount("D9", c.ingredientCostCents())
        .amount("DC", c.dispensingFeeCents())
        .amount("DQ", c.billedCents())
        .amount("DU", c.billedCents());
    t.end();
  }

  private static void reversal(Transmissions t, Payers.Payer payer, PharmacyClaim c, Fill fill) {
    requestHeader(t, payer, "B2", c);
    insurance(t, c, fill);
    t.group();
    claimSegment(t, c, fill);
    t.end();
  }

  /**
   * The response: accepted at the transmission level; the transaction paid ({@code P}, with the
   * amounts), rejected ({@code R}, with the reject code) or, for a reversal, approved ({@code A}).
   */
  private static void response(Transmissions t, PharmacyClaim c, Fill fill) {
    t.header(
        VERSION,
        c.transactionCode(),
        "1",
        "A",
        NPI_QUALIFIER,
        Transmissions.pad(c.pharmacyNpi(), 15),
        Transmissions.ccyymmdd(c.fillDate()));
    t.group();
    t.segment("21");
    if ("rejected".equals(c.status())) {
      t.field("AN", "R").field("FA", 1).field("FB", rejectCode(c.rejectCode()));
    } else {
      t.field("AN", "B2".equals(c.transactionCode()) ? "A" : "P").field("F3", c.claimId());
    }
    t.segment("22").field("EM", "1").field("D2", prescriptionNumber(c, fill));
    if ("paid".equals(c.status())) {
      long feePaid = Math.min(c.dispensingFeeCents(), c.allowedCents());
      t.segment("23")
          .amount("F5", c.memberPaidCents())
          .amount("F6", c.allowedCents() - feePaid)
          .amount("F7", feePaid)
          .amount("FH", c.deductibleCents())
          .amount("FI", c.copayCents())
          .amount("F9", c.planPaidCents());
    }
    t.end();
  }

  /** The request header: BIN, version, code, PCN, count, provider, date of service, vendor. */
  private static void requestHeader(
      Transmissions t, Payers.Payer payer, String code, PharmacyClaim c) {
    t.header(
        Transmissions.pad(payer.ncpdpBin(), 6),
        VERSION,
        code,
        Transmissions.pad(payer.ncpdpPcn(), 10),
        "1",
        NPI_QUALIFIER,
        Transmissions.pad(c.pharmacyNpi(), 15),
        Transmissions.ccyymmdd(c.fillDate()),
        Transmissions.pad(VENDOR, 10));
  }

  /** The insurance segment: the cardholder (the pharmacy member id), who is the patient. */
  private static void insurance(Transmissions t, PharmacyClaim c, Fill fill) {
    String cardholder =
        fill != null && fill.rxMemberId() != null ? fill.rxMemberId() : c.memberId();
    t.segment("04").field("C2", cardholder).field("C6", "1");
  }

  /** The claim segment's identifying fields: prescription number, product (NDC), fill number. */
  private static Transmissions claimSegment(Transmissions t, PharmacyClaim c, Fill fill) {
    return t.segment("07")
        .field("EM", "1")
        .field("D2", prescriptionNumber(c, fill))
        .field("E1", "03")
        .field("D7", c.ndc())
        .field("D3", fill == null ? 0 : fill.fillNumber());
  }

  /**
   * The prescription number (402-D2, up to 12 digits): the prescription's id read as the hex number
   * its last part is, its last 12 decimal digits; the claim's when there is no fill.
   */
  static String prescriptionNumber(PharmacyClaim c, Fill fill) {
    String id = fill != null && fill.rxNumber() != null ? fill.rxNumber() : c.claimId();
    String tail = id.substring(id.lastIndexOf('-') + 1);
    long n;
    try {
      n = Long.parseUnsignedLong(tail, 16) % PRESCRIPTION_NUMBERS;
    } catch (NumberFormatException notHex) {
      n = Math.floorMod(id.hashCode(), PRESCRIPTION_NUMBERS);
    }
    return String.format("%012d", n);
  }

  /** A reject code as NCPDP lists it: at least two characters ({@code 07}). */
  private static String rejectCode(String code) {
    if (code == null) {
      return "99";
    }
    return code.length() == 1 ? "0" + code : code;
  }
}
