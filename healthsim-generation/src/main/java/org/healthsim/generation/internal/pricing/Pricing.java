package org.healthsim.generation.internal.pricing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.healthsim.core.seed.Seeds;
import org.healthsim.core.spec.LineOfBusiness;
import org.healthsim.generation.internal.providers.CsvLine;
import org.healthsim.generation.records.ClaimLine;

/**
 * Claim amounts, from the constants of {@code payment-levels.csv}. For a service whose Medicare
 * amount is M:
 *
 * <ul>
 *   <li>billed = M × a log-normal markup (median {@code charge_markup_median});
 *   <li>allowed = M × the payer's level (physician or hospital, by line of business) × a log-normal
 *       with median 1 and log-sd {@code allowed_log_sd}, never above billed.
 * </ul>
 *
 * Amounts are rounded to cents once, as a price is computed; every sum after is exact. Who pays
 * what of the allowed amount is the adjudicator's (package {@code adjudication}); {@link #line} is
 * the simple split a claim event of a journey gets.
 */
public final class Pricing {

  private static final String RESOURCE = "payment-levels.csv";
  private static final Map<String, Double> LEVELS = load();
  private static final double MARKUP_MEDIAN = constant("charge_markup_median");
  private static final double MARKUP_LOG_SD = constant("charge_markup_log_sd");
  private static final double ALLOWED_LOG_SD = constant("allowed_log_sd");
  private static final long DISPENSING_FEE_CENTS = cents(constant("dispensing_fee"));
  private static final double BRAND_UNIT_COST = constant("brand_unit_cost");
  private static final Map<LineOfBusiness, Double> PHYSICIAN = levels("physician_level_");
  private static final Map<LineOfBusiness, Double> HOSPITAL = levels("hospital_level_");
  private static final double VISIT_COPAY = 25;
  private static final double COINSURANCE = 0.2;

  private Pricing() {}

  /** The constant {@code name} of {@code payment-levels.csv}. */
  public static double constant(String name) {
    Double v = LEVELS.get(name);
    if (v == null) {
      throw new IllegalStateException(RESOURCE + " has no " + name);
    }
    return v;
  }

  /** A provider's charge for services Medicare pays {@code medicareDollars} for, in cents. */
  public static long billed(UniformRandomProvider rng, double medicareDollars) {
    double z = ZigguratSampler.NormalizedGaussian.of(rng).sample();
    return cents(medicareDollars * MARKUP_MEDIAN * Math.exp(MARKUP_LOG_SD * z));
  }

  /**
   * What the payer allows for services Medicare pays {@code medicareDollars} for, at {@code level}
   * times Medicare, in cents, never above {@code billedCents}.
   */
  public static long allowed(
      UniformRandomProvider rng, double medicareDollars, double level, long billedCents) {
    double z = ZigguratSampler.NormalizedGaussian.of(rng).sample();
    return Math.min(billedCents, cents(medicareDollars * level * Math.exp(ALLOWED_LOG_SD * z)));
  }

  /** Physicians' allowed amounts as a multiple of Medicare's, by who pays. */
  public static double level(LineOfBusiness lineOfBusiness) {
    return PHYSICIAN.get(lineOfBusiness);
  }

  private static final double TEACHING_SHARE = constant("ipps_teaching_hospital_share");
  private static final double IME_MIN = constant("ipps_ime_min");
  private static final double IME_MAX = constant("ipps_ime_max");
  private static final double DSH_MAX = constant("ipps_dsh_max");

  /**
   * The hospital's IPPS add-ons as a factor on the DRG payment: indirect medical education at a
   * teaching hospital and the disproportionate-share and uncompensated-care payments, fixed per
   * hospital by its NPI alone (payment-levels.csv gives the ranges and their sources).
   */
  public static double ippsAdjustment(String hospitalNpi) {
    long h = Seeds.hash("ipps-adjustment/" + hospitalNpi);
    double ime =
        unit(h) < TEACHING_SHARE ? IME_MIN + (IME_MAX - IME_MIN) * unit(Seeds.mix(h, 1)) : 0;
    return 1 + ime + DSH_MAX * unit(Seeds.mix(h, 2));
  }

