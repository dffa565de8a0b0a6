package org.healthsim.reference.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.reference.resolve.ReferenceProfile;

/**
 * A profile resolved against reference data: an explicit, executable spec, the reference it drew
 * on, and where each field came from.
 *
 * @param spec the resolved profile; its {@code demographics.source} is explicit
 * @param reference what the reference data says about the place
 * @param origins field path ({@code demographics.age}, {@code clinical.comorbidities.E11.9}) to
 *     origin, in spec order
 */
public record HybridProfile(
    ProfileSpecification spec, ReferenceProfile reference, Map<String, FieldOrigin> origins) {

  public HybridProfile {
    origins = Collections.unmodifiableMap(new LinkedHashMap<>(origins));
  }
}
