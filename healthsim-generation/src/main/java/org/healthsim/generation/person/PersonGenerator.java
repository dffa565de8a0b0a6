package org.healthsim.generation.person;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Draws a person's name, address and phone from one generator. The first call reads Datafaker's
 * data (about half a second while the JVM is cold; see {@link #preload}); after that a person costs
 * a handful of draws.
 *
 * <p>Thread-safe: the generator passed in is the only mutable state.
 */
public final class PersonGenerator {

  private static final PersonGenerator INSTANCE = new PersonGenerator();

  private PersonGenerator() {}

  /**
   * Starts reading the person data on a thread of its own, so that the first person (and the
   * provider directory, which needs names too) waits only for what is left of it. Call it early
   * when start-up time matters and the run will need it: the command line does once it has read a
   * spec with person details or a run with journeys. Calling it again, or after the data is read,
   * does nothing.
   */
  public static void preload() {
    PersonData.load();
  }

  /** The generator of US persons. */
  public static PersonGenerator us() {
    return INSTANCE;
  }

  /**
   * A person of {@code gender} ({@code M}, {@code F} or anything else for either) living in {@code
   * state} (a USPS abbreviation).
   */
  public Person generate(UniformRandomProvider rng, String gender, String state) {
    PersonData data = PersonData.get();
    List<String> given =
        "F".equals(gender)
            ? data.femaleGivenNames
            : "M".equals(gender) ? data.maleGivenNames : data.givenNames;
    String givenName = pick(rng, given);
    String familyName = pick(rng, data.familyNames);
    String street =
        (100 + rng.nextInt(9900))
            + " "
            + (rng.nextBoolean() ? pick(rng, data.givenNames) : pick(rng, data.familyNames))
            + " "
            + pick(rng, data.streetSuffixes);
    String city = city(rng, data);
    PersonData.StateData home = data.state(state);
    String zip = null;
    String county = null;
    String phone = null;
    if (home != null) {
      if (home.zips().length > 0) {
        int z = rng.nextInt(home.zips().length);
        zip = home.zips()[z];
        county = home.counties()[z];
      }
      phone = home.phone(rng.nextInt(home.phoneCount()));
    }
    return new Person(givenName, familyName, new Address(street, city, county, state, zip), phone);
  }

  /** Datafaker's four city patterns, with its name parts. */
  private static String city(UniformRandomProvider rng, PersonData data) {
    switch (rng.nextInt(4)) {
      case 0:
        return pick(rng, data.cityPrefixes)
            + " "
            + pick(rng, data.givenNames)
            + pick(rng, data.citySuffixes);
      case 1:
        return pick(rng, data.cityPrefixes) + " " + pick(rng, data.givenNames);
      case 2:
        return pick(rng, data.givenNames) + pick(rng, data.citySuffixes);
      default:
        return pick(rng, data.familyNames) + pick(rng, data.citySuffixes);
    }
  }

  private static String pick(UniformRandomProvider rng, List<String> list) {
    return list.get(rng.nextInt(list.size()));
  }
}
