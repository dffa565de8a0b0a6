package org.healthsim.generation.internal.providers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.rng.UniformRandomProvider;
import org.healthsim.core.random.Randoms;
import org.healthsim.core.seed.Seeds;
import org.healthsim.generation.person.Person;
import org.healthsim.generation.person.PersonGenerator;

/**
 * The providers, pharmacies, hospitals and trial sites of one cohort, built from a seed alone, so
 * the same seed always gives the same pool. Entities are assigned a primary care provider, a
 * pharmacy and a hospital by their own seed, and keep them across events.
 *
 * <p>Immutable and thread-safe; {@link #forSeed} caches pools by seed.
 */
public final class ProviderPool {

  private static final List<String> PHARMACY_CHAINS =
      List.of(
          "CVS Pharmacy",
          "Walgreens",
          "Walmart Pharmacy",
          "Kroger Pharmacy",
          "Rite Aid Pharmacy",
          "Publix Pharmacy",
          "Costco Pharmacy");
  private static final int PHARMACIES = 300;
  private static final int HOSPITALS = 60;
  private static final int SITES = 50;
  private static final int POST_ACUTE_PROVIDERS = 80;
  private static final int AMBULANCE_SUPPLIERS = 40;
  private static final Map<Long, ProviderPool> CACHE = new ConcurrentHashMap<>();

  /** A specialty: its key, taxonomy code and display name. */
  public record Specialty(String key, String taxonomy, String display, int size) {}

  private final Map<String, Specialty> specialties;
  private final Map<String, List<Provider>> providers = new LinkedHashMap<>();
  private final List<Organization> pharmacies = new ArrayList<>();
  private final List<Organization> hospitals = new ArrayList<>();
  private final List<Organization> sites = new ArrayList<>();
  private final List<Organization> nursingFacilities = new ArrayList<>();
  private final List<Organization> homeHealthAgencies = new ArrayList<>();
  private final List<Organization> hospices = new ArrayList<>();
  private final List<Organization> dialysisFacilities = new ArrayList<>();
  private final List<Organization> ambulanceSuppliers = new ArrayList<>();
  private final List<Organization> equipmentSuppliers = new ArrayList<>();

  private ProviderPool(long seed) {
    this.specialties = loadSpecialties();
    UniformRandomProvider rng = Randoms.forSeed(Seeds.mix(seed, Seeds.hash("provider-pool")));
    Set<String> used = new HashSet<>();
    for (Specialty s : specialties.values()) {
      List<Provider> list = new ArrayList<>();
      for (int i = 0; i < s.size(); i++) {
        Person p = PersonGenerator.us().generate(rng, rng.nextBoolean() ? "F" : "M", "TX");
        list.add(
            new Provider(npi(rng, 1, used), p.givenName(), p.familyName(), s.taxonomy(), s.key()));
      }
      providers.put(s.key(), Collections.unmodifiableList(list));
    }
    for (int i = 0; i < PHARMACIES; i++) {
      String chain = PHARMACY_CHAINS.get(rng.nextInt(PHARMACY_CHAINS.size()));
      String npi = npi(rng, 1, used);
      pharmacies.add(
          new Organization(npi, npi, chain + " #" + (1000 + rng.nextInt(9000)), "3336C0003X"));
    }
    for (int i = 0; i < HOSPITALS; i++) {
      Person p = PersonGenerator.us().generate(rng, "F", "TX");
      String npi = npi(rng, 1, used);
      String name =
          rng.nextBoolean()
              ? p.familyName() + " Memorial Hospital"
              : p.address().city() + " General Hospital";
      hospitals.add(new Organization(npi, npi, name, "282N00000X"));
    }
    for (int i = 0; i < SITES; i++) {
      Person p = PersonGenerator.us().generate(rng, "M", "TX");
      String id = String.format("SITE-%03d", i + 1);
      sites.add(
          new Organization(
              id, npi(rng, 1, used), p.familyName() + " Clinical Research Center", "261Q00000X"));
    }
    // Drawn after the others, so adding them left the earlier members of the pool unchanged.
    for (int i = 0; i < POST_ACUTE_PROVIDERS; i++) {
      Person p = PersonGenerator.us().generate(rng, "F", "TX");
      String npi = npi(rng, 1, used);
      nursingFacilities.add(
          new Organization(
              npi, npi, p.address().city() + " Health and Rehabilitation Center", "314000000X"));
      npi = npi(rng, 1, used);
      homeHealthAgencies.add(
          new Organization(npi, npi, p.familyName() + " Home Health", "251E00000X"));
    }
    for (int i = 0; i < POST_ACUTE_PROVIDERS; i++) {
      Person p = PersonGenerator.us().generate(rng, "M", "TX");
      String npi = npi(rng, 1, used);
      hospices.add(new Organization(npi, npi, p.address().city() + " Hospice", "251G00000X"));
      npi = npi(rng, 1, used);
      dialysisFacilities.add(
          new Organization(npi, npi, p.address().city() + " Dialysis Center", "261QE0700X"));
    }
    for (int i = 0; i < AMBULANCE_SUPPLIERS; i++) {
      Person p = PersonGenerator.us().generate(rng, "F", "TX");
      String npi = npi(rng, 1, used);
      ambulanceSuppliers.add(
          new Organization(npi, npi, p.address().city() + " Ambulance Service", "3416L0300X"));
      npi = npi(rng, 1, used);
      equipmentSuppliers.add(
          new Organization(npi, npi, p.familyName() + " Medical Supply", "332B00000X"));
    }
  }

