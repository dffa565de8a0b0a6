package org.healthsim.generation.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FakerListsTest {

  private static final String FILE = "person/faker-lists.yml";

  private final FakerLists name = FakerLists.read(FILE, "en", "name");

  @Test
  void readsTheListsOfItsSectionOnlyInTheFilesOrder() {
    assertThat(name.get("given")).containsExactly("Ada", "Grace");
    assertThat(name.get("last")).containsExactly("Hopper");
    assertThat(FakerLists.read(FILE, "en", "other").get("given")).containsExactly("Not", "This");
  }

  @Test
  void aListInAFormItDoesNotReadIsRefusedWithTheFileAndLine() {
    assertThatThrownBy(() -> name.get("escaped"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("person/faker-lists.yml, line 16")
        .hasMessageContaining("escaped");
    assertThatThrownBy(() -> name.get("plain")).hasMessageContaining("line 18");
    assertThatThrownBy(() -> name.get("nested")).hasMessageContaining("line 20");
  }

  @Test
  void aScalarAMissingListOrSectionIsNamed() {
    assertThatThrownBy(() -> name.get("scalar")).hasMessageContaining("has no list scalar");
    assertThatThrownBy(() -> name.get("street")).hasMessageContaining("has no list street");
    assertThatThrownBy(() -> FakerLists.read(FILE, "en", "phone"))
        .hasMessageContaining("person/faker-lists.yml has no section en.faker.phone");
    assertThatThrownBy(() -> FakerLists.read("person/none.yml", "en", "name"))
        .hasMessageContaining("person/none.yml is not on the class path");
  }
}
