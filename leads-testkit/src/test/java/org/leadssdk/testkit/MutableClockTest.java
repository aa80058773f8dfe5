package org.leadssdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MutableClockTest {
  private static final Instant START = Instant.parse("2026-11-01T08:00:00Z");

  @Test
  void standsStillUntilAdvanced() {
    MutableClock clock = MutableClock.at(START);
    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(clock.advance(Duration.ofDays(366))).isEqualTo(START.plus(Duration.ofDays(366)));
    assertThat(clock.millis()).isEqualTo(START.plus(Duration.ofDays(366)).toEpochMilli());
  }

  @Test
  void setMovesEitherWay() {
    MutableClock clock = MutableClock.at(START);
    clock.set(START.minusSeconds(60));
    assertThat(clock.instant()).isEqualTo(START.minusSeconds(60));
  }

  @Test
  void zonedViewSharesTheInstant() {
    MutableClock clock = MutableClock.at(START);
    MutableClock la = clock.withZone(ZoneId.of("America/Los_Angeles"));
    clock.advance(Duration.ofHours(2));
    assertThat(la.instant()).isEqualTo(START.plus(Duration.ofHours(2)));
    assertThat(la.getZone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
    assertThat(la).isNotEqualTo(clock).isEqualTo(clock.withZone(ZoneId.of("America/Los_Angeles")));
    assertThat(MutableClock.at(START)).isNotEqualTo(clock);
  }

  @Test
  void rejectsNegativeAdvance() {
    MutableClock clock = MutableClock.at(START);
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount must not be negative, got PT-1S");
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> MutableClock.at(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("start");
    assertThatThrownBy(() -> MutableClock.at(START).withZone(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("zone");
  }

  @Test
  void concurrentAdvancesAreAllCounted() throws Exception {
    MutableClock clock = MutableClock.at(START);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        done.add(pool.submit(() -> {
          for (int i = 0; i < 10_000; i++) {
            clock.advance(Duration.ofMillis(1));
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(clock.instant()).isEqualTo(START.plusMillis(40_000));
  }
}
