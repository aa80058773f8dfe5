package org.leadssdk.core.feed;

import java.time.Instant;
import org.leadssdk.core.CdcNumber;

/**
 * One entry of an NDJSON feed: a record to insert or replace ({@link Upsert}) or a record to remove
 * ({@link Tombstone}). Both carry the record's identity and source version, so that a consumer can apply
 * entries idempotently and ignore stale ones. Implementations are immutable and thread-safe.
 *
 * <pre>{@code
 * switch (entry) {
 *   case Upsert u -> index.put(u.record());
 *   case Tombstone t -> index.remove(t.cdcNumber(), t.recordVersion());
 * }
 * }</pre>
 *
 * <p>Adding a permitted subtype breaks exhaustive switches and is a breaking change.
 */
public sealed interface FeedEntry permits Upsert, Tombstone {
  /** The CDC number of the record the entry is about. */
  CdcNumber cdcNumber();

  /** The source's version of the record, {@code >= 1}; a consumer ignores versions it already has. */
  long recordVersion();

  /** When the source made the change. */
  Instant sourceTimestamp();
}
