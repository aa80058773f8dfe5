package org.leadssdk.policy;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.Plate;
import org.leadssdk.core.internal.Check;

/**
 * An end user's report of an invalid CDCR ALPR match (DOM 53060.7: "End-users shall report invalid CDCR
 * ALPR matches to the Division Administrator, who will notify the appropriate agency of record").
 * Immutable.
 *
 * @param plate the plate of the match
 * @param observedAt when the ALPR read was made
 * @param disposition why the match is invalid
 * @param note what the user saw; required for {@link Disposition#OTHER}, at most 1000 characters
 */
public record InvalidMatchReport(Plate plate, Instant observedAt, Disposition disposition, @Nullable String note) {
  /** Why a match is invalid. */
  public enum Disposition {
    /** The camera read the plate wrong. */
    MISREAD,
    /** The plate number matches but it is another state's plate. */
    WRONG_STATE,
    /** The plate is right but the vehicle is not the one sought. */
    NOT_THE_VEHICLE,
    /** Another reason, stated in the note. */
    OTHER
  }

  /**
   * Validates the report.
   *
   * @throws IllegalArgumentException if the disposition is OTHER without a note, or the note is too long
   */
  public InvalidMatchReport {
    Check.notNull("report.plate", plate);
    Check.notNull("report.observedAt", observedAt);
    Check.notNull("report.disposition", disposition);
    note = note == null || note.isBlank() ? null : Check.text("report.note", note, 1000);
    Check.argument(disposition != Disposition.OTHER || note != null,
        () -> "report.note: missing; a report with disposition OTHER says what was wrong in the note");
  }
}