  /** The pool of {@code seed}. */
  public static ProviderPool forSeed(long seed) {
    return CACHE.computeIfAbsent(seed, ProviderPool::new);
  }

  private static String npi(UniformRandomProvider rng, int firstDigit, Set<String> used) {
    while (true) {
      String npi = Npi.of(firstDigit * 100_000_000L + rng.nextInt(100_000_000));
      if (used.add(npi)) {
        return npi;
      }
    }
  }

  /** The specialty called {@code key}, if the catalog has it. */
  public java.util.Optional<Specialty> specialty(String key) {
    return java.util.Optional.ofNullable(specialties.get(key));
  }

  /**
   * The keys of every specialty in the catalogue, for checking a journey before any pool exists.
   */
  public static List<String> knownSpecialties() {
    return SpecialtyKeys.KEYS;
  }

  /** Loaded on first use. */
  private static final class SpecialtyKeys {
    static final List<String> KEYS = List.copyOf(loadSpecialties().keySet());
  }

  /** Every specialty key. */
  public List<String> specialtyKeys() {
    return List.copyOf(specialties.keySet());
  }

  /** The entity's primary care provider: the same one for every event of that entity. */
  public Provider primaryCare(long entitySeed) {
    return pick(providers.get("primary_care"), entitySeed, "primary_care");
  }

  /**
   * The entity's provider of {@code specialty} (the same one for every event of that entity and
   * specialty).
   *
   * @throws IllegalArgumentException naming the known specialties for an unknown one
   */
  public Provider provider(String specialty, long entitySeed) {
    List<Provider> list = providers.get(specialty);
    if (list == null) {
      throw new IllegalArgumentException(
          "unknown specialty '"
              + specialty
              + "'; known: "
              + String.join(", ", specialties.keySet()));
    }
    return pick(list, entitySeed, specialty);
  }

  /** The entity's pharmacy. */
  public Organization pharmacy(long entitySeed) {
    return pick(pharmacies, entitySeed, "pharmacy");
  }

  /** The entity's hospital. */
  public Organization hospital(long entitySeed) {
    return pick(hospitals, entitySeed, "hospital");
  }

  /** The entity's skilled nursing facility. */
  public Organization skilledNursingFacility(long entitySeed) {
    return pick(nursingFacilities, entitySeed, "skilled-nursing");
  }

  /** The entity's home health agency. */
  public Organization homeHealthAgency(long entitySeed) {
    return pick(homeHealthAgencies, entitySeed, "home-health");
  }

  /** The entity's hospice. */
  public Organization hospice(long entitySeed) {
    return pick(hospices, entitySeed, "hospice");
  }

