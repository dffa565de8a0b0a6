package org.healthsim.generation.records;

import java.time.LocalDate;
import org.healthsim.generation.journey.EventRecord;
import org.healthsim.generation.json.FieldWriter;

/**
 * Post-acute and end-of-life care: a skilled nursing facility stay, one 30-day period of home
 * health, or a hospice election (to the death or the end of the window).
 *
 * @param episodeId this stay or period
 * @param setting {@code skilled_nursing}, {@code home_health} or {@code hospice}
 * @param startDate admission to the SNF, the period's first day, or the election
 * @param endDate discharge from the SNF, or the period's or the hospice care's last day
 * @param coveredDays SNF days (the discharge day not counted), or the days of the period
 * @param visits home health visits in the period; 0 for a SNF stay
 * @param providerNpi the SNF, home health agency or hospice
 * @param providerName its name
 * @param priorStayId the acute stay it follows, or {@code null} (home health from the community)
 * @param icd10 the condition cared for
 */
public record PostAcuteStay(
    String episodeId,
    String setting,
    LocalDate startDate,
    LocalDate endDate,
    int coveredDays,
    int visits,
    String providerNpi,
    String providerName,
    String priorStayId,
    String icd10)
    implements EventRecord {

  /** The setting of a skilled nursing facility stay. */
  public static final String SKILLED_NURSING = "skilled_nursing";

  /** The setting of a home health period. */
  public static final String HOME_HEALTH = "home_health";

  /** The setting of hospice care. */
  public static final String HOSPICE = "hospice";

  /** True for a skilled nursing facility stay. */
  public boolean skilledNursing() {
    return SKILLED_NURSING.equals(setting);
  }

  /** True for hospice care. */
  public boolean hospice() {
    return HOSPICE.equals(setting);
  }

  @Override
  public String recordType() {
    return "post_acute_stay";
  }

  @Override
  public void writeFields(FieldWriter out) {
    out.field("episode_id", episodeId)
        .field("setting", setting)
        .field("start_date", startDate)
        .field("end_date", endDate)
        .field("covered_days", coveredDays)
        .field("visits", visits)
        .field("provider_npi", providerNpi)
        .field("provider_name", providerName)
        .field("prior_stay_id", priorStayId)
        .field("icd10", icd10);
  }
}
