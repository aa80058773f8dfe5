package org.leadssdk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.Supervision;

class RetentionTest {
  private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
  private final Retention retention = Retention.create(PolicyConfig.DEFAULTS, Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));

  private static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(LA).toInstant();
  }

  private static Parolee discharged(LocalDate discharge) {
    return Fixtures.parolee(Fixtures.supervision(ParoleStatus.DISCHARGED, discharge.minusYears(3), discharge)).build();
  }

  private static Parolee preParole(LocalDate release) {
    return Fixtures.parolee(Fixtures.supervision(ParoleStatus.PRE_PAROLE, release, null)).build();
  }

  @ParameterizedTest(name = "Parole LEADS 2.0 overview status list: Discharged {0}, at {1} local -> visible={2}")
  @CsvSource({
      "2025-03-20, 2025-03-20T00:00:00, true",
      "2025-03-20, 2026-03-20T23:59:59, true",     // day 365
      "2025-03-20, 2026-03-21T00:00:00, false",    // day 366
      "2025-03-20, 2026-03-20T12:00:00, true",
      "2023-03-01, 2024-02-29T23:59:59, true",     // leap year: day 365 is Feb 29
      "2023-03-01, 2024-03-01T00:00:00, false",    // day 366
      "2025-03-08, 2026-03-08T23:59:59, true",     // last day is the spring-forward day (23 hours)
      "2025-03-08, 2026-03-09T00:00:00, false",
      "2024-11-02, 2025-11-02T23:59:59, true",     // last day is the fall-back day (25 hours)
      "2024-11-02, 2025-11-03T00:00:00, false"})
  void dischargedVisibleForOneYearToTheDay(LocalDate discharge, String at, boolean visible) {
    Visibility v = retention.visibility(discharged(discharge), local(at));
    assertThat(v.visible()).as(v.reason()).isEqualTo(visible);
    assertThat(v.lastDay()).isEqualTo(discharge.plusDays(365));
    assertThat(v.visibleUntil()).isEqualTo(discharge.plusDays(366).atStartOfDay(LA).toInstant());
    assertThat(v.rule()).isEqualTo(Rule.OVERVIEW_STATUS);
    assertThat(v.reason()).contains("365 days").contains(discharge.toString());
  }

  @Test
  @DisplayName("Parole LEADS 2.0 overview status list: the Discharged window ends at local midnight across DST")
  void dischargedWindowEndsAtLocalMidnightAcrossDst() {
    Visibility v = retention.visibility(discharged(LocalDate.of(2025, 3, 8)), Fixtures.NOW);
    // 2026-03-09 00:00 PDT (UTC-7), after the spring-forward of 2026-03-08.
    assertThat(v.visibleUntil()).isEqualTo(Instant.parse("2026-03-09T07:00:00Z"));
    Visibility w = retention.visibility(discharged(LocalDate.of(2024, 11, 2)), Fixtures.NOW);
    // 2025-11-03 00:00 PST (UTC-8), after the fall-back of 2025-11-02.
    assertThat(w.visibleUntil()).isEqualTo(Instant.parse("2025-11-03T08:00:00Z"));
  }

  @ParameterizedTest(name = "Parole LEADS 2.0 overview status list: Pre-Parole release {0}, at {1} local -> visible={2}")
  @CsvSource({
      "2026-07-13, 2026-03-15T00:00:00, true",     // 120 days before release
      "2026-07-13, 2026-03-14T23:59:59, false",    // 121 days before
      "2026-07-13, 2026-07-13T10:00:00, true",     // release day
      "2026-07-13, 2026-08-01T10:00:00, true",     // still Pre-Parole after the date: shown while the status holds
      "2026-03-02, 2025-11-02T00:00:00, true",     // day 120 is the fall-back day
      "2026-03-02, 2025-11-01T23:59:59, false",
      "2026-07-06, 2026-03-08T00:00:00, true",     // day 120 is the spring-forward day
      "2026-07-06, 2026-03-07T23:59:59, false"})
  void preParoleVisibleWithin120Days(LocalDate release, String at, boolean visible) {
    Visibility v = retention.visibility(preParole(release), local(at));
    assertThat(v.visible()).as(v.reason()).isEqualTo(visible);
    assertThat(v.firstDay()).isEqualTo(release.minusDays(120));
    assertThat(v.visibleFrom()).isEqualTo(release.minusDays(120).atStartOfDay(LA).toInstant());
    assertThat(v.visibleUntil()).isNull();
  }

  @ParameterizedTest(name = "Parole LEADS 2.0 overview status list: {0} is visible while the status holds")
  @EnumSource(value = ParoleStatus.class, names = {"ACTIVE", "SUSPENDED", "REVOKED", "DEPORTED", "NRP", "MONITORED_NRP"})
  void otherStatusesVisibleWhileStatusHolds(ParoleStatus status) {
    Parolee p = Fixtures.parolee(Fixtures.supervision(status, LocalDate.of(2020, 1, 1), null)).build();
    Visibility v = retention.visibility(p);
    assertThat(v.visible()).isTrue();
    assertThat(v.visibleFrom()).isNull();
    assertThat(v.visibleUntil()).isNull();
    assertThat(v.reason()).contains("while the status holds");
    assertThat(retention.nextChange(p, Fixtures.NOW)).isEmpty();
  }

  @Test
  @DisplayName("Parole LEADS 2.0 overview status list: PRCS is visible while the status holds")
  void prcsVisible() {
    Supervision s = new Supervision(ParoleStatus.PRCS, org.leadssdk.core.SupervisionLevel.values()[0], null, null,
        new org.leadssdk.core.CountyUnit(org.leadssdk.core.County.values()[0]), java.util.List.of(), null, null, null,
        java.util.List.of(), null);
    assertThat(retention.visibility(s, Fixtures.NOW).visible()).isTrue();
  }

  @Test
  @DisplayName("Parole LEADS 2.0 overview status list: durations are configurable")
  void durationsConfigurable() {
    Retention shortTerm = Retention.create(
        PolicyConfig.builder().dischargedVisibleDays(30).preParoleVisibleDays(10).build(), Clock.systemUTC());
    LocalDate d = LocalDate.of(2026, 1, 1);
    assertThat(shortTerm.visibility(discharged(d), local("2026-01-31T23:00:00")).visible()).isTrue();
    assertThat(shortTerm.visibility(discharged(d), local("2026-02-01T00:00:00")).visible()).isFalse();
    assertThat(shortTerm.visibility(preParole(d), local("2025-12-22T00:00:00")).visible()).isTrue();
    assertThat(shortTerm.visibility(preParole(d), local("2025-12-21T23:00:00")).visible()).isFalse();
    Retention utc = Retention.create(PolicyConfig.builder().zone(ZoneOffset.UTC).build(), Clock.systemUTC());
    assertThat(utc.visibility(discharged(d), Fixtures.NOW).visibleUntil())
        .isEqualTo(Instant.parse("2027-01-02T00:00:00Z"));
  }

  @Test
  @DisplayName("Parole LEADS 2.0 overview status list: nextChange gives the instant visibility flips")
  void nextChange() {
    Parolee pre = preParole(LocalDate.of(2026, 7, 13));
    Instant from = local("2026-03-15T00:00:00");
    assertThat(retention.nextChange(pre, from.minusSeconds(1))).contains(from);
    assertThat(retention.nextChange(pre, from)).isEmpty();
    Parolee dis = discharged(LocalDate.of(2025, 3, 20));
    Instant until = local("2026-03-21T00:00:00");
    assertThat(retention.nextChange(dis, Fixtures.NOW)).contains(until);
    assertThat(retention.visibility(dis, until.minusNanos(1)).visible()).isTrue();
    assertThat(retention.visibility(dis, until).visible()).isFalse();
    assertThat(retention.nextChange(dis, until)).isEmpty();
  }
}
