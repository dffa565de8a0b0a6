package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * A laboratory result answering an order.
 *
 * @param resultId identifier
 * @param orderId the order it answers
 * @param date result date
 * @param loinc LOINC code (the order's)
 * @param display LOINC name
 * @param value the result
 * @param decimals how many decimals it is reported with
 * @param unit UCUM unit
 * @param referenceLow low end of the reference range, NaN when there is none
 * @param referenceHigh high end of the reference range, NaN when there is none
 * @param interpretation HL7 interpretation code: N (normal), H (high) or L (low)
 */
public record LabResult(
    String resultId,
    String orderId,
    LocalDate date,
    String loinc,
    String display,
    double value,
    int decimals,
    String unit,
    double referenceLow,
    double referenceHigh,
    String interpretation)
    implements EventRecord {

  @Override
  public String recordType() {
    return "lab_result";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("result_id", resultId)
        .field("order_id", orderId)
        .field("date", date)
        .field("loinc", loinc)
        .field("display", display)
        .measurement("value", value, decimals)
        .field("unit", unit)
        .measurement("reference_low", referenceLow, decimals)
        .measurement("reference_high", referenceHigh, decimals)
        .field("interpretation", interpretation);
  }
}
