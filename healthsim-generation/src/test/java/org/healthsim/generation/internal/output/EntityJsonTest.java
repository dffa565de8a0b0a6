package org.healthsim.generation.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.healthsim.generation.profile.ExecutionResult;
import org.healthsim.generation.profile.GeneratedEntity;
import org.healthsim.generation.profile.ProfileExecutor;
import org.healthsim.generation.template.ProfileTemplates;
import org.junit.jupiter.api.Test;

/** Every NDJSON line is the DESIGN §8 shape and says what the entity says. */
class EntityJsonTest {

  private static final List<String> KEYS =
      List.of(
          "entity_id",
          "index",
          "seed",
          "age",
          "birth_date",
          "gender",
          "race",
          "ethnicity",
          "state",
          "county_fips",
          "conditions",
          "severity",
          "lab_values",
          "medications",
          "coverage",
          "identifiers",
          "person");

  @Test
  void linesParseAndMatchTheirEntities() throws IOException {
    ProfileExecutor executor = new ProfileExecutor(5);
    ExecutionResult result = executor.execute(ProfileTemplates.get("medicare-diabetic"), 3000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    executor.generate(
        ProfileTemplates.get("medicare-diabetic"), 3000, new NdjsonEntitySink(out), d -> {});
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(3000);
    ObjectMapper mapper = new ObjectMapper();
    for (int i = 0; i < lines.length; i++) {
      JsonNode line = mapper.readTree(lines[i]);
      GeneratedEntity e = result.entities().get(i);
      List<String> keys = new ArrayList<>();
      line.fieldNames().forEachRemaining(keys::add);
      assertThat(keys).isEqualTo(KEYS);
      assertThat(line.get("entity_id").asText()).isEqualTo(e.entityId());
      assertThat(line.get("seed").asLong()).isEqualTo(e.seed());
      assertThat(line.get("age").asInt()).isEqualTo(e.age());
      assertThat(line.get("birth_date").asText()).isEqualTo(e.birthDate().toString());
      assertThat(line.get("race").isNull()).isTrue();
      assertThat(line.get("conditions").size()).isEqualTo(e.conditions().size());
      assertThat(line.get("conditions").get(0).get("role").asText())
          .isEqualTo(e.conditions().get(0).role().wireName());
      assertThat(line.get("lab_values").get("a1c").asDouble()).isEqualTo(e.labValues().get("a1c"));
      assertThat(line.get("medications").size()).isEqualTo(e.medications().size());
      assertThat(line.get("coverage").get("effective_date").asText())
          .isEqualTo(e.coverage().effectiveDate().toString());
      assertThat(line.get("identifiers").get("rx_member_id").asText())
          .isEqualTo(e.identifiers().rxMemberId());
      assertThat(line.get("person").get("address").get("zip").asText())
          .isEqualTo(e.person().address().zip());
    }
  }
}
