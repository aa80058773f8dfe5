package org.leadssdk.core.rules;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.leadssdk.core.Revocation;
import org.leadssdk.core.Supervision;
import org.leadssdk.core.SupervisionEvent;
import org.leadssdk.core.Suspension;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;

/**
 * The parole period under DOM 81010.9: from the release date, the term and the record's revocations and
 * suspensions, the controlling discharge date and the continuous-parole credit. Stateless and thread-safe.
 *
 * <pre>{@code
 * ParolePeriod.Calculation c = ParolePeriod.calculate(
 *     LocalDate.parse("2025-01-01"), 365,
 *     List.of(new Revocation(LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-10"))),
 *     LocalDate.parse("2025-06-01"));
 * c.controllingDischargeDate();   // 2026-01-11: ten days of custody extend the period
 * c.continuousParoleStart();      // 2025-03-11: credit starts again the day after release
 * c.reasons();                    // each step, citing DOM 81010.9(a) / (b)
 * }</pre>
 *
 * <h2>How days are counted</h2>
 *
 * <ul>
 *   <li>The term is a number of days ({@code termDays}); {@link #termDays(LocalDate, Period)} converts a
 *       term in years and months. The release date is the first day on parole, so without events the
 *       period ends on {@code releaseDate + termDays}: the controlling discharge date is the day
 *       <em>after</em> the last credited day.
 *   <li>A day is either credited, in custody on a revocation, or tolled by a suspension. Event dates are
 *       <b>inclusive at both ends</b>, as custody credit counts any part of a day in custody as a day:
 *       custody from 2025-03-01 to 2025-03-10 is 10 days, and a suspension from the warrant date
 *       2025-04-01 to the arrest on 2025-04-01 is 1 day.
 *   <li>DOM 81010.9(a): every day in custody on a revocation extends the period by one day.
 *       DOM 81010.9(b): every day from the superior-court warrant date ({@link Suspension.Authority#COURT})
 *       or the BPH suspension date ({@link Suspension.Authority#BPH}) to the arrest is tolled, not credited.
 *       Both extend the controlling discharge date, which is always
 *       {@code releaseDate + termDays + daysInCustody + daysTolled}.
 *   <li>Either event loses the continuous-parole credit; it starts again on the day after the event's
 *       last day: the day after release from revocation custody, or, for a suspension, the day after the
 *       arrest. When a revocation follows the arrest, credit starts again only after that revocation's
 *       custody, since the later event resets it once more.
 * </ul>
 *
 * <h2>Events</h2>
 *
 * <p>Events are taken in order of their first day, whatever order they are given in. They must not
 * overlap, with one exception: an event may start on the last day of the one before it (arrested on the
 * warrant and taken into revocation custody the same day). That shared day is counted once, with the
 * earlier event. Overlaps beyond that, events starting before the release date, after the as-of date or
 * on or after the discharge date that the earlier events give, and any event after an open one are
 * rejected: each is a contradiction in the record that no count could honestly resolve.
 *
 * <h2>As of a date</h2>
 *
 * <p>The calculation is made as of a date the caller gives (typically {@code LocalDate.now(clock)} in the
 * host's zone; this class reads no clock). An open event (a revocation without {@code releasedOn}, a
 * suspension without {@code arrestedOn}) counts through the as-of date, and the result is then
 * {@linkplain Calculation#provisional() provisional}: it is the date the period would end if the event
 * ended on the as-of date, and it moves one day later for every further day the event runs. Closed
 * events count in full even where they end after the as-of date (a scheduled release from custody).
 *
 * <p>Events after discharge are out of scope, and so is the offender's eligibility for early discharge;
 * this class only counts days.
 */
public final class ParolePeriod {
  /** The longest term accepted: 36,525 days (100 years). */
  public static final int MAX_TERM_DAYS = 36_525;

  private static final String SECTION = "DOM 81010.9";
  private static final String SECTION_A = "DOM 81010.9(a)";
  private static final String SECTION_B = "DOM 81010.9(b)";

  private ParolePeriod() {}

  /**
   * Converts a term in years, months and days into days counted from the release date: the days from
   * {@code releaseDate} to {@code releaseDate.plus(term)} by {@link LocalDate#plus}, so a 3-year term
   * from 2024-02-29 ends on 2027-02-28 and is 1,095 days.
   *
   * @param releaseDate the release date to parole
   * @param term the term; positive
   * @return the term in days, {@code 1..}{@link #MAX_TERM_DAYS}
   * @throws IllegalArgumentException if the term is zero, negative or longer than {@link #MAX_TERM_DAYS}
   */
  public static int termDays(LocalDate releaseDate, Period term) {
    Check.notNull("releaseDate", releaseDate);
    Check.notNull("term", term);
    if (term.isNegative() || term.isZero()) {
      throw new IllegalArgumentException("term: " + term + " must be positive");
    }
    long days = DAYS.between(releaseDate, releaseDate.plus(term));
    Check.argument(days >= 1 && days <= MAX_TERM_DAYS,
        () -> "term: " + term + " is " + days + " days; must be 1 to " + MAX_TERM_DAYS + " days");
    return (int) days;
  }

