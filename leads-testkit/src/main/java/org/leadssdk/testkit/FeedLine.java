package org.leadssdk.testkit;

import java.time.Instant;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.internal.Check;

/**
 * One line of a synthetic NDJSON feed: an upsert (the record) or a tombstone (its removal). All data is
 * synthetic. Immutable.
 *
 * <p>On the wire an upsert is the {@link Parolee} JSON object and a tombstone is
 * {@code {"tombstone":{"cdcNumber":"AB1234","recordVersion":8,"sourceTimestamp":"2026-01-02T03:04:05Z"}}}.
 */
public sealed interface FeedLine permits FeedLine.Upsert, FeedLine.Tombstone {
  /** The CDC number of the record the line is about. */
  CdcNumber cdcNumber();

  /** The record version the line carries, {@code >= 1}. */
  long recordVersion();

  /**
   * Adds or replaces a record. Immutable.
   *
   * @param parolee the record
   */
  record Upsert(Parolee parolee) implements FeedLine {
    /** Validates that the record is given. */
    public Upsert {
      Check.notNull("parolee", parolee);
    }

    @Override
    public CdcNumber cdcNumber() {
      return parolee.cdcNumber();
    }

    @Override
    public long recordVersion() {
      return parolee.recordVersion();
    }
  }

  /**
   * Removes a record. Immutable.
   *
   * @param cdcNumber the record removed
   * @param recordVersion the version of the removal, above the record's last version
   * @param sourceTimestamp when the source removed it
   */
  record Tombstone(CdcNumber cdcNumber, long recordVersion, Instant sourceTimestamp) implements FeedLine {
    /**
     * Validates the tombstone.
     *
     * @throws IllegalArgumentException if {@code recordVersion < 1}
     */
    public Tombstone {
      Check.notNull("tombstone.cdcNumber", cdcNumber);
      Check.notNull("tombstone.sourceTimestamp", sourceTimestamp);
      Check.inRange("tombstone.recordVersion", recordVersion, 1, Long.MAX_VALUE);
    }
  }
}
