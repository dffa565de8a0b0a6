package org.healthsim.interchange.internal.fhir;

import java.util.HashSet;
import java.util.Set;
import org.healthsim.generation.internal.providers.Organization;
import org.healthsim.generation.internal.providers.Provider;
import org.healthsim.generation.internal.providers.ProviderPool;

/**
 * Names the shared resources records refer to by NPI, from the run's provider directory (the engine
 * seed's {@link ProviderPool}), and writes each once: a Practitioner with its PractitionerRole, an
 * Organization (with a Location for a facility), a payer, a study. Naming is thread-safe. The Bulk
 * output writes each once, on the one writing thread, in entity order, so each shared resource
 * lands where it is first referred to, the same on any thread count; a bundle writes those its
 * patient refers to, with a set of its own.
 */
final class Directory {

  private final ProviderPool pool;
  private final Set<String> written = new HashSet<>();

  Directory(ProviderPool pool) {
    this.pool = pool;
  }

  /**
   * The clinician or organization with {@code npi}: the directory's, else a clinician named as the
   * record names them ({@code name} may be null).
   */
  SharedResource provider(String npi, String name) {
    Organization organization = pool.organization(npi).orElse(null);
    if (organization != null) {
      return new SharedResource(SharedResource.Kind.ORGANIZATION, npi, organization.name());
    }
    Provider clinician = pool.clinician(npi).orElse(null);
    return new SharedResource(
        SharedResource.Kind.CLINICIAN,
        npi,
        clinician != null ? clinician.givenName() + " " + clinician.familyName() : name);
  }

  /** The facility with {@code npi}, written as an Organization and a Location. */
  SharedResource facility(String npi, String name) {
    String known = pool.organization(npi).map(Organization::name).orElse(name);
    return new SharedResource(SharedResource.Kind.FACILITY, npi, known);
  }

  /** The organization of a trial site, by its site id or NPI. */
  SharedResource site(String siteId, String name) {
    Organization site = pool.organization(siteId).orElse(null);
    return site == null
        ? null
        : new SharedResource(SharedResource.Kind.ORGANIZATION, site.npi(), site.name());
  }

  /** Writes {@code resource} unless it has been written: on the writing thread only. */
  void write(SharedResource resource, ResourceBuffers out) {
    write(resource, out, written);
  }

  /**
   * Writes {@code resource} unless {@code written} names it, noting it there: a bundle's shared
   * resources, with a set of its own, from any thread.
   */
  void write(SharedResource resource, ResourceBuffers out, Set<String> written) {
    switch (resource.kind()) {
      case CLINICIAN:
        if (first(ResourceType.PRACTITIONER, resource, written)) {
          clinician(resource, out);
        }
        break;
      case ORGANIZATION:
        if (first(ResourceType.ORGANIZATION, resource, written)) {
          organization(resource, "prov", "Healthcare Provider", out);
        }
        break;
      case FACILITY:
        // The same NPI may have been written as an organization (a claim's billing provider).
        if (first(ResourceType.ORGANIZATION, resource, written)) {
          organization(resource, "prov", "Healthcare Provider", out);
        }
        if (first(ResourceType.LOCATION, resource, written)) {
          location(resource, out);
        }
        break;
      case PAYER:
        if (first(ResourceType.ORGANIZATION, resource, written)) {
          organization(resource, "pay", "Payer", out);
        }
        break;
      case STUDY:
        if (first(ResourceType.RESEARCH_STUDY, resource, written)) {
          study(resource, out);
        }
        break;
      default:
        throw new IllegalStateException("unknown shared resource " + resource.kind());
    }
  }

  private static boolean first(ResourceType type, SharedResource resource, Set<String> written) {
    return written.add(type.fhirName() + "/" + resource.id());
  }

  private void clinician(SharedResource resource, ResourceBuffers out) {
    String npi = resource.id();
    Provider known = pool.clinician(npi).orElse(null);
    String given = known != null ? known.givenName() : null;
    String family = known != null ? known.familyName() : familyOf(resource.name(), npi);
    FhirJson json =
        out.start(ResourceType.PRACTITIONER, npi)
            .profile(Fhir.PRACTITIONER)
            .identifier(Fhir.NPI, npi)
            .bool("active", true)
            .array("name")
            .item()
            .text("family", family);
    if (given != null) {
      json.array("given").textItem(given).end();
    }
    json.array("prefix").textItem("Dr.").end().end().end().endResource();

    FhirJson role =
        out.start(ResourceType.PRACTITIONER_ROLE, npi + "-role")
            .profile(Fhir.PRACTITIONER_ROLE)
            .bool("active", true)
            .reference("practitioner", "Practitioner", npi)
            .concepts(
                "code",
                "http://terminology.hl7.org/CodeSystem/practitioner-role",
                "doctor",
                "Doctor");
    if (known != null) {
      role.concepts("specialty", Fhir.NUCC, known.taxonomy(), null);
    }
    telecom(role, npi).endResource();
  }

  private void organization(
      SharedResource resource, String type, String typeDisplay, ResourceBuffers out) {
    FhirJson json = out.start(ResourceType.ORGANIZATION, resource.id()).profile(Fhir.ORGANIZATION);
    if (resource.kind() != SharedResource.Kind.PAYER) {
      json.identifier(Fhir.NPI, resource.id());
    }
    json.bool("active", true)
        .concepts("type", Fhir.ORGANIZATION_TYPE, type, typeDisplay)
        .text("name", resource.name());
    telecom(json, resource.id()).endResource();
  }

  private void location(SharedResource resource, ResourceBuffers out) {
    out.start(ResourceType.LOCATION, resource.id())
        .profile(Fhir.LOCATION)
        .identifier(Fhir.NPI, resource.id())
        .text("status", "active")
        .text("name", resource.name())
        .reference("managingOrganization", "Organization", resource.id())
        .endResource();
  }

  private void study(SharedResource resource, ResourceBuffers out) {
    out.start(ResourceType.RESEARCH_STUDY, resource.id())
        .identifier(Fhir.ID_SYSTEM + "study", resource.id())
        .text("title", resource.name())
        .text("status", "active")
        .endResource();
  }

  /** A work phone in the 555-01xx range kept for fiction, derived from the NPI. */
  private static FhirJson telecom(FhirJson json, String key) {
    String digits = key.replaceAll("[^0-9]", "");
    String last = digits.length() >= 2 ? digits.substring(digits.length() - 2) : "00";
    return json.array("telecom")
        .item()
        .text("system", "phone")
        .text("value", "512-555-01" + last)
        .text("use", "work")
        .end()
        .end();
  }

  /** A clinician's family name from a record's {@code Dr. Given Family}, else the NPI's. */
  private static String familyOf(String name, String npi) {
    if (name == null || name.isBlank()) {
      return "NPI " + npi;
    }
    String[] words = name.strip().split("\\s+");
    return words[words.length - 1];
  }
}