  /**
   * Calculates the parole period with a term in years, months and days; see
   * {@link #termDays(LocalDate, Period)} and {@link #calculate(LocalDate, int, Collection, LocalDate)}.
   *
   * @throws IllegalArgumentException as {@link #termDays(LocalDate, Period)} and
   *     {@link #calculate(LocalDate, int, Collection, LocalDate)} do
   */
  public static Calculation calculate(
      LocalDate releaseDate, Period term, Collection<? extends SupervisionEvent> events, LocalDate asOf) {
    return calculate(releaseDate, termDays(releaseDate, term), events, asOf);
  }

  /**
   * Calculates the parole period of a record's supervision part: its release date and events.
   *
   * @param supervision the supervision part; its release date is required
   * @param termDays the parole term in days, {@code 1..}{@link #MAX_TERM_DAYS}
   * @param asOf the date the calculation is made for
   * @throws IllegalArgumentException if the supervision has no release date, or as
   *     {@link #calculate(LocalDate, int, Collection, LocalDate)}
   */
  public static Calculation calculate(Supervision supervision, int termDays, LocalDate asOf) {
    Check.notNull("supervision", supervision);
    LocalDate release = supervision.releaseDate();
    if (release == null) {
      throw new IllegalArgumentException(
          "supervision.releaseDate: missing; the parole period runs from the release date (DOM 81010.9)");
    }
    return calculate(release, termDays, supervision.events(), asOf);
  }