  private static double unit(long bits) {
    return (bits >>> 11) * 0x1.0p-53;
  }

  /** Hospitals' allowed amounts as a multiple of Medicare's, by who pays. */
  public static double hospitalLevel(LineOfBusiness lineOfBusiness) {
    return HOSPITAL.get(lineOfBusiness);
  }

  private static Map<LineOfBusiness, Double> levels(String prefix) {
    Map<LineOfBusiness, Double> map = new java.util.EnumMap<>(LineOfBusiness.class);
    for (LineOfBusiness lob : LineOfBusiness.values()) {
      map.put(lob, constant(prefix + lob.name().toLowerCase(Locale.ROOT)));
    }
    return map;
  }

  /**
   * A priced line of a claim event a journey gives (not adjudicated against a benefit design):
   * Medicare 20% coinsurance; Medicare Advantage and commercial a $25 copay per visit line and 20%
   * coinsurance on other services; Medicaid nothing; uninsured everything.
   */
  public static ClaimLine line(
      UniformRandomProvider rng,
      int number,
      ServiceCodes.Service service,
      String revenueCode,
      int units,
      List<Integer> pointers,
      LineOfBusiness lineOfBusiness) {
    double medicare = service.medicareAllowed() * units;
    long billed = billed(rng, medicare);
    long allowed = allowed(rng, medicare, level(lineOfBusiness), billed);
    long member = Math.min(allowed, cents(memberShare(allowed / 100.0, service, lineOfBusiness)));
    return new ClaimLine(
        number,
        service.code(),
        revenueCode,
        units,
        pointers,
        billed,
        allowed,
        allowed - member,
        member);
  }

  private static double memberShare(
      double allowed, ServiceCodes.Service service, LineOfBusiness lineOfBusiness) {
    switch (lineOfBusiness) {
      case MEDICAID:
        return 0;
      case MEDICARE:
        return allowed * COINSURANCE;
      case UNINSURED:
        return allowed; // self-pay: the plan pays nothing
      default:
        boolean visit = service.category().endsWith("_visit");
        return visit ? Math.min(allowed, VISIT_COPAY) : allowed * COINSURANCE;
    }
  }

  /** Dollars, as a price is computed, to whole cents (half up); every sum after is exact. */
  public static long cents(double dollars) {
    return Math.round(dollars * 100);
  }

  private static Map<String, Double> load() {
    Map<String, Double> map = new HashMap<>();
    for (List<String> row : CsvLine.rows(Pricing.class, RESOURCE, "name,value,source")) {
      map.put(row.get(0), Double.parseDouble(row.get(1)));
    }
    return Map.copyOf(map);
  }

  /** The dispensing fee of a prescription, in cents. */
  public static long dispensingFeeCents() {
    return DISPENSING_FEE_CENTS;
  }

  /** True when {@code drug} is priced and tiered as a brand. */
  public static boolean isBrand(DrugCatalog.Drug drug) {
    return drug.unitCost() > BRAND_UNIT_COST;
  }

  /** The ingredient cost of {@code quantity} units of {@code drug}, in cents. */
  public static long ingredientCents(DrugCatalog.Drug drug, int quantity) {
    return cents(drug.unitCost() * quantity);
  }

  /**
   * What a plan allows for a prescription billed at {@code billedCents}: the bill, less Medicaid's
   * lower level (drug prices are not marked up over the Part D amounts the catalogue holds).
   */
  public static long pharmacyAllowed(long billedCents, LineOfBusiness lineOfBusiness) {
    return cents(billedCents / 100.0 * Math.min(1.0, level(lineOfBusiness)));
  }
}
