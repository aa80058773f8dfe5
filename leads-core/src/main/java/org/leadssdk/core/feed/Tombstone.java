package org.leadssdk.core.feed;

import java.time.Instant;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.internal.Check;

/**
 * A feed entry that removes a record: the record's identity, the version of the removal and when the
 * source removed it. Immutable and thread-safe.
 *
 * <p>On an NDJSON line it is wrapped in a {@code "tombstone"} key:
 * {@code {"tombstone":{"cdcNumber":"AB1234","recordVersion":8,"sourceTimestamp":"2026-01-02T03:04:05Z"}}}.
 *
 * @param cdcNumber the record to remove
 * @param recordVersion the version of the removal, {@code >= 1}; it supersedes every lower version of the
 *     record, so an upsert with a lower version that arrives later is stale
 * @param sourceTimestamp when the source removed the record
 */
public record Tombstone(CdcNumber cdcNumber, long recordVersion, Instant sourceTimestamp) implements FeedEntry {
  /**
   * Validates the tombstone.
   *
   * @throws NullPointerException if {@code cdcNumber} or {@code sourceTimestamp} is null
   * @throws IllegalArgumentException if {@code recordVersion} is below 1
   */
  public Tombstone {
    Check.notNull("tombstone.cdcNumber", cdcNumber);
    Check.notNull("tombstone.sourceTimestamp", sourceTimestamp);
    Check.argument(recordVersion >= 1, () -> "tombstone.recordVersion must be >= 1, got " + recordVersion);
  }
}
