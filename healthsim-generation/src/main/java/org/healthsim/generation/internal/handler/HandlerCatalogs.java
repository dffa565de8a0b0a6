package org.healthsim.generation.internal.handler;

import org.healthsim.generation.internal.pricing.DrugCatalog;
import org.healthsim.generation.internal.pricing.ServiceCodes;

/** What the built-in handlers' code catalogs hold, for checking specs against them. */
public final class HandlerCatalogs {

  private HandlerCatalogs() {}

  /** True when {@code code} is a CPT, HCPCS or revenue code the handlers can bill. */
  public static boolean isService(String code) {
    return ServiceCodes.all().containsKey(code);
  }

  /** True when the RxNorm-to-NDC crosswalk has a product for {@code rxnorm}. */
  public static boolean hasNdc(String rxnorm) {
    return DrugCatalog.byRxnorm(rxnorm).isPresent();
  }
}
