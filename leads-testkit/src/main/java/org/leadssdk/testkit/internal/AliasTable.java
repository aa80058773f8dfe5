package org.leadssdk.testkit.internal;

import java.util.SplittableRandom;

/**
 * Samples an index in proportion to fixed weights in constant time (Vose's alias method). Immutable and
 * thread-safe; the caller brings the random source.
 */
public final class AliasTable {
  private final double[] probability;
  private final int[] alias;

  /**
   * Builds the table.
   *
   * @param weights non-negative finite weights, at least one of them positive
   * @throws IllegalArgumentException if a weight is negative, NaN or infinite, or all are zero
   */
  public AliasTable(double[] weights) {
    int n = weights.length;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double w = weights[i];
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("weights[" + i + "] must be finite and >= 0, got " + w);
      }
      sum += w;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException("weights must hold at least one positive weight, got " + n + " weights");
    }
    probability = new double[n];
    alias = new int[n];
    double[] scaled = new double[n];
    int[] small = new int[n];
    int[] large = new int[n];
    int smallCount = 0;
    int largeCount = 0;
    for (int i = 0; i < n; i++) {
      scaled[i] = weights[i] * n / sum;
      if (scaled[i] < 1.0) {
        small[smallCount++] = i;
      } else {
        large[largeCount++] = i;
      }
    }
    while (smallCount > 0 && largeCount > 0) {
      int s = small[--smallCount];
      int l = large[--largeCount];
      probability[s] = scaled[s];
      alias[s] = l;
      scaled[l] = scaled[l] + scaled[s] - 1.0;
      if (scaled[l] < 1.0) {
        small[smallCount++] = l;
      } else {
        large[largeCount++] = l;
      }
    }
    // What is left holds (up to rounding) exactly one unit of weight each.
    while (largeCount > 0) {
      int l = large[--largeCount];
      probability[l] = 1.0;
      alias[l] = l;
    }
    while (smallCount > 0) {
      int s = small[--smallCount];
      probability[s] = 1.0;
      alias[s] = s;
    }
  }

  /** The number of weights. */
  public int size() {
    return probability.length;
  }

  /** An index in {@code [0, size())}, drawn in proportion to its weight. */
  public int sample(SplittableRandom random) {
    int column = random.nextInt(probability.length);
    return random.nextDouble() < probability[column] ? column : alias[column];
  }
}
