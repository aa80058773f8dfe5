package org.leadssdk.testkit.internal;

import java.util.SplittableRandom;
import org.leadssdk.core.CdcNumber;

/**
 * Maps a counter to CDC numbers without repeats: a keyed 4-round Feistel permutation of 24-bit values,
 * cycle-walked into the {@value #CAPACITY} well-formed numbers (one letter and five digits, or two letters
 * and four digits). A bijection, so the numbers of counters {@code 0..n-1} are distinct. Immutable.
 */
public final class CdcNumbers {
  /** How many distinct CDC numbers exist: 26 × 10^5 + 26² × 10^4. */
  public static final int CAPACITY = 26 * 100_000 + 26 * 26 * 10_000;

  private static final int ONE_LETTER = 26 * 100_000;
  private static final int HALF_BITS = 12;
  private static final int HALF_MASK = (1 << HALF_BITS) - 1;

  private final int[] keys = new int[4];

  /** A permutation keyed by {@code seed}. */
  public CdcNumbers(long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x43444331L);
    for (int i = 0; i < keys.length; i++) {
      keys[i] = random.nextInt();
    }
  }

  /**
   * The CDC number of the {@code index}-th record.
   *
   * @throws IllegalArgumentException if {@code index} is negative or not below {@link #CAPACITY}
   */
  public CdcNumber number(long index) {
    if (index < 0 || index >= CAPACITY) {
      throw new IllegalArgumentException(
          "index must be between 0 and " + (CAPACITY - 1) + " (the count of distinct CDC numbers), got " + index);
    }
    int v = (int) index;
    do {
      v = permute(v);
    } while (v >= CAPACITY);
    return new CdcNumber(format(v));
  }

  private int permute(int value) {
    int left = value >>> HALF_BITS;
    int right = value & HALF_MASK;
    for (int key : keys) {
      int mixed = right * 0x9E3779B1 ^ key;
      mixed ^= mixed >>> 15;
      mixed *= 0x85EBCA6B;
      mixed ^= mixed >>> 13;
      int next = left ^ (mixed & HALF_MASK);
      left = right;
      right = next;
    }
    return (left << HALF_BITS) | right;
  }

  private static String format(int v) {
    char[] c = new char[6];
    if (v < ONE_LETTER) {
      c[0] = (char) ('A' + v / 100_000);
      digits(c, 1, v % 100_000, 5);
    } else {
      int w = v - ONE_LETTER;
      int letters = w / 10_000;
      c[0] = (char) ('A' + letters / 26);
      c[1] = (char) ('A' + letters % 26);
      digits(c, 2, w % 10_000, 4);
    }
    return new String(c);
  }

  private static void digits(char[] c, int from, int value, int count) {
    int v = value;
    for (int i = from + count - 1; i >= from; i--) {
      c[i] = (char) ('0' + v % 10);
      v /= 10;
    }
  }
}