  /** The entity's dialysis facility. */
  public Organization dialysisFacility(long entitySeed) {
    return pick(dialysisFacilities, entitySeed, "dialysis");
  }

  /** The entity's ambulance supplier (NUCC 3416L0300X, land ambulance). */
  public Organization ambulanceSupplier(long entitySeed) {
    return pick(ambulanceSuppliers, entitySeed, "ambulance");
  }

  /** The entity's durable medical equipment supplier (NUCC 332B00000X). */
  public Organization equipmentSupplier(long entitySeed) {
    return pick(equipmentSuppliers, entitySeed, "dme");
  }

  /** The entity's trial site. */
  public Organization trialSite(long entitySeed) {
    return pick(sites, entitySeed, "site");
  }

  /** Every provider of every specialty, every pharmacy, hospital and site, for checks. */
  public List<String> allNpis() {
    List<String> all = new ArrayList<>();
    providers.values().forEach(list -> list.forEach(p -> all.add(p.npi())));
    pharmacies.forEach(o -> all.add(o.npi()));
    hospitals.forEach(o -> all.add(o.npi()));
    sites.forEach(o -> all.add(o.npi()));
    nursingFacilities.forEach(o -> all.add(o.npi()));
    homeHealthAgencies.forEach(o -> all.add(o.npi()));
    hospices.forEach(o -> all.add(o.npi()));
    dialysisFacilities.forEach(o -> all.add(o.npi()));
    ambulanceSuppliers.forEach(o -> all.add(o.npi()));
    equipmentSuppliers.forEach(o -> all.add(o.npi()));
    return all;
  }

  /** The clinician with {@code npi}, if this pool has one (for writers naming a record's NPI). */
  public java.util.Optional<Provider> clinician(String npi) {
    return java.util.Optional.ofNullable(byNpi().clinicians.get(npi));
  }

  /**
   * The organization with {@code key} as its NPI or its id (a trial site's {@code SITE-001}):
   * pharmacy, hospital, site, ..., if this pool has one.
   */
  public java.util.Optional<Organization> organization(String key) {
    return java.util.Optional.ofNullable(byNpi().organizations.get(key));
  }

  /** The pool's clinicians and organizations by NPI, built on first use. */
  private record NpiIndex(
      Map<String, Provider> clinicians, Map<String, Organization> organizations) {}

  private volatile NpiIndex npiIndex;

  private NpiIndex byNpi() {
    NpiIndex index = npiIndex;
    if (index == null) {
      Map<String, Provider> clinicians = new java.util.HashMap<>();
      providers.values().forEach(list -> list.forEach(p -> clinicians.put(p.npi(), p)));
      Map<String, Organization> organizations = new java.util.HashMap<>();
      for (List<Organization> list :
          List.of(
              pharmacies,
              hospitals,
              sites,
              nursingFacilities,
              homeHealthAgencies,
              hospices,
              dialysisFacilities,
              ambulanceSuppliers,
              equipmentSuppliers)) {
        for (Organization o : list) {
          organizations.put(o.npi(), o);
          organizations.put(o.id(), o);
        }
      }
      index = new NpiIndex(Map.copyOf(clinicians), Map.copyOf(organizations));
      npiIndex = index;
    }
    return index;
  }

  private static final Map<String, Long> ROLE_KEYS = new ConcurrentHashMap<>();

  private static <T> T pick(List<T> list, long entitySeed, String role) {
    long key =
        Seeds.mix(entitySeed, ROLE_KEYS.computeIfAbsent(role, r -> Seeds.hash("assigned/" + r)));
    return list.get((int) Long.remainderUnsigned(key, list.size()));
  }

  private static Map<String, Specialty> loadSpecialties() {
    Map<String, Specialty> map = new LinkedHashMap<>();
    try (InputStream in = ProviderPool.class.getResourceAsStream("nucc-taxonomy.csv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("key,")) {
          continue;
        }
        List<String> f = CsvLine.split(line);
        map.put(f.get(0), new Specialty(f.get(0), f.get(1), f.get(2), Integer.parseInt(f.get(3))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read nucc-taxonomy.csv", e);
    }
    return Collections.unmodifiableMap(map);
  }
}