  /**
   * Calculates the controlling discharge date and the continuous-parole credit as of {@code asOf}.
   *
   * @param releaseDate the release date to parole, the first day on parole
   * @param termDays the parole term in days, {@code 1..}{@link #MAX_TERM_DAYS}
   * @param events the record's revocations and suspensions, in any order; error messages name each by its
   *     index in this collection ({@code events[2]})
   * @param asOf the date the calculation is made for; open events count through it
   * @return every figure and the reasons behind them
   * @throws IllegalArgumentException if {@code termDays} is out of range, or an event starts before the
   *     release date, after {@code asOf}, or on or after the discharge date the earlier events give, or
   *     overlaps another beyond one shared boundary day, or follows an open event
   * @throws NullPointerException if an argument or an event is null
   */
  public static Calculation calculate(
      LocalDate releaseDate, int termDays, Collection<? extends SupervisionEvent> events, LocalDate asOf) {
    Check.notNull("releaseDate", releaseDate);
    Check.notNull("asOf", asOf);
    Check.inRange("termDays", termDays, 1, MAX_TERM_DAYS);
    List<? extends SupervisionEvent> given = Check.copy("events", events);

    List<Indexed> sorted = new ArrayList<>(given.size());
    for (int i = 0; i < given.size(); i++) {
      SupervisionEvent e = given.get(i);
      if (e.start().isBefore(releaseDate)) {
        throw new IllegalArgumentException("events[" + i + "]: starts " + Mask.partial(e.start())
            + ", before the release date " + Mask.partial(releaseDate)
            + "; revocations and suspensions happen on parole (DOM 81010.9)");
      }
      if (e.start().isAfter(asOf)) {
        throw new IllegalArgumentException("events[" + i + "]: starts " + Mask.partial(e.start())
            + ", after the as-of date " + Mask.partial(asOf) + "; only events begun by the as-of date count");
      }
      sorted.add(new Indexed(i, e));
    }
    sorted.sort(Comparator.comparing((Indexed x) -> x.event.start())
        .thenComparing(x -> x.event.end(), Comparator.nullsLast(Comparator.naturalOrder())));
    for (int k = 1; k < sorted.size(); k++) {
      Indexed prev = sorted.get(k - 1);
      Indexed cur = sorted.get(k);
      LocalDate prevEnd = prev.event.end();
      if (prevEnd == null) {
        throw new IllegalArgumentException("events[" + cur.index + "]: starts while events[" + prev.index
            + "] is still open (no end date); an open event must be the latest");
      }
      if (cur.event.start().isBefore(prevEnd)) {
        throw new IllegalArgumentException("events[" + cur.index + "]: starts " + Mask.partial(cur.event.start())
            + ", before events[" + prev.index + "] ends " + Mask.partial(prevEnd)
            + "; events may share only their boundary day, each day is counted once");
      }
    }

    List<Reason> reasons = new ArrayList<>();
    reasons.add(new Reason(SECTION, "released to parole on " + releaseDate + " with a term of " + termDays
        + " days; without a revocation or suspension the parole period ends on " + releaseDate.plusDays(termDays)));

    LocalDate cursor = releaseDate; // the first day not yet counted
    long remaining = termDays;
    long custody = 0;
    long tolled = 0;
    boolean provisional = false;
    List<LocalDate[]> uncredited = new ArrayList<>(sorted.size());
    for (Indexed x : sorted) {
      SupervisionEvent e = x.event;
      long gap = Math.max(0, DAYS.between(cursor, e.start()));
      if (gap >= remaining) {
        LocalDate discharge = cursor.plusDays(remaining);
        throw new IllegalArgumentException("events[" + x.index + "]: starts " + Mask.partial(e.start())
            + ", on or after the controlling discharge date " + Mask.partial(discharge)
            + " that the earlier events give; parole had ended (DOM 81010.9)");
      }
      remaining -= gap;
      LocalDate end = e.end();
      boolean open = end == null;
      LocalDate last = open ? asOf : end;
      provisional |= open;
      LocalDate first = e.start().isBefore(cursor) ? cursor : e.start();
      long days = first.isAfter(last) ? 0 : DAYS.between(first, last) + 1;
      if (days > 0) {
        uncredited.add(new LocalDate[] {first, last});
      }
      String shared = first.equals(e.start())
          ? ""
          : "; its first day, " + e.start() + ", is the last day of the event before and is counted once, there";
      switch (e) {
        case Revocation r -> {
          custody += days;
          reasons.add(new Reason(SECTION_A, open
              ? "revocation custody from " + r.custodyFrom() + ", still in custody on the as-of date " + asOf
                  + ": " + days + " days counted through " + asOf + " extend the parole period" + shared
                  + "; continuous-parole credit is lost; the discharge date is provisional and moves one day"
                  + " later for each further day in custody"
              : "revocation custody from " + r.custodyFrom() + " to " + r.releasedOn() + " (" + days
                  + " days, first and last day included) extends the parole period by " + days + " days" + shared
                  + "; continuous-parole credit is lost and starts again on " + last.plusDays(1)
                  + ", the day after release to DAPO"));
        }
        case Suspension s -> {
          tolled += days;
          String from = s.authority() == Suspension.Authority.COURT
              ? "the superior court warrant date " + s.tolledFrom()
              : "the BPH suspension date " + s.tolledFrom();
          reasons.add(new Reason(SECTION_B, open
              ? "parole suspended for absconding, still at large on the as-of date " + asOf + ": tolled from "
                  + from + ", " + days + " days through " + asOf + " are not credited" + shared
                  + "; continuous-parole credit is lost; the discharge date is provisional and moves one day"
                  + " later for each further day at large"
              : "parole suspended for absconding: tolled from " + from + " to the arrest on " + s.arrestedOn()
                  + " (" + days + " days, first and last day included), not credited" + shared
                  + "; continuous-parole credit is lost and starts again on " + last.plusDays(1)
                  + ", the day after the arrest, unless a later revocation resets it again"));
        }
      }
      if (!last.isBefore(cursor)) {
        cursor = last.plusDays(1);
      }
    }
    LocalDate discharge = cursor.plusDays(remaining);
    LocalDate continuousStart = cursor;

    // Credit counts up to the as-of date, and never past the last credited day.
    LocalDate through = asOf.isBefore(discharge) ? asOf : discharge.minusDays(1);
    long credited = 0;
    long continuous = 0;
    if (!through.isBefore(releaseDate)) {
      credited = DAYS.between(releaseDate, through) + 1;
      for (LocalDate[] span : uncredited) {
        if (!span[0].isAfter(through)) {
          LocalDate to = span[1].isAfter(through) ? through : span[1];
          credited -= DAYS.between(span[0], to) + 1;
        }
      }
      continuous = continuousStart.isAfter(through) ? 0 : DAYS.between(continuousStart, through) + 1;
    }

    reasons.add(new Reason(SECTION, "controlling discharge date " + discharge + " = release " + releaseDate + " + "
        + termDays + " days of term + " + custody + " days in revocation custody + " + tolled + " days tolled"
        + (provisional ? "; provisional while an event is open" : "")));
    reasons.add(new Reason(sorted.isEmpty() ? SECTION : sorted.get(sorted.size() - 1).event instanceof Revocation
            ? SECTION_A : SECTION_B,
        "continuous parole " + (continuousStart.isAfter(asOf) ? "starts on " : "since ") + continuousStart
            + (sorted.isEmpty() ? ", the release date" : ", the day after the latest event")
            + ": " + continuous + " days by " + asOf + "; " + credited + " of " + termDays
            + " days of the term credited by " + asOf));

    return new Calculation(releaseDate, termDays, asOf, discharge, provisional, custody, tolled, credited,
        termDays - credited, continuousStart, continuous, reasons);
  }

