package org.healthsim.core.spec;

/** The HealthSim products (domains) that events and identifiers belong to. */
public enum Product {
  /** Clinical / EHR. */
  PATIENTSIM,
  /** Health-plan enrollment and claims. */
  MEMBERSIM,
  /** Pharmacy benefit. */
  RXMEMBERSIM,
  /** Clinical trials. */
  TRIALSIM
}
