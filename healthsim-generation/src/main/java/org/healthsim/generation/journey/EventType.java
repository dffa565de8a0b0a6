package org.healthsim.generation.journey;

import java.util.Optional;
import org.healthsim.core.spec.Product;

/** A kind of event. Implemented by the five enums of the framework guide. */
public interface EventType {

  /** The name as written in journeys, such as {@code lab_order}. */
  String wireName();

  /** The product whose handlers run it; empty for the product-neutral base types. */
  Optional<Product> product();
}
