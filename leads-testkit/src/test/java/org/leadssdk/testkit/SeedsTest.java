package org.leadssdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

@ResourceLock(Resources.SYSTEM_PROPERTIES)
class SeedsTest {
  @Test
  void givesTheConfiguredNumberOfDistinctFixedSeeds() {
    withProperties(null, "17", () -> {
      assertThat(Seeds.some().toArray()).hasSize(17).doesNotHaveDuplicates().isEqualTo(Seeds.of(17).toArray());
      return null;
    });
  }

  @Test
  void defaultsToFiftySeeds() {
    withProperties(null, null, () -> {
      assertThat(Seeds.some().count()).isEqualTo(Seeds.DEFAULT_COUNT);
      return null;
    });
  }

  @Test
  void replaysExactlyOneSeed() {
    withProperties("-42", "17", () -> {
      assertThat(Seeds.some().toArray()).containsExactly(-42L);
      return null;
    });
  }

  @Test
  void rejectsASeedThatIsNotANumber() {
    withProperties("forty-two", null, () -> {
      assertThatThrownBy(Seeds::some)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("leads.seed")
          .hasMessageContaining("forty-two");
      return null;
    });
  }

  @Test
  void rejectsACountBelowOne() {
    withProperties(null, "0", () -> {
      assertThatThrownBy(Seeds::some)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("leads.seeds must be at least 1, got 0");
      return null;
    });
  }

  @Test
  void seedsAreStableAcrossCalls() {
    assertThat(Seeds.of(5).toArray()).isEqualTo(Seeds.of(5).toArray());
    assertThat(Seeds.of(0).count()).isZero();
  }

  private static void withProperties(String seed, String count, Supplier<Void> body) {
    String oldSeed = System.getProperty(Seeds.REPLAY_PROPERTY);
    String oldCount = System.getProperty(Seeds.COUNT_PROPERTY);
    try {
      set(Seeds.REPLAY_PROPERTY, seed);
      set(Seeds.COUNT_PROPERTY, count);
      body.get();
    } finally {
      set(Seeds.REPLAY_PROPERTY, oldSeed);
      set(Seeds.COUNT_PROPERTY, oldCount);
    }
  }

  private static void set(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }
}
