package org.healthsim.generation.internal.handler;

import org.healthsim.core.spec.Product;
import org.healthsim.generation.internal.providers.ProviderPool;
import org.healthsim.generation.journey.BaseEventType;
import org.healthsim.generation.journey.HandlerResult;
import org.healthsim.generation.journey.HandlerSet;
import org.healthsim.generation.journey.JourneyEngine;
import org.healthsim.generation.records.Milestone;

/**
 * The built-in handlers: every event type of every product, so no event stays pending for want of a
 * handler. Registered on every new {@link JourneyEngine} through {@link java.util.ServiceLoader};
 * providers come from the engine seed's {@link ProviderPool}.
 */
public final class DefaultHandlers implements HandlerSet {

  @Override
  public void register(JourneyEngine engine) {
    ProviderPool pool = ProviderPool.forSeed(engine.seed());
    PatientHandlers.register(engine, pool);
    MemberHandlers.register(engine, pool);
    RxHandlers.register(engine, pool);
    TrialHandlers.register(engine, pool);
    engine.registerPlanner(new org.healthsim.generation.internal.care.YearOfCarePlanner());
    // Base events may also sit in a journey that names no product.
    java.util.List<Product> products =
        new java.util.ArrayList<>(java.util.Arrays.asList(Product.values()));
    products.add(null);
    for (Product product : products) {
      for (BaseEventType type : BaseEventType.values()) {
        engine.registerHandler(
            product,
            type,
            c -> HandlerResult.of(new Milestone(type.wireName(), c.date(), c.event().name())));
      }
    }
  }
}
