package org.healthsim.generation.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.healthsim.core.spec.JourneySpecification;
import org.healthsim.core.spec.ProfileSpecification;
import org.healthsim.generation.HealthSim;
import org.junit.jupiter.api.Test;

/**
 * Specs are Java-serializable, so they travel as data to where they run (Spark's executors): every
 * built-in profile and journey read back gives the same members and timelines.
 */
class SpecSerializationTest {

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void everyBuiltInProfileGivesTheSameMembersAfterARoundTrip() throws Exception {
    for (String name : ProfileTemplates.NAMES) {
      ProfileSpecification spec = ProfileTemplates.get(name);
      ProfileSpecification read = roundTrip(spec);
      for (long i = 0; i < 20; i++) {
        assertThat(HealthSim.cohort(read).seed(3).count(20).member(i).entity())
            .as(name + " member " + i)
            .isEqualTo(HealthSim.cohort(spec).seed(3).count(20).member(i).entity());
      }
    }
  }

  @Test
  void everyBuiltInJourneyGivesTheSameTimelinesAfterARoundTrip() throws Exception {
    for (String name : JourneyTemplates.NAMES) {
      JourneySpecification spec = JourneyTemplates.get(name);
      JourneySpecification read = roundTrip(spec);
      for (long i = 0; i < 5; i++) {
        var original =
            HealthSim.cohort("medicare-diabetic").journeys(spec).seed(3).count(5).member(i);
        var again = HealthSim.cohort("medicare-diabetic").journeys(read).seed(3).count(5).member(i);
        assertThat(again.events()).as(name + " member " + i).isEqualTo(original.events());
        assertThat(again.events()).isNotEmpty();
      }
    }
  }
}
