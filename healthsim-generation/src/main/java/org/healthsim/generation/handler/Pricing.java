package org.healthsim.generation.handler;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.healthsim.core.spec.LineOfBusiness;
import org.healthsim.generation.records.ClaimLine;

/**
 * Claim amounts. For a service whose Medicare amount is M:
 *
 * <ul>
 *   <li>billed = M × a log-normal markup with median 2.5 and log-sd 0.25 (providers' charges run
 *       two to three times Medicare's rates);
 *   <li>allowed = M × the line of business's payment level (Medicare and Medicare Advantage 1.0,
 *       Medicaid 0.7, commercial 1.4) × a log-normal with median 1 and log-sd 0.1, never above
 *       billed;
 *   <li>member responsibility: Medicare 20% coinsurance; Medicare Advantage and commercial a $25
 *       copay per visit line and 20% coinsurance on other services; Medicaid nothing;
 *   <li>paid = allowed − member responsibility.
 * </ul>
 *
 * Amounts are rounded to cents. Sources and the reasoning are in docs/journeys.md ("Amounts").
 */
final class Pricing {

  private static final double MARKUP_MEDIAN = 2.5;
  private static final double MARKUP_LOG_SD = 0.25;
  private static final double ALLOWED_LOG_SD = 0.1;
  private static final double VISIT_COPAY = 25;
  private static final double COINSURANCE = 0.2;

  private Pricing() {}

  /** A priced claim line. */
  static ClaimLine line(
      UniformRandomProvider rng,
      int number,
      ServiceCodes.Service service,
      String revenueCode,
      int units,
      List<Integer> pointers,
      LineOfBusiness lineOfBusiness) {
    ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
    double medicare = service.medicareAllowed() * units;
    long billed = cents(medicare * MARKUP_MEDIAN * Math.exp(MARKUP_LOG_SD * z.sample()));
    long allowed =
        Math.min(
            billed,
            cents(medicare * level(lineOfBusiness) * Math.exp(ALLOWED_LOG_SD * z.sample())));
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

  /** Allowed amounts as a multiple of Medicare's, by who pays. */
  static double level(LineOfBusiness lineOfBusiness) {
    switch (lineOfBusiness) {
      case MEDICAID:
        return 0.7;
      case MEDICARE:
      case MEDICARE_ADVANTAGE:
        return 1.0;
      default:
        return 1.4;
    }
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
  static long cents(double dollars) {
    return Math.round(dollars * 100);
  }
}
