package org.leadssdk.testkit;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * Seeds for seeded property tests, as a JUnit {@code @MethodSource}:
 *
 * <pre>{@code
 * @ParameterizedTest(name = "seed {0}")
 * @MethodSource("org.leadssdk.testkit.Seeds#some")
 * void roundTrips(long seed) { ... }
 * }</pre>
 *
 * <p>{@link #some()} gives {@value #DEFAULT_COUNT} seeds, or as many as the system property
 * {@code leads.seeds} says; with {@code -Dleads.seed=N} it gives exactly {@code N}, to replay a failure
 * whose message showed that seed. The seeds are the same on every run. Thread-safe; the seeds only
 * drive synthetic data.
 */
public final class Seeds {
  /** The number of seeds when {@code leads.seeds} is not set. */
  public static final int DEFAULT_COUNT = 50;

  /** The system property giving the number of seeds. */
  public static final String COUNT_PROPERTY = "leads.seeds";

  /** The system property giving the single seed to replay. */
  public static final String REPLAY_PROPERTY = "leads.seed";

  private static final long BASE = 0x1EAD5L;

  private Seeds() {}

  /**
   * The seeds of this run: the one of {@code -Dleads.seed=N}, else {@code leads.seeds} (default
   * {@value #DEFAULT_COUNT}) fixed seeds.
   *
   * @throws IllegalArgumentException if either property is set but is not a number, or the count is below 1
   */
  public static LongStream some() {
    // System properties are the one channel Maven, IDEs and JUnit all pass through to a test JVM.
    String replay = System.getProperty(REPLAY_PROPERTY);
    if (replay != null && !replay.isBlank()) {
      return LongStream.of(parse(REPLAY_PROPERTY, replay));
    }
    String count = System.getProperty(COUNT_PROPERTY);
    long n = count == null || count.isBlank() ? DEFAULT_COUNT : parse(COUNT_PROPERTY, count);
    if (n < 1) {
      throw new IllegalArgumentException(COUNT_PROPERTY + " must be at least 1, got " + n);
    }
    return of(n);
  }

  /**
   * {@code n} fixed seeds, the same on every run (the first {@code n} of the sequence {@link #some()} uses).
   *
   * @throws IllegalArgumentException if {@code n < 0}
   */
  public static LongStream of(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, got " + n);
    }
    SplittableRandom random = new SplittableRandom(BASE);
    return LongStream.generate(random::nextLong).limit(n);
  }

  private static long parse(String property, String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "system property " + property + " must be a whole number, got \"" + text + "\"", e);
    }
  }
}
