package org.leadssdk.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Revocation;
import org.leadssdk.core.Supervision;
import org.leadssdk.core.SupervisionEvent;
import org.leadssdk.core.SupervisionLevel;
import org.leadssdk.core.Suspension;
import org.leadssdk.core.Suspension.Authority;

class ParolePeriodTest {
  private static final LocalDate RELEASE = d("2025-01-01");

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static Revocation rev(String from, @Nullable String to) {
    return new Revocation(d(from), to == null ? null : d(to));
  }

  private static Suspension court(String from, @Nullable String arrested) {
    return new Suspension(Authority.COURT, d(from), arrested == null ? null : d(arrested));
  }

  private static Suspension bph(String from, @Nullable String arrested) {
    return new Suspension(Authority.BPH, d(from), arrested == null ? null : d(arrested));
  }

  /** Expected figures computed by hand; release 2025-01-01 and a 365-day term unless the case says other. */
  record Case(
      String name,
      LocalDate release,
      int termDays,
      List<SupervisionEvent> events,
      LocalDate asOf,
      LocalDate discharge,
      long custody,
      long tolled,
      long credited,
      LocalDate continuousStart,
      long continuousDays,
      boolean provisional) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        new Case("DOM 81010.9: no events, release + 365 days; Jan 1..Jun 1 is 152 days",
            RELEASE, 365, List.of(), d("2025-06-01"),
            d("2026-01-01"), 0, 0, 152, RELEASE, 152, false),
        new Case("DOM 81010.9(a): custody 2025-03-01..03-10 inclusive is 10 days, credit restarts 03-11",
            RELEASE, 365, List.of(rev("2025-03-01", "2025-03-10")), d("2025-06-01"),
            d("2026-01-11"), 10, 0, 142, d("2025-03-11"), 83, false),
        new Case("DOM 81010.9(a): one day in custody (released the day it began) extends by one day",
            RELEASE, 365, List.of(rev("2025-02-01", "2025-02-01")), d("2025-02-01"),
            d("2026-01-02"), 1, 0, 31, d("2025-02-02"), 0, false),
        new Case("DOM 81010.9(b): court warrant 2025-04-01 to arrest 04-30 tolls 30 days",
            RELEASE, 365, List.of(court("2025-04-01", "2025-04-30")), d("2025-05-10"),
            d("2026-01-31"), 0, 30, 100, d("2025-05-01"), 10, false),
        new Case("DOM 81010.9(b): BPH suspension date 2025-04-01 to arrest 04-30 tolls 30 days",
            RELEASE, 365, List.of(bph("2025-04-01", "2025-04-30")), d("2025-05-10"),
            d("2026-01-31"), 0, 30, 100, d("2025-05-01"), 10, false),
        new Case("DOM 81010.9(a)(b): arrest and custody on 05-10 share the day, counted once (10 tolled + 29 custody)",
            RELEASE, 365, List.of(court("2025-05-01", "2025-05-10"), rev("2025-05-10", "2025-06-08")),
            d("2025-07-01"),
            d("2026-02-09"), 29, 10, 182 - 39, d("2025-06-09"), 23, false),
        new Case("DOM 81010.9(b): suspension then a later revocation: credit restarts after the revocation",
            RELEASE, 365, List.of(court("2025-02-01", "2025-02-10"), rev("2025-03-01", "2025-03-05")),
            d("2025-03-31"),
            d("2026-01-16"), 5, 10, 90 - 15, d("2025-03-06"), 26, false),
        new Case("DOM 81010.9(a): open revocation counts through the as-of date (31 days) and is provisional",
            RELEASE, 365, List.of(rev("2025-10-01", null)), d("2025-10-31"),
            d("2026-02-01"), 31, 0, 273, d("2025-11-01"), 0, true),
        new Case("DOM 81010.9(b): still at large from 2025-12-01 to as-of 2026-03-01 tolls 91 days, provisional",
            RELEASE, 365, List.of(court("2025-12-01", null)), d("2026-03-01"),
            d("2026-04-02"), 0, 91, 334, d("2026-03-02"), 0, true),
        new Case("DOM 81010.9(a): custody on the last credited day still extends the period",
            RELEASE, 10, List.of(rev("2025-01-10", "2025-01-10")), d("2025-01-31"),
            d("2025-01-12"), 1, 0, 10, d("2025-01-11"), 1, false),
        new Case("DOM 81010.9: as-of after discharge: the whole term is credited",
            RELEASE, 30, List.of(rev("2025-01-05", "2025-01-06")), d("2025-12-31"),
            d("2025-02-02"), 2, 0, 30, d("2025-01-07"), 26, false),
        new Case("DOM 81010.9: as-of before the release (Pre-Parole): nothing credited yet",
            d("2026-03-01"), 365, List.of(), d("2026-01-15"),
            d("2027-03-01"), 0, 0, 0, d("2026-03-01"), 0, false),
        new Case("DOM 81010.9(a)(b): events given out of order are taken by start date",
            RELEASE, 365, List.of(rev("2025-03-01", "2025-03-05"), court("2025-02-01", "2025-02-10")),
            d("2025-03-31"),
            d("2026-01-16"), 5, 10, 75, d("2025-03-06"), 26, false))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void computesHandCheckedFigures(Case c) {
    ParolePeriod.Calculation r = ParolePeriod.calculate(c.release(), c.termDays(), c.events(), c.asOf());
    assertThat(r.controllingDischargeDate()).as("controlling discharge date").isEqualTo(c.discharge());
    assertThat(r.daysInCustody()).as("days in custody").isEqualTo(c.custody());
    assertThat(r.daysTolled()).as("days tolled").isEqualTo(c.tolled());
    assertThat(r.daysCredited()).as("days credited").isEqualTo(c.credited());
    assertThat(r.daysRemaining()).as("days remaining").isEqualTo(c.termDays() - c.credited());
    assertThat(r.continuousParoleStart()).as("continuous parole start").isEqualTo(c.continuousStart());
    assertThat(r.daysOfContinuousParole()).as("days of continuous parole").isEqualTo(c.continuousDays());
    assertThat(r.provisional()).as("provisional").isEqualTo(c.provisional());
    assertThat(r.releaseDate()).isEqualTo(c.release());
    assertThat(r.termDays()).isEqualTo(c.termDays());
    assertThat(r.asOf()).isEqualTo(c.asOf());
    assertThat(r.daysExtended()).isEqualTo(c.custody() + c.tolled());
    assertThat(r.termSatisfied()).isEqualTo(!c.asOf().isBefore(c.discharge()));
  }

  @Test
  @DisplayName("DOM 81010.9(a): the reasons cite (a), give the inclusive custody days and the restart day")
  void revocationReasonsCiteSectionA() {
    ParolePeriod.Calculation r =
        ParolePeriod.calculate(RELEASE, 365, List.of(rev("2025-03-01", "2025-03-10")), d("2025-06-01"));
    assertThat(r.reasons()).extracting(Reason::section)
        .containsExactly("DOM 81010.9", "DOM 81010.9(a)", "DOM 81010.9", "DOM 81010.9(a)");
    assertThat(r.reasons().get(1).text())
        .contains("2025-03-01 to 2025-03-10", "10 days", "starts again on 2025-03-11");
    assertThat(r.reasons().get(2).text()).contains("2026-01-11", "365 days of term", "10 days in revocation custody");
  }

  @Test
  @DisplayName("DOM 81010.9(b): the reasons name the warrant date for a court warrant, the BPH suspension date for BPH")
  void suspensionReasonsCiteSectionBAndTheAuthority() {
    ParolePeriod.Calculation c =
        ParolePeriod.calculate(RELEASE, 365, List.of(court("2025-04-01", "2025-04-30")), d("2025-05-10"));
    assertThat(c.reasons().get(1).section()).isEqualTo("DOM 81010.9(b)");
    assertThat(c.reasons().get(1).text()).contains("superior court warrant date 2025-04-01", "arrest on 2025-04-30",
        "30 days", "starts again on 2025-05-01");
    ParolePeriod.Calculation b =
        ParolePeriod.calculate(RELEASE, 365, List.of(bph("2025-04-01", "2025-04-30")), d("2025-05-10"));
    assertThat(b.reasons().get(1).text()).contains("BPH suspension date 2025-04-01");
  }

  @Test
  @DisplayName("DOM 81010.9(b): an open suspension says the discharge date is provisional")
  void openSuspensionIsProvisional() {
    ParolePeriod.Calculation c = ParolePeriod.calculate(RELEASE, 365, List.of(court("2025-12-01", null)), d("2026-03-01"));
    assertThat(c.reasons().get(1).text()).contains("still at large", "91 days", "provisional");
    assertThat(c.reasons().get(2).text()).contains("provisional");
  }

  @Test
  @DisplayName("DOM 81010.9(a)(b): a shared boundary day is explained and counted once")
  void sharedDayIsExplained() {
    ParolePeriod.Calculation c = ParolePeriod.calculate(RELEASE, 365,
        List.of(court("2025-05-01", "2025-05-10"), rev("2025-05-10", "2025-06-08")), d("2025-07-01"));
    assertThat(c.reasons().get(2).text()).contains("2025-05-10", "counted once");
  }

  @Test
  @DisplayName("DOM 81010.9: a 3-year term from 2024-02-29 is 1,095 days, ending 2027-02-28")
  void periodTermUsesCalendarArithmetic() {
    assertThat(ParolePeriod.termDays(d("2024-02-29"), Period.ofYears(3))).isEqualTo(1095);
    assertThat(ParolePeriod.calculate(d("2024-02-29"), Period.ofYears(3), List.of(), d("2024-03-01"))
            .controllingDischargeDate())
        .isEqualTo(d("2027-02-28"));
    assertThat(ParolePeriod.termDays(RELEASE, Period.ofYears(100))).isEqualTo(36_524);
  }

  @Test
  void rejectsZeroNegativeAndOverlongPeriods() {
    assertThatThrownBy(() -> ParolePeriod.termDays(RELEASE, Period.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("term").hasMessageContaining("positive");
    assertThatThrownBy(() -> ParolePeriod.termDays(RELEASE, Period.ofDays(-3)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    assertThatThrownBy(() -> ParolePeriod.termDays(RELEASE, Period.ofYears(101)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("36525");
  }

  @Test
  void acceptsTermBoundariesAndRejectsBeyond() {
    assertThat(ParolePeriod.calculate(RELEASE, 1, List.of(), RELEASE).controllingDischargeDate())
        .isEqualTo(d("2025-01-02"));
    assertThat(ParolePeriod.calculate(RELEASE, ParolePeriod.MAX_TERM_DAYS, List.of(), RELEASE).termDays())
        .isEqualTo(36_525);
    assertThatThrownBy(() -> ParolePeriod.calculate(RELEASE, 0, List.of(), RELEASE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("termDays").hasMessageContaining("got 0");
    assertThatThrownBy(() -> ParolePeriod.calculate(RELEASE, 36_526, List.of(), RELEASE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("termDays").hasMessageContaining("36526");
  }

  @Test
  @DisplayName("DOM 81010.9: overlapping events are rejected, naming both")
  void rejectsOverlappingEvents() {
    assertThatThrownBy(() -> ParolePeriod.calculate(RELEASE, 365,
            List.of(rev("2025-03-01", "2025-03-10"), court("2025-03-05", "2025-03-20")), d("2025-06-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("events[1]")
        .hasMessageContaining("events[0]")
        .hasMessageContaining("share only their boundary day")
        .hasMessageNotContaining("2025-03-05");
  }

  @Test
  @DisplayName("DOM 81010.9: an event after an open one is rejected")
  void rejectsEventAfterAnOpenOne() {
    assertThatThrownBy(() -> ParolePeriod.calculate(RELEASE, 365,
            List.of(court("2025-04-01", null), rev("2025-03-01", null)), d("2025-06-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("events[0]: starts while events[1] is still open");
  }

  @Test
  @DisplayName("DOM 81010.9: events before the release date are rejected")
  void rejectsEventBeforeRelease() {
    assertThatThrownBy(() -> ParolePeriod.calculate(RELEASE, 365, List.of(rev("2024-12-31", "2025-01-05")),
            d("2025-06-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("events[0]")
        .hasMessageContaining("before the release date");
  }

  @Test
  void rejectsEventAfterTheAsOfDate() {
    assertThatThrownBy(() -> ParolePeriod.calculate(RELEASE, 365, List.of(rev("2025-07-01", "2025-07-05")),
            d("2025-06-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("events[0]")
        .hasMessageContaining("after the as-of date");
  }

  @Test
  @DisplayName("DOM 81010.9: an event on or after the discharge date is rejected; the day before still counts")
  void rejectsEventOnTheDischargeDate() {
    assertThatThrownBy(() -> ParolePeriod.calculate(RELEASE, 10, List.of(rev("2025-01-11", "2025-01-12")),
            d("2025-02-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("events[0]")
        .hasMessageContaining("on or after the controlling discharge date")
        .hasMessageContaining("parole had ended");
  }

  @Test
  void calculatesFromTheSupervisionPart() {
    Supervision s = new Supervision(ParoleStatus.ACTIVE, SupervisionLevel.CONTROL_SERVICE, null, null, null,
        List.of(), RELEASE, null, null, List.of(rev("2025-03-01", "2025-03-10")), null);
    assertThat(ParolePeriod.calculate(s, 365, d("2025-06-01")).controllingDischargeDate()).isEqualTo(d("2026-01-11"));
    Supervision noRelease = new Supervision(ParoleStatus.ACTIVE, SupervisionLevel.CONTROL_SERVICE, null, null, null,
        List.of(), null, null, null, List.of(), null);
    assertThatThrownBy(() -> ParolePeriod.calculate(noRelease, 365, d("2025-06-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("supervision.releaseDate: missing");
  }

  @Test
  void calculationRejectsFiguresThatDoNotAddUp() {
    assertThatThrownBy(() -> new ParolePeriod.Calculation(RELEASE, 365, RELEASE, d("2026-01-02"), false, 0, 0, 0, 365,
            RELEASE, 0, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("controllingDischargeDate");
    assertThatThrownBy(() -> new ParolePeriod.Calculation(RELEASE, 365, RELEASE, d("2026-01-01"), false, 0, 0, 1, 365,
            RELEASE, 0, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("daysRemaining");
    assertThatThrownBy(() -> new ParolePeriod.Calculation(RELEASE, 365, RELEASE, d("2026-01-01"), false, -1, 1, 0, 365,
            RELEASE, 0, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("daysInCustody");
  }

  @Test
  void resultsAreValues() {
    new EqualsTester()
        .addEqualityGroup(ParolePeriod.calculate(RELEASE, 365, List.of(), d("2025-02-01")),
            ParolePeriod.calculate(RELEASE, 365, List.of(), d("2025-02-01")))
        .addEqualityGroup(ParolePeriod.calculate(RELEASE, 366, List.of(), d("2025-02-01")))
        .addEqualityGroup(new Reason("DOM 81010.9", "x"), new Reason(" DOM 81010.9 ", "x "))
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    NullPointerTester t = new NullPointerTester()
        .setDefault(String.class, "DOM 81010.9")
        .setDefault(LocalDate.class, RELEASE)
        .setDefault(Period.class, Period.ofYears(1))
        .setDefault(int.class, 30)
        .setDefault(Supervision.class, new Supervision(ParoleStatus.ACTIVE, SupervisionLevel.CONTROL_SERVICE, null,
            null, null, List.of(), RELEASE, null, null, List.of(), null));
    t.testAllPublicStaticMethods(ParolePeriod.class);
    t.testAllPublicConstructors(Reason.class);
    t.testAllPublicConstructors(ParolePeriod.Calculation.class);
  }
}
