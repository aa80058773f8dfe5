package org.leadssdk.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.testkit.Seeds;

class CdcKeyTest {
  static java.util.stream.LongStream seeds() {
    return Seeds.some();
  }

  private static String randomCdc(SplittableRandom random) {
    StringBuilder b = new StringBuilder();
    int letters = random.nextBoolean() ? 1 : 2;
    for (int i = 0; i < 6; i++) {
      b.append(i < letters ? (char) ('A' + random.nextInt(26)) : (char) ('0' + random.nextInt(10)));
    }
    return b.toString();
  }

  /** Seeded property: the key reads back as the same text and sorts exactly as the text does. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void keyRoundTripsAndKeepsTheTextOrder(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 2_000; i++) {
      String a = randomCdc(random);
      String b = randomCdc(random);
      assertThat(DocumentMapper.cdcOfKey(DocumentMapper.cdcKey(a))).as("seed %d", seed).isEqualTo(a);
      assertThat(Integer.signum(Long.compare(DocumentMapper.cdcKey(a), DocumentMapper.cdcKey(b))))
          .as("seed %d: %s vs %s", seed, a, b)
          .isEqualTo(Integer.signum(a.compareTo(b)));
    }
  }

  @Test
  void rejectsTextThatIsNotSixCharacters() {
    assertThatThrownBy(() -> DocumentMapper.cdcKey("A1234"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cdcNumber: a CDC number has 6 characters, got 5");
  }
}
