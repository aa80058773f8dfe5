package org.leadssdk.core.feed;

import java.time.Instant;
import org.leadssdk.core.CdcNumber;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.internal.Check;

/**
 * A feed entry that inserts a record or replaces an older version of it. Immutable and thread-safe.
 *
 * <p>On an NDJSON line it is the {@link Parolee} object itself, exactly as
 * {@link org.leadssdk.core.json.LeadsJson#newMapper()} writes it.
 *
 * @param record the record, already validated by its constructor
 */
public record Upsert(Parolee record) implements FeedEntry {
  /**
   * Checks that the record is given.
   *
   * @throws NullPointerException if {@code record} is null
   */
  public Upsert {
    Check.notNull("record", record);
  }

  /** The record's CDC number. */
  @Override
  public CdcNumber cdcNumber() {
    return record.cdcNumber();
  }

  /** The record's version. */
  @Override
  public long recordVersion() {
    return record.recordVersion();
  }

  /** The record's source timestamp. */
  @Override
  public Instant sourceTimestamp() {
    return record.sourceTimestamp();
  }
}
