package org.leadssdk.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leadssdk.core.internal.Check;
import org.leadssdk.policy.audit.AuditFailedException;
import org.leadssdk.policy.audit.AuditHead;
import org.leadssdk.policy.audit.AuditRecord;
import org.leadssdk.policy.audit.AuditSink;
import org.leadssdk.policy.audit.StoredEntry;

/**
 * An audit sink in memory, for tests: it keeps the records, can be told to fail (to test that an
 * action is refused when its audit event cannot be written), and nothing survives the process.
 * Thread-safe.
 */
public final class InMemoryAuditSink implements AuditSink {
  private final List<AuditRecord> records = new ArrayList<>();
  private boolean failing;

  /** An empty sink that stores every record. */
  public InMemoryAuditSink() {}

  /** From now on, {@link #append} fails ({@code true}) or stores again ({@code false}). */
  public synchronized void failing(boolean value) {
    this.failing = value;
  }

  @Override
  public synchronized void append(AuditRecord record) {
    Check.notNull("record", record);
    if (failing) {
      throw new AuditFailedException("the in-memory audit sink was told to fail (test)");
    }
    records.add(record);
  }

  @Override
  public synchronized Optional<AuditHead> head() {
    if (records.isEmpty()) {
      return Optional.empty();
    }
    AuditRecord last = records.get(records.size() - 1);
    return Optional.of(new AuditHead(last.sequence(), last.hash()));
  }

  @Override
  public synchronized boolean isEmpty() {
    return records.isEmpty();
  }

  @Override
  public synchronized List<StoredEntry> entries() {
    List<StoredEntry> out = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      out.add(new StoredEntry.Readable(i + 1L, records.get(i)));
    }
    return out;
  }

  /** The stored records, oldest first. */
  public synchronized List<AuditRecord> records() {
    return List.copyOf(records);
  }
}
