package org.leadssdk.policy.audit;

import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;

/**
 * One alteration found by {@link AuditTrail#verify()}, with where it is. Immutable.
 *
 * @param kind what kind of alteration
 * @param position the line (position) of the store where it shows, from 1; 0 when it concerns the end of
 *     the trail or the head
 * @param sequence the sequence number concerned; {@code null} when unknown (an unreadable line)
 * @param message a description for an investigator (no event contents)
 */
public record AuditProblem(Kind kind, long position, @Nullable Long sequence, String message) {
  /** The kinds of alteration. */
  public enum Kind {
    /** A record's contents no longer match its hash. */
    EDITED,
    /** Records are missing inside the trail (a gap in the sequence). */
    REMOVED,
    /** Records are out of order. */
    REORDERED,
    /** A record that is not part of the chain (a duplicate sequence number, or a forged record). */
    INSERTED,
    /** A record's previous hash does not match the record before it (a record was replaced). */
    BROKEN_LINK,
    /** Records are missing at the end: the head names a later record than the last one stored. */
    TRUNCATED,
    /** The last line is incomplete: a write cut off by a crash (never acknowledged). */
    TORN,
    /** A line is not a readable record. */
    UNREADABLE,
    /** The head is missing while records exist, or names a hash that the record does not have. */
    HEAD_MISMATCH
  }

  /**
   * Validates the problem.
   *
   * @throws IllegalArgumentException if the position is negative or the message blank
   */
  public AuditProblem {
    Check.notNull("kind", kind);
    Check.inRange("position", position, 0, Long.MAX_VALUE);
    message = Check.text("message", message, 500);
  }
}
