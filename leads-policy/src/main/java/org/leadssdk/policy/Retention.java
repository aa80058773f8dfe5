package org.leadssdk.policy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.Supervision;
import org.leadssdk.core.internal.Check;

/**
 * Which records may be shown at an instant (Parole LEADS 2.0 overview, status list).
 *
 * <ul>
 *   <li><b>Discharged</b> ("continues to be available to law enforcement for one (1) year"): visible on
 *       the discharge date D and on the following {@link PolicyConfig#dischargedVisibleDays()} calendar
 *       days (default 365): day D+365 is visible, day D+366 is not. The window ends at the start of day
 *       D+366 in {@link PolicyConfig#zone()}.
 *   <li><b>Pre-Parole</b> ("awaiting parole within 120 days"): visible from the start of the day
 *       {@link PolicyConfig#preParoleVisibleDays()} (default 120) calendar days before the release date R:
 *       day R-120 is visible, day R-121 is not; it stays visible while the status holds.
 *   <li><b>Active, Suspended, Revoked, Deported, NRP, Monitored NRP, PRCS</b>: visible while the status
 *       holds (the feed changes the status; time alone does not).
 * </ul>
 *
 * <p>Calendar days are counted in the configured zone (America/Los_Angeles by default), so a window
 * boundary falls on local midnight whatever the daylight-saving offset. Immutable and thread-safe.
 *
 * <pre>{@code
 * Retention retention = Retention.create(PolicyConfig.DEFAULTS, clock);
 * if (retention.visibility(parolee).visible()) { ... }
 * Optional<Instant> recheck = retention.nextChange(parolee, clock.instant());
 * }</pre>
 */
public final class Retention {
  private final PolicyConfig config;
  private final Clock clock;

  private Retention(PolicyConfig config, Clock clock) {
    this.config = Check.notNull("config", config);
    this.clock = Check.notNull("clock", clock);
  }

  /** A retention rule with this configuration, reading "now" from {@code clock}. */
  public static Retention create(PolicyConfig config, Clock clock) {
    return new Retention(config, clock);
  }

  /** The verdict for the record at the clock's current instant. */
  public Visibility visibility(Parolee parolee) {
    return visibility(parolee, clock.instant());
  }

  /** The verdict for the record at {@code at}. */
  public Visibility visibility(Parolee parolee, Instant at) {
    Check.notNull("parolee", parolee);
    return visibility(parolee.supervision(), at);
  }

  /**
   * The verdict for a supervision part at {@code at}.
   *
   * @throws IllegalArgumentException if a Discharged record has no discharge date or a Pre-Parole record
   *     no release date (the {@link Parolee} constructor rules these out)
   */
  public Visibility visibility(Supervision supervision, Instant at) {
    Check.notNull("supervision", supervision);
    Check.notNull("at", at);
    ZoneId zone = config.zone();
    ParoleStatus status = supervision.status();
    switch (status) {
      case DISCHARGED -> {
        LocalDate discharge = required("supervision.dischargeDate", supervision.dischargeDate(), status);
        LocalDate lastDay = discharge.plusDays(config.dischargedVisibleDays());
        Instant until = lastDay.plusDays(1).atStartOfDay(zone).toInstant();
        boolean visible = at.isBefore(until);
        String why = "Discharged records stay available for " + config.dischargedVisibleDays()
            + " days after the discharge date " + discharge + ", through " + lastDay
            + (visible ? "" : "; that period has ended");
        return new Visibility(visible, null, until, discharge, lastDay, why, Rule.OVERVIEW_STATUS);
      }
      case PRE_PAROLE -> {
        LocalDate release = required("supervision.releaseDate", supervision.releaseDate(), status);
        LocalDate firstDay = release.minusDays(config.preParoleVisibleDays());
        Instant from = firstDay.atStartOfDay(zone).toInstant();
        boolean visible = !at.isBefore(from);
        String why = "Pre-Parole records are shown within " + config.preParoleVisibleDays()
            + " days of the release date " + release + ", from " + firstDay
            + (visible ? ", while the status holds" : "; that period has not begun");
        return new Visibility(visible, from, null, firstDay, null, why, Rule.OVERVIEW_STATUS);
      }
      case ACTIVE, SUSPENDED, REVOKED, DEPORTED, NRP, MONITORED_NRP, PRCS -> {
        return new Visibility(true, null, null, null, null,
            status.displayName() + " records are shown while the status holds", Rule.OVERVIEW_STATUS);
      }
    }
    throw new AssertionError(status);
  }

  /**
   * The instant after {@code after} at which the record's visibility next changes by the passage of time
   * alone, so that an index can store it and filter by time without re-reading records; empty when only
   * a status change (a new record version) can change it.
   */
  public Optional<Instant> nextChange(Parolee parolee, Instant after) {
    Visibility v = visibility(parolee, after);
    Instant from = v.visibleFrom();
    Instant until = v.visibleUntil();
    if (from != null && after.isBefore(from)) {
      return Optional.of(from);
    }
    if (until != null && after.isBefore(until)) {
      return Optional.of(until);
    }
    return Optional.empty();
  }

  private static LocalDate required(String field, @Nullable LocalDate date, ParoleStatus status) {
    if (date == null) {
      throw new IllegalArgumentException(field + " is missing; a " + status.code() + " record needs it");
    }
    return date;
  }
}