  private record Indexed(int index, SupervisionEvent event) {}

  /**
   * The result of {@link ParolePeriod#calculate(LocalDate, int, Collection, LocalDate)}: every figure and the
   * steps that led to it. Immutable.
   *
   * <p>Always {@code controllingDischargeDate == releaseDate + termDays + daysInCustody + daysTolled} and
   * {@code daysCredited + daysRemaining == termDays}; the constructor checks both.
   *
   * @param releaseDate the release date to parole
   * @param termDays the term in days
   * @param asOf the date the calculation was made for
   * @param controllingDischargeDate the day after the last credited day: the day parole ends
   * @param provisional whether an event was open on {@code asOf}, so the discharge date can still move later
   * @param daysInCustody days in custody on revocations (DOM 81010.9(a)); open ones counted through
   *     {@code asOf}
   * @param daysTolled days tolled by suspensions for absconding (DOM 81010.9(b)); open ones counted
   *     through {@code asOf}
   * @param daysCredited days credited to the term from the release date through {@code asOf}
   * @param daysRemaining days of the term still to be credited after {@code asOf}
   * @param continuousParoleStart the first day of the current continuous-parole credit: the release date, or
   *     the day after the last day of the latest event (after {@code asOf} while the parolee is in
   *     custody or at large on it; {@code asOf + 1} for an open event)
   * @param daysOfContinuousParole credited days from {@code continuousParoleStart} through {@code asOf}
   * @param reasons the steps, each citing DOM 81010.9, 81010.9(a) or 81010.9(b)
   */
  public record Calculation(
      LocalDate releaseDate,
      int termDays,
      LocalDate asOf,
      LocalDate controllingDischargeDate,
      boolean provisional,
      long daysInCustody,
      long daysTolled,
      long daysCredited,
      long daysRemaining,
      LocalDate continuousParoleStart,
      long daysOfContinuousParole,
      List<Reason> reasons) {

    /**
     * Validates the figures against each other.
     *
     * @throws IllegalArgumentException if a count is negative or the figures do not add up
     * @throws NullPointerException if a date, the reasons or a reason is null
     */
    public Calculation {
      Check.notNull("releaseDate", releaseDate);
      Check.notNull("asOf", asOf);
      Check.notNull("controllingDischargeDate", controllingDischargeDate);
      Check.notNull("continuousParoleStart", continuousParoleStart);
      reasons = Check.copy("reasons", reasons);
      Check.inRange("termDays", termDays, 1, MAX_TERM_DAYS);
      Check.inRange("daysInCustody", daysInCustody, 0, Long.MAX_VALUE);
      Check.inRange("daysTolled", daysTolled, 0, Long.MAX_VALUE);
      Check.inRange("daysCredited", daysCredited, 0, termDays);
      Check.inRange("daysOfContinuousParole", daysOfContinuousParole, 0, daysCredited);
      long credited = daysCredited;
      Check.argument(credited + daysRemaining == termDays,
          () -> "daysRemaining: " + daysRemaining + " + daysCredited " + credited + " must equal termDays " + termDays);
      LocalDate expected = releaseDate.plusDays(termDays + daysInCustody + daysTolled);
      Check.argument(expected.equals(controllingDischargeDate),
          () -> "controllingDischargeDate: " + Mask.partial(controllingDischargeDate)
              + " must be releaseDate + termDays + daysInCustody + daysTolled");
    }

    /** Whether the term is fully credited by {@code asOf}, i.e. {@code asOf} is on or after the discharge date. */
    public boolean termSatisfied() {
      return !asOf.isBefore(controllingDischargeDate);
    }

    /** The days the events added to the period: {@code daysInCustody + daysTolled}. */
    public long daysExtended() {
      return daysInCustody + daysTolled;
    }

    /** Dates are calendar facts of a record, shown in full: the reasons are the part a user reads. */
    @Override
    public String toString() {
      return "ParolePeriod.Calculation[controllingDischargeDate=" + controllingDischargeDate + ", provisional="
          + provisional + ", daysInCustody=" + daysInCustody + ", daysTolled=" + daysTolled + ", daysCredited="
          + daysCredited + ", asOf=" + asOf + "]";
    }
  }
}
