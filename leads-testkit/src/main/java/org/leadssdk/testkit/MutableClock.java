package org.leadssdk.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;

/**
 * A {@link Clock} that stands still until a test moves it, for code that takes a clock (retention,
 * audit timestamps, alerts):
 *
 * <pre>{@code
 * MutableClock clock = MutableClock.at(Instant.parse("2026-11-01T08:00:00Z"));
 * service = Service.builder().clock(clock).build();
 * clock.advance(Duration.ofDays(366));
 * }</pre>
 *
 * <p>Thread-safe: the instant is held atomically. {@link #withZone} gives a view in another zone that
 * shares the instant, so moving either moves both. For tests with synthetic data only.
 */
public final class MutableClock extends Clock {
  private final AtomicReference<Instant> instant;
  private final ZoneId zone;

  private MutableClock(AtomicReference<Instant> instant, ZoneId zone) {
    this.instant = instant;
    this.zone = zone;
  }

  /** A clock at {@code start} in UTC. */
  public static MutableClock at(Instant start) {
    return of(start, ZoneOffset.UTC);
  }

  /** A clock at {@code start} in {@code zone}. */
  public static MutableClock of(Instant start, ZoneId zone) {
    Check.notNull("start", start);
    Check.notNull("zone", zone);
    return new MutableClock(new AtomicReference<>(start), zone);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view of this clock in {@code zone}; it shares the instant with this clock. */
  @Override
  public MutableClock withZone(ZoneId zone) {
    Check.notNull("zone", zone);
    return new MutableClock(instant, zone);
  }

  @Override
  public Instant instant() {
    return instant.get();
  }

  /**
   * Moves the clock forward.
   *
   * @param amount how far; zero or positive
   * @return the new instant
   * @throws IllegalArgumentException if {@code amount} is negative (use {@link #set} to go back)
   */
  public Instant advance(Duration amount) {
    Check.notNull("amount", amount);
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount must not be negative, got " + amount + "; use set() to go back");
    }
    return instant.updateAndGet(i -> i.plus(amount));
  }

  /** Sets the clock to {@code value}, forward or back. */
  public void set(Instant value) {
    Check.notNull("value", value);
    instant.set(value);
  }

  /** Equal to another mutable clock on the same instant holder and zone. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MutableClock c && c.instant == instant && c.zone.equals(zone);
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(instant) * 31 + zone.hashCode();
  }

  @Override
  public String toString() {
    return "MutableClock[" + instant.get() + ", " + zone + "]";
  }
}
