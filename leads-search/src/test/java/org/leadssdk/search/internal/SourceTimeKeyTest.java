package org.leadssdk.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTimeKeyTest {
  @Test
  void keepsNanosecondsAndReadsBackExactly() {
    Instant t = Instant.parse("2026-10-01T00:00:00.000000001Z");
    assertThat(DocumentMapper.sourceTimeKey(t)).isEqualTo(DocumentMapper.sourceTimeKey(t.minusNanos(1)) + 1);
    assertThat(DocumentMapper.sourceTime(DocumentMapper.sourceTimeKey(t))).isEqualTo(t);
    Instant beforeEpoch = Instant.parse("1950-06-15T12:00:00.5Z");
    assertThat(DocumentMapper.sourceTime(DocumentMapper.sourceTimeKey(beforeEpoch))).isEqualTo(beforeEpoch);
  }

  @Test
  void clampsInstantsOutsideTheLongRangeOfNanoseconds() {
    assertThat(DocumentMapper.sourceTimeKey(Instant.MAX)).isEqualTo(Long.MAX_VALUE);
    assertThat(DocumentMapper.sourceTimeKey(Instant.MIN)).isEqualTo(Long.MIN_VALUE);
    assertThat(DocumentMapper.sourceTimeKey(Instant.parse("2300-01-01T00:00:00Z"))).isEqualTo(Long.MAX_VALUE);
  }

  /** Seeded property: the key keeps the order of instants (non-strictly only where it clamps). */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void keepsTheOrderOfInstants(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 10_000; i++) {
      Instant a = Instant.ofEpochSecond(random.nextLong(-12_000_000_000L, 12_000_000_000L), random.nextInt(1_000_000_000));
      Instant b = Instant.ofEpochSecond(random.nextLong(-12_000_000_000L, 12_000_000_000L), random.nextInt(1_000_000_000));
      long ka = DocumentMapper.sourceTimeKey(a);
      long kb = DocumentMapper.sourceTimeKey(b);
      assertThat(Long.signum(Long.compare(ka, kb)) * Long.signum(a.compareTo(b)))
          .as("seed %d: %s vs %s", seed, a, b).isGreaterThanOrEqualTo(0);
      if (ka != Long.MAX_VALUE && ka != Long.MIN_VALUE) {
        assertThat(DocumentMapper.sourceTime(ka)).as("seed %d: %s", seed, a).isEqualTo(a);
      }
    }
  }
}
