package org.leadssdk.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.Revocation;
import org.leadssdk.core.SupervisionEvent;
import org.leadssdk.core.Suspension;

/**
 * DOM 81010.9: the interval arithmetic of {@link ParolePeriod} agrees with a brute-force walk over every day
 * from the release date, counting credited days until the term is satisfied.
 */
class ParolePeriodProperties {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 500);
  }

  record Input(LocalDate release, int termDays, List<SupervisionEvent> events, LocalDate asOf) {}

  static Input generate(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    LocalDate release = LocalDate.of(2000, 1, 1).plusDays(r.nextInt(10_000));
    int term = 1 + r.nextInt(r.nextBoolean() ? 40 : 1_500);
    int n = r.nextInt(6);
    List<SupervisionEvent> events = new ArrayList<>();
    @Nullable LocalDate prevEnd = null;
    LocalDate lastStart = release;
    for (int k = 0; k < n; k++) {
      LocalDate start = prevEnd == null
          ? release.plusDays(r.nextInt(term + 20))
          : prevEnd.plusDays(r.nextInt(4) == 0 ? 0 : r.nextInt(1, 300)); // 0: shares the boundary day
      boolean open = k == n - 1 && r.nextInt(4) == 0;
      LocalDate end = open ? null : start.plusDays(r.nextBoolean() ? r.nextInt(3) : r.nextInt(400));
      events.add(r.nextBoolean()
          ? new Revocation(start, end)
          : new Suspension(r.nextBoolean() ? Suspension.Authority.COURT : Suspension.Authority.BPH, start, end));
      prevEnd = end;
      lastStart = start;
    }
    LocalDate asOf = n == 0 ? release.plusDays(r.nextInt(-60, term + 60)) : lastStart.plusDays(r.nextInt(0, 900));
    if (r.nextBoolean()) {
      Collections.shuffle(events, new Random(seed));
    }
    return new Input(release, term, List.copyOf(events), asOf);
  }

  /** The answer of the day-by-day walk. */
  record Oracle(
      LocalDate discharge, long custody, long tolled, long credited, LocalDate continuousStart, long continuous,
      boolean provisional, boolean valid) {}

  static Oracle walk(Input in) {
    long credited = 0;
    long creditedByAsOf = 0;
    long custody = 0;
    long tolled = 0;
    @Nullable LocalDate lastUncredited = null;
    LocalDate day = in.release();
    List<LocalDate> creditedDays = new ArrayList<>();
    while (credited < in.termDays()) {
      // A day covered by two events (a shared boundary day) belongs to the one that ends first.
      @Nullable SupervisionEvent covering = null;
      @Nullable LocalDate coveringLast = null;
      for (SupervisionEvent e : in.events()) {
        LocalDate last = e.end() == null ? in.asOf() : e.end();
        if (!day.isBefore(e.start()) && !day.isAfter(last) && (coveringLast == null || last.isBefore(coveringLast))) {
          covering = e;
          coveringLast = last;
        }
      }
      if (covering == null) {
        credited++;
        creditedDays.add(day);
        if (!day.isAfter(in.asOf())) {
          creditedByAsOf++;
        }
      } else {
        if (covering instanceof Revocation) {
          custody++;
        } else {
          tolled++;
        }
        lastUncredited = day;
      }
      day = day.plusDays(1);
    }
    LocalDate discharge = day;
    LocalDate continuousStart = lastUncredited == null ? in.release() : lastUncredited.plusDays(1);
    long continuous = creditedDays.stream()
        .filter(x -> !x.isBefore(continuousStart) && !x.isAfter(in.asOf()))
        .count();
    boolean valid = in.events().stream().allMatch(e -> e.start().isBefore(discharge));
    boolean provisional = in.events().stream().anyMatch(e -> e.end() == null);
    return new Oracle(discharge, custody, tolled, creditedByAsOf, continuousStart, continuous, provisional, valid);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void agreesWithTheDayByDayWalk(long seed) {
    Input in = generate(seed);
    Oracle o = walk(in);
    String why = "seed " + seed + ": " + in;
    if (!o.valid()) {
      assertThatThrownBy(() -> ParolePeriod.calculate(in.release(), in.termDays(), in.events(), in.asOf()))
          .as(why)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("on or after the controlling discharge date");
      return;
    }
    ParolePeriod.Calculation c = ParolePeriod.calculate(in.release(), in.termDays(), in.events(), in.asOf());
    assertThat(c.controllingDischargeDate()).as(why).isEqualTo(o.discharge());
    assertThat(c.daysInCustody()).as(why).isEqualTo(o.custody());
    assertThat(c.daysTolled()).as(why).isEqualTo(o.tolled());
    assertThat(c.daysCredited()).as(why).isEqualTo(o.credited());
    assertThat(c.continuousParoleStart()).as(why).isEqualTo(o.continuousStart());
    assertThat(c.daysOfContinuousParole()).as(why).isEqualTo(o.continuous());
    assertThat(c.provisional()).as(why).isEqualTo(o.provisional());
    assertThat(c.reasons()).as(why).hasSize(in.events().size() + 3);
  }

  @org.junit.jupiter.api.Test
  void generatorReachesEveryKindOfCase() {
    long invalid = 0;
    long provisional = 0;
    long shared = 0;
    long extended = 0;
    for (long seed : seeds().toArray()) {
      Input in = generate(seed);
      Oracle o = walk(in);
      invalid += o.valid() ? 0 : 1;
      provisional += o.valid() && o.provisional() ? 1 : 0;
      extended += o.valid() && o.custody() > 0 && o.tolled() > 0 ? 1 : 0;
      shared += in.events().stream().anyMatch(a -> in.events().stream()
          .anyMatch(b -> a != b && a.end() != null && a.end().equals(b.start()))) ? 1 : 0;
    }
    assertThat(invalid).as("rejected inputs").isGreaterThan(10);
    assertThat(provisional).as("valid inputs with an open event").isGreaterThan(10);
    assertThat(extended).as("valid inputs with custody and tolling").isGreaterThan(10);
    assertThat(shared).as("inputs with a shared boundary day").isGreaterThan(10);
  }
}
