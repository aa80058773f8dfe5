package org.leadssdk.policy.audit;

import org.leadssdk.core.internal.Check;

/**
 * One stored entry of an {@link AuditSink} as read back, with its position (the line number of a file,
 * from 1): a readable record, or what could not be read.
 */
public sealed interface StoredEntry permits StoredEntry.Readable, StoredEntry.Unreadable {
  /** The position in the store, from 1 (a file's line number). */
  long position();

  /**
   * A record that was read.
   *
   * @param position the position, from 1
   * @param record the record
   */
  record Readable(long position, AuditRecord record) implements StoredEntry {
    /** Validates the entry. */
    public Readable {
      Check.inRange("position", position, 1, Long.MAX_VALUE);
      Check.notNull("record", record);
    }
  }

  /**
   * An entry that could not be read.
   *
   * @param position the position, from 1
   * @param problem why (no content of the entry)
   * @param torn whether it is an incomplete last line (a write cut off by a crash)
   */
  record Unreadable(long position, String problem, boolean torn) implements StoredEntry {
    /** Validates the entry. */
    public Unreadable {
      Check.inRange("position", position, 1, Long.MAX_VALUE);
      problem = Check.text("problem", problem, 500);
    }
  }
}
