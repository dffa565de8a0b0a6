package org.healthsim.generation.internal.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderPoolTest {

  @Test
  void npiCheckDigitsFollowTheCmsAlgorithm() {
    // The CMS specification's worked example: 123456789 with prefix 80840 has check digit 3.
    assertThat(Npi.of(123456789)).isEqualTo("1234567893");
    assertThat(Npi.isValid("1234567893")).isTrue();
    assertThat(Npi.isValid("1234567894")).isFalse();
    assertThat(Npi.isValid("123456789")).isFalse();
  }

  @Test
  void everyNpiInThePoolIsValidAndUnique() {
    List<String> npis = ProviderPool.forSeed(42).allNpis();
    assertThat(npis)
        .hasSizeGreaterThan(1000)
        .allSatisfy(n -> assertThat(Npi.isValid(n)).as(n).isTrue());
    assertThat(new HashSet<>(npis)).hasSameSizeAs(npis);
  }

  @Test
  void theSameSeedGivesTheSamePoolAndEntitiesKeepTheirProviders() {
    ProviderPool a = ProviderPool.forSeed(7);
    assertThat(a.primaryCare(123)).isEqualTo(a.primaryCare(123));
    assertThat(a.pharmacy(123)).isEqualTo(a.pharmacy(123));
    assertThat(a.provider("cardiology", 5).taxonomy()).isEqualTo("207RC0000X");
    assertThat(a.primaryCare(123).taxonomy()).isEqualTo("207Q00000X");
    long distinct =
        java.util.stream.LongStream.range(0, 1000).mapToObj(a::primaryCare).distinct().count();
    assertThat(distinct).isGreaterThan(150);
  }

  @Test
  void taxonomyCodesHaveTheNuccShape() {
    ProviderPool pool = ProviderPool.forSeed(1);
    for (String key : pool.specialtyKeys()) {
      assertThat(pool.specialty(key).orElseThrow().taxonomy()).matches("\\d{3}[0-9A-Z]{6}X");
    }
  }

  @Test
  void anUnknownSpecialtyNamesTheKnownOnes() {
    assertThatThrownBy(() -> ProviderPool.forSeed(1).provider("cardiolgy", 1))
        .hasMessageContaining("unknown specialty 'cardiolgy'")
        .hasMessageContaining("cardiology");
  }
}
