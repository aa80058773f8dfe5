package org.leadssdk.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class AliasTableTest {
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void samplesInProportionToTheWeights(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 1 + r.nextInt(12);
    double[] w = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      w[i] = r.nextInt(4) == 0 ? 0 : r.nextDouble() * 10;
      sum += w[i];
    }
    if (sum == 0) {
      w[0] = 1;
      sum = 1;
    }
    AliasTable table = new AliasTable(w);
    int draws = 200_000;
    int[] counts = new int[n];
    for (int i = 0; i < draws; i++) {
      counts[table.sample(r)]++;
    }
    for (int i = 0; i < n; i++) {
      assertThat(counts[i] / (double) draws).as("seed %d index %d", seed, i).isCloseTo(w[i] / sum, within(0.006));
      if (w[i] == 0) {
        assertThat(counts[i]).as("seed %d index %d has weight 0", seed, i).isZero();
      }
    }
  }

  @Test
  void rejectsNegativeAndAllZeroWeights() {
    assertThatThrownBy(() -> new AliasTable(new double[] {1, -0.5}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weights[1] must be finite and >= 0, got -0.5");
    assertThatThrownBy(() -> new AliasTable(new double[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one positive weight");
  }
}
